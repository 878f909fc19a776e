/**
 * bestFirst's late filter (exact phrases): checked on the passages pulled, best first, and on
 * all that are left once its budget of rejections is spent. Whatever the filter's density, the
 * passages and their order must be those of filtering first.
 */
import { describe, expect, it } from 'vitest';
import { Accumulator, bestFirst } from '../../src/core/search/score.js';
import { BM25 } from '../../src/core/search/ranking.js';
import type { FieldPostings } from '../../src/core/search/index-data.js';

/** One field, one term held by every passage with frequencies that vary: distinct scores. */
function accumulatorFor(passages: number): Accumulator {
  const docs = Uint32Array.from({ length: passages }, (_, i) => i);
  const field: FieldPostings = {
    offsets: Uint32Array.from([0, passages]),
    docs,
    freqs: Uint16Array.from(docs, (d) => 1 + ((d * 7919) % 13)),
    lengths: Uint16Array.from(docs, (d) => 5 + ((d * 104729) % 40)),
    averageLength: 25,
  };
  const acc = new Accumulator([field, { ...field, freqs: field.freqs.map(() => 0) }], BM25);
  acc.run([{ expansions: [{ termId: 0, term: 't', weight: 1 }] }], [1, 0]);
  return acc;
}

const take = (gen: Generator<{ doc: number; score: number }>, n: number) => {
  const out: number[] = [];
  for (const { doc } of gen) {
    out.push(doc);
    if (out.length === n) break;
  }
  return out;
};

describe('bestFirst with a late filter', () => {
  it.each([
    ['every passage passes', () => true],
    ['one in three', (d: number) => d % 3 === 0],
    ['one in a thousand (rare: the budget runs out)', (d: number) => d % 1000 === 7],
    ['none', () => false],
    ['only late passages', (d: number) => d > 19_000],
  ])('GIVEN %s THEN the passages and their order are those of filtering first', (_n, keep) => {
    const acc = accumulatorFor(20_000);
    for (const wanted of [1, 100, 20_000]) {
      const eager = take(bestFirst(acc, { needed: 1, keep, byCount: true }), wanted);
      const late = take(bestFirst(acc, { needed: 1, lateKeep: keep, byCount: true }), wanted);
      expect(late).toEqual(eager);
    }
  });
});
