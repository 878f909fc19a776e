/**
 * Evidence: a span of corpus words with who said them and the full sentences around them, all as
 * offsets into the document body, so every text shown is `body.slice(start, end)`.
 */
import type { AnalysedDocument, Passage, Span } from '../types.js';
import { sentenceAt, type DocumentTokens } from './document-tokens.js';
import type { DiffPart } from './word-diff.js';

export interface Evidence {
  analysed: AnalysedDocument;
  /** The innermost passage that holds most of the matched words. */
  passage: Passage;
  /** The matched (or aligned) corpus words. */
  span: Span;
  /** The whole sentences around `span`, so a fragment's truncation is visible. */
  context: Span;
  /** Body spans to mark inside `context`: the words the paste shares. */
  highlights: Span[];
  /** Corpus versus paste, word by word (`equal` only for a verbatim match). */
  diff: DiffPart[];
  /** 1 for the same words; the Dice similarity for an altered match; the key-term share for a paraphrase. */
  similarity: number;
  /** Who quoted the speaker, when the passage is a quotation inside someone else's text. */
  quotedBy: string | null;
  /** The part of the paste this evidence stands for, as offsets into the cleaned paste (splices). */
  pasted: Span | null;
}

/** The passage owning most words of [start, end) (ties: the first one met). */
export function majorityOwner(doc: DocumentTokens, start: number, end: number): Passage | null {
  const counts = new Map<Passage, number>();
  let best: Passage | null = null;
  for (let k = start; k < end; k++) {
    const owner = doc.owners[k];
    if (!owner) continue;
    const c = (counts.get(owner) ?? 0) + 1;
    counts.set(owner, c);
    if (!best || c > counts.get(best)!) best = owner;
  }
  return best;
}

/** Evidence for the words [start, end) of a document. */
export function evidenceFor(
  doc: DocumentTokens,
  start: number,
  end: number,
  passages: ReadonlyMap<string, Passage>,
  extra: Pick<Evidence, 'diff' | 'similarity' | 'pasted'> & { highlights?: Span[] },
): Evidence | null {
  const passage = majorityOwner(doc, start, end);
  if (!passage || start < 0 || end > doc.length || end <= start) return null;
  const span = { start: doc.starts[start]!, end: doc.ends[end - 1]! };
  return {
    analysed: doc.analysed,
    passage,
    span,
    context: contextOf(doc, start, end),
    highlights: extra.highlights ?? [span],
    diff: extra.diff,
    similarity: extra.similarity,
    quotedBy: quotedByOf(passage, passages),
    pasted: extra.pasted,
  };
}

/** From the start of the first word's sentence to the end of the last word's sentence. */
function contextOf(doc: DocumentTokens, start: number, end: number): Span {
  const first = doc.starts[start]!;
  const lastStart = doc.starts[end - 1]!;
  const last = doc.ends[end - 1]!;
  const firstOwner = doc.owners[start]!;
  const lastOwner = doc.owners[end - 1]!;
  const s = sentenceAt(firstOwner, first);
  const e = sentenceAt(lastOwner, lastStart);
  return {
    start: Math.min(s ? s.start : firstOwner.start, first),
    end: Math.max(e ? e.end : lastOwner.end, last),
  };
}

/** The enclosing passage's speaker, when a quotation sits inside someone else's words. */
export function quotedByOf(
  passage: Passage,
  passages: ReadonlyMap<string, Passage>,
): string | null {
  if (!passage.parentId) return null;
  const parent = passages.get(passage.parentId);
  return parent && parent.speaker !== passage.speaker ? parent.speaker : null;
}
