/**
 * A document as /verify reads it: the body's words in order, each with the innermost passage it
 * belongs to (a quotation inside a narration paragraph belongs to the quotation) and the sentence
 * run it sits in. Words outside every passage (page furniture) belong to none and can never be
 * part of a match. Built once per document and kept for the corpus's lifetime.
 */
import type { AnalysedDocument, Passage } from '../types.js';
import { tokenize, type Token } from './tokens.js';

export interface DocumentTokens {
  analysed: AnalysedDocument;
  tokens: Token[];
  /** Compared word forms, parallel to `tokens`. */
  norms: string[];
  /** Innermost passage of each word, or null for words outside every passage. */
  owners: (Passage | null)[];
  /**
   * Sentence run of each word: a number that grows by one each time the word's sentence changes
   * along the body. Two words are in the same or adjacent sentences when their runs differ by ≤ 1.
   */
  runs: Int32Array;
}

/**
 * Tokens of recently checked documents. Bounded: a WeakMap keyed by the documents held every
 * document's tokens for the life of the corpus (686 MB of heap after 1,000 checks at 100k
 * passages, about 130 KB a document). 256 documents cost re-tokenising on most checks (p99 28 →
 * 84 ms at 100k); 1,024 (about 130 MB) keep a working set of a few hundred checks.
 */
export const DOCUMENT_TOKENS_CACHE_SIZE = 1024;
const cache = new Map<AnalysedDocument, DocumentTokens>();

export function documentTokens(analysed: AnalysedDocument): DocumentTokens {
  const cached = cache.get(analysed);
  if (cached) {
    // most recently used last, so the oldest is first to go
    cache.delete(analysed);
    cache.set(analysed, cached);
    return cached;
  }
  const built = buildDocumentTokens(analysed);
  cache.set(analysed, built);
  if (cache.size > DOCUMENT_TOKENS_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return built;
}

function buildDocumentTokens(analysed: AnalysedDocument): DocumentTokens {
  const tokens = tokenize(analysed.document.body);
  const owners: (Passage | null)[] = new Array<Passage | null>(tokens.length).fill(null);
  // Outer passages first, so that nested ones (shorter spans) overwrite them.
  const bySize = [...analysed.passages].sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const p of bySize) {
    for (
      let k = firstTokenAtOrAfter(tokens, p.start);
      k < tokens.length && tokens[k]!.end <= p.end;
      k++
    ) {
      owners[k] = p;
    }
  }
  const runs = new Int32Array(tokens.length);
  let run = 0;
  let prevKey: string | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const key = sentenceKey(owners[k] ?? null, tokens[k]!.start);
    if (k > 0 && key !== prevKey) run++;
    runs[k] = run;
    prevKey = key;
  }
  return { analysed, tokens, norms: tokens.map((t) => t.norm), owners, runs };
}

/** Index of the first token starting at or after `offset` (binary search). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence of `passage` that holds `offset`, or null when it falls between sentences. */
export function sentenceAt(passage: Passage, offset: number): Passage['sentences'][number] | null {
  for (const s of passage.sentences) if (s.start <= offset && offset < s.end) return s;
  return null;
}

function sentenceKey(owner: Passage | null, offset: number): string {
  if (!owner) return '-';
  const s = sentenceAt(owner, offset);
  return `${owner.id}#${s ? s.index : '-'}`;
}
