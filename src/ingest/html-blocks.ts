/**
 * Turns a DOM subtree into the corpus's plain text: one block per paragraph, heading, block
 * quote paragraph or table row, blocks separated by a blank line; the items of one list are
 * lines of one block; a block quote's lines start with `> ` (the attribution reads them as one
 * quotation). White space inside a block is made single spaces, as a browser shows it.
 */
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

/** Never text a reader sees as the page's words. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'BUTTON',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'HEAD',
]);

type BlockKind = 'para' | 'item' | 'pre';

interface TextBlock {
  lines: string[];
  kind: BlockKind;
  quoted: boolean;
}

/**
 * The text of `root` as blocks (each may hold several lines), in page order. Elements for which
 * `skip` is true are left out with everything inside them.
 */
export function htmlBlocks(root: DomNode, skip?: (el: DomElement) => boolean): string[] {
  const blocks: TextBlock[] = [];
  const kinds: BlockKind[] = ['para'];
  let quoteDepth = 0;
  let buffer = '';

  const flush = () => {
    const kind = kinds[kinds.length - 1]!;
    const raw = buffer;
    buffer = '';
    const lines =
      kind === 'pre'
        ? raw
            .replace(/^\n+|\s+$/g, '')
            .split('\n')
            .map((l) => l.replace(/\s+$/, ''))
        : raw.split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim());
    const kept = lines.filter((l) => l.trim() !== '');
    if (kept.length > 0) blocks.push({ lines: kept, kind, quoted: quoteDepth > 0 });
  };

  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || (node !== root && skip?.(node))) return;
    if (tag === 'BR') {
      buffer += '\n';
      return;
    }
    if (tag === 'TD' || tag === 'TH') buffer += ' ';
    if (!BLOCK_TAGS.has(tag)) {
      for (const child of Array.from(node.childNodes)) visit(child);
      if (tag === 'TD' || tag === 'TH') buffer += ' ';
      return;
    }
    flush();
    kinds.push(
      tag === 'LI' || tag === 'DT' || tag === 'DD' ? 'item' : tag === 'PRE' ? 'pre' : 'para',
    );
    if (tag === 'BLOCKQUOTE') quoteDepth++;
    for (const child of Array.from(node.childNodes)) visit(child);
    flush();
    if (tag === 'BLOCKQUOTE') quoteDepth--;
    kinds.pop();
  };

  visit(root);
  flush();
  return joinBlocks(blocks);
}

/** The items of one list become one block; everything else stands alone. */
function joinBlocks(blocks: TextBlock[]): string[] {
  const out: string[] = [];
  let previous: TextBlock | null = null;
  for (const block of blocks) {
    const text = block.lines.map((l) => (block.quoted ? `> ${l}` : l)).join('\n');
    if (previous?.kind === 'item' && block.kind === 'item' && previous.quoted === block.quoted)
      out[out.length - 1] += `\n${text}`;
    else out.push(text);
    previous = block;
  }
  return out;
}
