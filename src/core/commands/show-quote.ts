/**
 * One quote in its context: the passage, the passages around it (each with its own speaker), and
 * the full citation. Used by /source <quote id>, the Context button and /quote <quote id>.
 */
import type { Passage } from '../types.js';
import type { Corpus } from '../library/index.js';
import { ErrorCode, errorReply, makeReply, type Block, type Reply } from '../reply/index.js';
import { quoteBlockOf, quoteResultOf } from './quote-block.js';
import { sourceRefOf } from './source-ref.js';
import { attributionOf, describeAttribution } from '../corpus/index.js';

/** Passages shown before and after the quote. */
const CONTEXT_PASSAGES = 1;

export function showQuote(corpus: Corpus, id: string): Reply {
  const passage = corpus.passages.get(id);
  if (!passage) {
    return errorReply(
      ErrorCode.UnknownQuote,
      `No quote with id ${id} in this corpus.`,
      'Quote ids appear under each quote; /source lists the sources.',
    );
  }
  const analysed = corpus.documents.get(passage.documentId)!;
  const doc = analysed.document;
  // Neighbours among top-level passages (a quotation's context is its paragraph's neighbours).
  const anchor = passage.parentId ? (corpus.passages.get(passage.parentId) ?? passage) : passage;
  const top = analysed.passages.filter((p) => p.parentId === null && p.kind !== 'heading');
  const at = top.findIndex((p) => p.id === anchor.id);
  const before = at >= 0 ? top.slice(Math.max(0, at - CONTEXT_PASSAGES), at) : [];
  const after = at >= 0 ? top.slice(at + 1, at + 1 + CONTEXT_PASSAGES) : [];
  const parent = passage.parentId ? corpus.passages.get(passage.parentId) : undefined;

  const blocks: Block[] = [
    quoteBlockOf(corpus, passage),
    {
      type: 'context',
      text: describeAttribution(passage.speaker, attributionOf(passage, doc.body)),
    },
  ];
  if (parent) {
    blocks.push({ type: 'context', text: 'In the passage:' }, quoteBlockOf(corpus, parent));
  }
  if (before.length > 0 || after.length > 0) {
    blocks.push({ type: 'divider' });
    for (const p of before)
      blocks.push({ type: 'context', text: 'Before:' }, quoteBlockOf(corpus, p));
    for (const p of after)
      blocks.push({ type: 'context', text: 'After:' }, quoteBlockOf(corpus, p));
  }
  blocks.push({ type: 'citation', source: sourceRefOf(doc) });
  if (doc.url)
    blocks.push({
      type: 'buttons',
      buttons: [{ kind: 'link', label: 'Open source', url: doc.url }],
    });

  const asResult = (p: Passage) => quoteResultOf(corpus, p);
  return makeReply({
    type: 'card',
    title: `Quote ${passage.id} in context`,
    blocks,
    data: {
      quote: {
        ...asResult(passage),
        parent: parent ? asResult(parent) : null,
        context: { before: before.map(asResult), after: after.map(asResult) },
      },
    },
  });
}
