/**
 * A document as /verify reads it: the body's words in order, each with the innermost passage it
 * belongs to (a quotation inside a narration paragraph belongs to the quotation) and the sentence
 * run it sits in. Words outside every passage (page furniture) belong to none and can never be
 * part of a match.
 *
 * Words are read as pastes are (`scanWords`): a prefix compound is one word, its form joined.
 *
 * Compact on purpose: offsets in typed arrays and word forms interned (one string per distinct
 * word, shared by every document), about 30 bytes a word. One object per word (offsets plus its
 * own copy of the word) costs about four times as much, and on a large corpus checks tokenise
 * documents faster than the collector returns memory (docs/benchmarks.md has the figures).
 */
import type { AnalysedDocument, Passage } from '../types.js';
import { normaliseWord, scanWords, type Token } from './tokens.js';

export interface DocumentTokens {
  analysed: AnalysedDocument;
  /** Number of words. */
  length: number;
  /** Compared word forms (interned). */
  norms: string[];
  /** Body offsets of each word: [starts[k], ends[k]). */
  starts: Uint32Array;
  ends: Uint32Array;
  /** Innermost passage of each word, or null for words outside every passage. */
  owners: (Passage | null)[];
  /**
   * Sentence run of each word: a number that grows by one each time the word's sentence changes
   * along the body. Two words are in the same or adjacent sentences when their runs differ by ≤ 1.
   */
  runs: Int32Array;
}

/**
 * Tokens of recently checked documents. Bounded: kept for every document, they would grow with
 * the corpus. At about 40 KB a document, 1,024 documents cost about 40 MB and hold the working
 * set of a few hundred checks; a much smaller cache re-tokenises on most checks
 * (docs/benchmarks.md).
 */
const DOCUMENT_TOKENS_CACHE_SIZE = 1024;
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

/**
 * Word as written → its compared form, one string per form. Bounded by the corpus's vocabulary;
 * cleared when full (interning only saves memory, it never changes a comparison).
 */
const INTERN_MAX = 300_000;
const interned = new Map<string, string>();

function internedNorm(word: string): string {
  let norm = interned.get(word);
  if (norm === undefined) {
    if (interned.size >= INTERN_MAX) interned.clear();
    const n = normaliseWord(word);
    norm = interned.get(n) ?? n;
    interned.set(word, norm);
    interned.set(n, norm);
  }
  return norm;
}

function buildDocumentTokens(analysed: AnalysedDocument): DocumentTokens {
  const body = analysed.document.body;
  const norms: string[] = [];
  const startList: number[] = [];
  const endList: number[] = [];
  scanWords(body, (word, start, end) => {
    norms.push(internedNorm(word));
    startList.push(start);
    endList.push(end);
  });
  const length = norms.length;
  const starts = Uint32Array.from(startList);
  const ends = Uint32Array.from(endList);
  const owners: (Passage | null)[] = new Array<Passage | null>(length).fill(null);
  // Outer passages first, so that nested ones (shorter spans) overwrite them.
  const bySize = [...analysed.passages].sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const p of bySize) {
    for (let k = firstWordAtOrAfter(starts, p.start); k < length && ends[k]! <= p.end; k++) {
      owners[k] = p;
    }
  }
  const runs = new Int32Array(length);
  let run = 0;
  let prevOwner: Passage | null = null;
  let prevSentence = -1;
  for (let k = 0; k < length; k++) {
    const owner = owners[k] ?? null;
    const sentence = owner ? (sentenceAt(owner, starts[k]!)?.index ?? -1) : -1;
    if (k > 0 && (owner !== prevOwner || sentence !== prevSentence)) run++;
    runs[k] = run;
    prevOwner = owner;
    prevSentence = sentence;
  }
  return { analysed, length, norms, starts, ends, owners, runs };
}

/** Index of the first word starting at or after `offset` (binary search). */
export function firstWordAtOrAfter(starts: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words [start, end) as tokens (for the word diff, over one aligned span). */
export function tokensOf(doc: DocumentTokens, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let k = start; k < end; k++)
    out.push({ norm: doc.norms[k]!, start: doc.starts[k]!, end: doc.ends[k]! });
  return out;
}

/** The sentence of `passage` that holds `offset`, or null when it falls between sentences. */
export function sentenceAt(passage: Passage, offset: number): Passage['sentences'][number] | null {
  for (const s of passage.sentences) if (s.start <= offset && offset < s.end) return s;
  return null;
}
