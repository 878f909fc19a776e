/**
 * The plain-text fallback of a Reply: what the console prints and what platforms show in
 * notifications. No markup of any platform.
 */
import type { Block, Reply } from './reply.js';
import { citationLine, speakerLine } from './labels.js';

export function toPlainText(reply: Reply): string {
  const lines: string[] = [reply.title];
  for (const block of reply.blocks) {
    const text = blockText(block);
    if (text !== null) lines.push(text);
  }
  return lines.join('\n');
}

function blockText(block: Block): string | null {
  switch (block.type) {
    case 'text':
      return block.text;
    case 'context':
      return `  ${block.text}`;
    case 'quote': {
      const words = `${block.truncatedBefore ? '…' : ''}${block.text}${block.truncatedAfter ? '…' : ''}`;
      const source = [citationLine(block.source), block.source.url].filter(Boolean).join(' · ');
      return `\n“${words}”\n  — ${speakerLine(block.speaker, block.role, block.quotedBy)}\n  ${source}\n  quote id: ${block.quoteId}`;
    }
    case 'citation':
      return `Source: ${[citationLine(block.source), block.source.url].filter(Boolean).join(' · ')}`;
    case 'fields':
      return block.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'list':
      return block.items.map((i) => `• ${i.title}${i.detail ? ` — ${i.detail}` : ''}`).join('\n');
    case 'divider':
      return '';
    case 'buttons':
      // Buttons have no text form; links are worth keeping.
      return block.buttons.some((b) => b.kind === 'link')
        ? block.buttons
            .filter((b) => b.kind === 'link')
            .map((b) => (b.kind === 'link' ? `${b.label}: ${b.url}` : ''))
            .join('\n')
        : null;
  }
}
