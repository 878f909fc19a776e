/**
 * The mechanics of scoring over posting lists (the weights and rules are ranking.ts): BM25 summed
 * into one dense array per index, for every posting of every word asked, then the best passages
 * taken from a heap. The cost is the length of the posting lists of the words asked, with no
 * object per matching passage.
 */
import type { FieldPostings } from './index-data.js';
import type { Expansion } from './vocabulary.js';

/** BM25's parameters (ranking.ts `BM25`). */
export interface Bm25Parameters {
  k1: number;
  b: number;
  d: number;
}

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
  /** BM25 length normalisation k1·(1 − b + b·len/avg), per field and passage. */
  private readonly norms: Float64Array[];

  constructor(
    private readonly fields: readonly FieldPostings[],
    private readonly bm25: Readonly<Bm25Parameters>,
  ) {
    const { k1, b } = bm25;
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
      for (let i = 0; i < n; i++) norm[i] = k1 * (1 - b + (b * f.lengths[i]!) / avg);
      return norm;
    });
  }

  /** Scores `words` (field boosts in index-data.ts `INDEX_FIELDS` order), clearing the last query. */
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
    const { d, k1 } = this.bm25;
    const k1Plus1 = k1 + 1;
    for (let i = from; i < to; i++) {
      const doc = docs[i]!;
      const tf = freqs[i]!;
      score[doc]! += weight * (d + (tf * k1Plus1) / (tf + norm[doc]!));
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

/** Late-filter rejections always allowed before filtering the rest at once. */
const LATE_FILTER_MIN_BUDGET = 256;

interface RankOptions {
  /** Passages must match at least this many query words (all of them for AND, 1 for OR). */
  needed: number;
  /** And at most this many (the partial matches that fill after the AND ones); default: no bound. */
  most?: number;
  /** Per-passage multiplier (role boost), or none. */
  boost?: Float64Array | null;
  /** Filters (speaker, source, dates), or none. */
  keep?: ((doc: number) => boolean) | null;
  /**
   * A costlier filter (exact phrases), checked only on the passages pulled, best first: a phrase
   * of common words ("from Labour to") is held by a good share of the tens of thousands of
   * passages holding its words, so the first hits come long before the last passage is read.
   */
  lateKeep?: ((doc: number) => boolean) | null;
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
  {
    needed,
    most = Infinity,
    boost = null,
    keep = null,
    lateKeep = null,
    byCount,
    limit = Infinity,
  }: RankOptions,
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
  // a bounded heap keeps `limit` passages before the late filter has thinned them: not with one
  const bounded = lateKeep === null && limit < acc.touchedCount / 4;
  for (let i = 0; i < acc.touchedCount; i++) {
    const doc = touched[i]!;
    const c = count[doc]!;
    if (c < needed || c > most) continue;
    let s = score[doc]!;
    if (boost !== null) s *= boost[doc]!;
    if (byCount) s *= c;
    if (bounded && n === limit) {
      // Full: keep the best `limit` only (unordered), replacing the worst when beaten. The
      // filter is asked only of passages that would get in: most do not.
      if (worst < 0) worst = worstOf(n);
      if (!(s > scores[worst]! || (s === scores[worst] && doc < docs[worst]!))) continue;
      if (keep !== null && !keep(doc)) continue;
      docs[worst] = doc;
      scores[worst] = s;
      worst = -1;
      continue;
    }
    if (keep !== null && !keep(doc)) continue;
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
  let late = lateKeep;
  let lateRejected = 0;
  const filled = n;
  /**
   * Pulled lazily, a passage costs a heap step and a check in score order (scattered reads):
   * about three checks in passage order (the order its words are stored in). The best-scored
   * passages are often short ones without the phrase, so the rate of rejections seen early says
   * little. Budget: once a sixteenth of the passages has been rejected, the phrase is a rare one:
   * filter all that are left at once, in passage order, so that it costs little more than
   * filtering first would have (docs/benchmarks.md has the figures).
   */
  const budget = Math.max(LATE_FILTER_MIN_BUDGET, filled / 16);
  const filterAtOnce = () => lateRejected > budget;
  while (n > 0) {
    if (late !== null && filterAtOnce()) {
      const waiting = new Uint8Array(filled);
      for (let j = 0; j < n; j++) waiting[heap[j]!] = 1;
      let kept = 0;
      // in passage order, not heap order: the phrase check reads each passage's words
      for (let idx = 0; idx < filled; idx++)
        if (waiting[idx] && late(docs[idx]!)) heap[kept++] = idx;
      n = kept;
      for (let i = (n >> 1) - 1; i >= 0; i--) down(i);
      late = null;
      if (n === 0) break;
    }
    const top = heap[0]!;
    heap[0] = heap[--n]!;
    down(0);
    if (late !== null && !late(docs[top]!)) {
      lateRejected++;
      continue;
    }
    yield { doc: docs[top]!, score: scores[top]! };
  }
}

/** Passages ranked beyond twice the hits wanted, for those the assembly skips (quotations, answers). */
const TOP_SLACK = 16;

/**
 * A ranking read best first: first the top `wanted` plus some slack from a bounded ranking (no
 * heap of every match), then, only if more are read, the full ranking from its start. Reading
 * the top passages twice changes nothing for a reader that skips what it has handled (hits are
 * assembled so), and the full ranking is rarely reached: most pages fill from the top few.
 */
export function* topFirst(
  rank: (limit?: number) => Iterable<{ doc: number; score: number }>,
  wanted: number,
): Generator<{ doc: number; score: number }> {
  const top = 2 * wanted + TOP_SLACK;
  let read = 0;
  for (const r of rank(top)) {
    read++;
    yield r;
  }
  // fewer: the bounded ranking held every match; more: it was not bounded (phrases, few matches)
  if (read !== top) return;
  yield* rank();
}
