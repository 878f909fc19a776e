/**
 * Console rendering: the core's plain-text fallback, with matched words in bold on a terminal, and
 * like every renderer without bidirectional controls around the quotes (displayReply), and an
 * `Open: <url>` line under each quote when the web site's address is known.
 */
import { displayReply, toPlainText, type Reply } from '../../core/index.js';
import { withOpenLines } from '../../quote-url.js';

const BOLD = '\u001b[1m';
const RESET = '\u001b[22m';

export interface ConsoleRenderOptions {
  color: boolean;
  /** The web site's address (PUBLIC_URL): each quote gets an `Open: <url>` line. */
  publicUrl?: string | undefined;
}

export function renderConsole(original: Reply, { color, publicUrl }: ConsoleRenderOptions): string {
  const reply = withOpenLines(displayReply(original), publicUrl);
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
