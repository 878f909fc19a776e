/**
 * Scoring over posting lists: BM25 as MiniSearch computes it (k 1.2, b 0.7, d 0.5; per field,
 * weighted by field boost and by the weight of a prefix or fuzzy expansion) summed into one dense
 * array per index, then the best passages taken from a heap. The cost is the length of the
 * posting lists of the words asked, with no object per matching passage.
 */
import type { FieldPostings } from './index-data.js';
import type { Expansion } from './vocabulary.js';

const K = 1.2;
const B = 0.7;
const D = 0.5;

/** One query word and the index terms it expands to. */
export interface ScoredTerm {
  expansions: readonly Expansion[];
}

/** Per-query scratch space, reused: sized once to the number of passages. */
export class Accumulator {
  /** Summed BM25 of each touched passage. */
  readonly score: Float64Array;
  /** How many distinct query words matched each touched passage. */
  readonly count: Uint16Array;
  /** Passages touched by this query, in first-touch order (`touchedCount` of them). */
  readonly touched: Uint32Array;
  touchedCount = 0;
  /** Scratch space for ranking (see bestFirst). */
  readonly rankDocs: Uint32Array;
  readonly rankScores: Float64Array;
  readonly rankHeap: Int32Array;
  /** The last query word that touched each passage (-1: untouched). */
  private readonly lastWord: Int32Array;
  /** BM25 length normalisation k·(1 − b + b·len/avg), per field and passage. */
  private readonly norms: Float64Array[];

  constructor(private readonly fields: readonly FieldPostings[]) {
    const n = fields[0]?.lengths.length ?? 0;
    this.score = new Float64Array(n);
    this.count = new Uint16Array(n);
    this.touched = new Uint32Array(n);
    this.lastWord = new Int32Array(n).fill(-1);
    this.rankDocs = new Uint32Array(n);
    this.rankScores = new Float64Array(n);
    this.rankHeap = new Int32Array(n);
    this.norms = fields.map((f) => {
      const norm = new Float64Array(n);
      const avg = f.averageLength || 1;
      for (let i = 0; i < n; i++) norm[i] = K * (1 - B + (B * f.lengths[i]!) / avg);
      return norm;
    });
  }

  get size(): number {
    return this.score.length;
  }

  /** Scores `words` (field boosts in `INDEX_FIELDS` order) after clearing the previous query. */
  run(words: readonly ScoredTerm[], boosts: readonly number[]): void {
    this.clear();
    const n = this.score.length;
    words.forEach((word, w) => {
      for (const e of word.expansions) {
        this.fields.forEach((field, f) => {
          const boost = boosts[f] ?? 0;
          if (boost === 0) return;
          const from = field.offsets[e.termId]!;
          const to = field.offsets[e.termId + 1]!;
          if (from === to) return;
          const df = to - from;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          this.add(field, this.norms[f]!, from, to, e.weight * boost * idf, w);
        });
      }
    });
  }

  private add(
    field: FieldPostings,
    norm: Float64Array,
    from: number,
    to: number,
    weight: number,
    word: number,
  ): void {
    const { docs, freqs } = field;
    const { score, count, touched, lastWord } = this;
    for (let i = from; i < to; i++) {
      const doc = docs[i]!;
      const tf = freqs[i]!;
      score[doc]! += weight * (D + (tf * (K + 1)) / (tf + norm[doc]!));
      const last = lastWord[doc]!;
      if (last !== word) {
        if (last === -1) touched[this.touchedCount++] = doc;
        lastWord[doc] = word;
        count[doc]!++;
      }
    }
  }

  private clear(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const doc = this.touched[i]!;
      this.score[doc] = 0;
      this.count[doc] = 0;
      this.lastWord[doc] = -1;
    }
    this.touchedCount = 0;
  }
}

export interface RankOptions {
  /** Passages must match at least this many query words (all of them for AND, 1 for OR). */
  needed: number;
  /** Per-passage multiplier (role boost), or none. */
  boost?: Float64Array | null;
  /** Filters (speaker, source, dates, phrases), or none. */
  keep?: ((doc: number) => boolean) | null;
  /** Multiply by the number of query words matched (MiniSearch's "quality"). */
  byCount: boolean;
  /** At most this many are wanted: kept in a small heap while scanning instead of heapifying all. */
  limit?: number;
}

/**
 * Touched passages that pass, best first (ties: index order), pulled one at a time: heapify is
 * linear and each pull logarithmic, so taking the best 50 of 40,000 is cheap. Uses the
 * accumulator's scratch arrays: read one ranking to the end (or drop it) before the next query.
 */
export function* bestFirst(
  acc: Accumulator,
  { needed, boost = null, keep = null, byCount, limit = Infinity }: RankOptions,
): Generator<{ doc: number; score: number }> {
  const { score, count, touched } = acc;
  const docs = acc.rankDocs;
  const scores = acc.rankScores;
  const heap = acc.rankHeap;
  const better = (a: number, b: number) =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && docs[a]! < docs[b]!);
  let n = 0;
  let worst = -1;
  const worstOf = (count: number) => {
    let w = 0;
    for (let j = 1; j < count; j++) if (better(w, j)) w = j;
    return w;
  };
  const bounded = limit < acc.touchedCount / 4;
  for (let i = 0; i < acc.touchedCount; i++) {
    const doc = touched[i]!;
    const c = count[doc]!;
    if (c < needed || (keep !== null && !keep(doc))) continue;
    let s = score[doc]!;
    if (boost !== null) s *= boost[doc]!;
    if (byCount) s *= c;
    if (bounded && n === limit) {
      // Full: keep the best `limit` only (unordered), replacing the worst when beaten.
      if (worst < 0) worst = worstOf(n);
      if (!(s > scores[worst]! || (s === scores[worst] && doc < docs[worst]!))) continue;
      docs[worst] = doc;
      scores[worst] = s;
      worst = -1;
      continue;
    }
    docs[n] = doc;
    scores[n] = s;
    heap[n] = n;
    n++;
  }
  const down = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < n && better(heap[l]!, heap[best]!)) best = l;
      if (r < n && better(heap[r]!, heap[best]!)) best = r;
      if (best === i) return;
      const t = heap[i]!;
      heap[i] = heap[best]!;
      heap[best] = t;
      i = best;
    }
  };
  for (let i = (n >> 1) - 1; i >= 0; i--) down(i);
  while (n > 0) {
    const top = heap[0]!;
    heap[0] = heap[--n]!;
    down(0);
    yield { doc: docs[top]!, score: scores[top]! };
  }
}
