/**
 * Console rendering: the core's plain-text fallback, with matched words in bold on a terminal, and
 * like every renderer without bidirectional controls around the quotes (displayReply).
 */
import { displayReply, toPlainText, type Reply } from '../../core/index.js';

const BOLD = '\u001b[1m';
const RESET = '\u001b[22m';

export function renderConsole(original: Reply, { color }: { color: boolean }): string {
  const reply = displayReply(original);
  if (!color) return toPlainText(reply);
  const marked: Reply = {
    ...reply,
    blocks: reply.blocks.map((b) => {
      if (b.type !== 'quote' || b.highlights.length === 0) return b;
      let text = '';
      let at = 0;
      for (const h of b.highlights) {
        text += b.text.slice(at, h.start) + BOLD + b.text.slice(h.start, h.end) + RESET;
        at = h.end;
      }
      return { ...b, text: text + b.text.slice(at) };
    }),
  };
  return toPlainText(marked);
}
