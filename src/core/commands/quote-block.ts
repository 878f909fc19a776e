/**
 * Builds quote blocks and JSON results from passages: the text is always sliced from the body.
 */
import type { Passage, Span } from '../types.js';
import type { Corpus } from '../library/index.js';
import type { Block, SourceRef } from '../reply/index.js';
import { sourceRefOf } from './source-ref.js';
import { attributionOf, type AttributionInfo } from '../corpus/index.js';

export type QuoteBlock = Extract<Block, { type: 'quote' }>;

export interface QuoteResult {
  id: string;
  text: string;
  speaker: string;
  role: Passage['role'];
  kind: Passage['kind'];
  source: SourceRef;
  /** Offsets of `text` in the document body. */
  span: Span;
  /** The quote is part of a longer passage (`text` is a window of it). */
  truncated: boolean;
  /** Why the speaker is who it is: the sieve, and the document's words it read. */
  attribution: AttributionInfo;
  /**
   * For a quotation inside someone else's words (Bevan quoted in Williamson's speech): the
   * speaker and quote id of the passage around it; null otherwise.
   */
  quotedBy: { speaker: string; id: string } | null;
}

export interface ShownSpan extends Span {
  highlights?: Span[];
}

export function quoteBlockOf(
  corpus: Corpus,
  passage: Passage,
  shown: ShownSpan = passage,
): QuoteBlock {
  const doc = corpus.documents.get(passage.documentId)!.document;
  const quotedBy = quotedByOf(corpus, passage);
  return {
    type: 'quote',
    text: doc.body.slice(shown.start, shown.end),
    quoteId: passage.id,
    speaker: passage.speaker,
    role: passage.role,
    ...(quotedBy ? { quotedBy: quotedBy.speaker } : {}),
    highlights: (shown.highlights ?? []).map((h) => ({
      start: h.start - shown.start,
      end: h.end - shown.start,
    })),
    truncatedBefore: shown.start > passage.start,
    truncatedAfter: shown.end < passage.end,
    source: sourceRefOf(doc),
  };
}

export function quoteResultOf(
  corpus: Corpus,
  passage: Passage,
  shown: Span = passage,
): QuoteResult {
  const doc = corpus.documents.get(passage.documentId)!.document;
  return {
    id: passage.id,
    text: doc.body.slice(shown.start, shown.end),
    speaker: passage.speaker,
    role: passage.role,
    kind: passage.kind,
    source: sourceRefOf(doc),
    span: { start: shown.start, end: shown.end },
    truncated: shown.start > passage.start || shown.end < passage.end,
    attribution: attributionOf(passage, doc.body),
    quotedBy: quotedByOf(corpus, passage),
  };
}

/** The passage a quotation sits in, when someone else says it. */
function quotedByOf(corpus: Corpus, passage: Passage): QuoteResult['quotedBy'] {
  const parent = passage.parentId ? corpus.passages.get(passage.parentId) : undefined;
  return parent && parent.speaker !== passage.speaker
    ? { speaker: parent.speaker, id: parent.id }
    : null;
}
