/**
 * Passages in the making: each paragraph or quotation of a document with the speaker, role, kind
 * and attribution the sieves give it, turned into passages with their quote ids at the end.
 */
import type { Attribution, BlockKind, Document, Passage, Role, Sieve, Span } from '../types.js';
import { segmentSentences } from './segment.js';
import { assignQuoteIds } from './quote-id.js';

export interface Draft extends Span {
  speaker: string;
  role: Role;
  kind: BlockKind;
  parent: Draft | null;
  attribution: Attribution;
}

/** An attribution decided by one sieve, with the words that decided it. */
export function sure(sieve: Sieve, evidence: Span | null = null): Attribution {
  return { sieve, evidence };
}

/** The drafts as passages in document order, with their quote ids and their parents' ids. */
export function passagesOf(doc: Document, drafts: readonly Draft[]): Passage[] {
  const body = doc.body;
  const passages: Passage[] = drafts.map((d, order) => ({
    id: '',
    documentId: doc.id,
    speaker: d.speaker,
    role: d.role,
    kind: d.kind,
    start: d.start,
    end: d.end,
    text: body.slice(d.start, d.end),
    sentences: segmentSentences(body, d.start, d.end),
    parentId: null,
    order,
    attribution: d.attribution,
  }));
  assignQuoteIds(doc.id, passages);
  drafts.forEach((d, i) => {
    if (d.parent) passages[i]!.parentId = passages[drafts.indexOf(d.parent)]!.id;
  });
  return passages;
}
