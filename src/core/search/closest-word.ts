/**
 * "Did you mean": for each query word the index does not hold, the closest word it does hold.
 * As MiniSearch answered it: the best passage for the word with prefix and fuzzy (two edits)
 * matching, and the first of that passage's matched terms, in its most common written form.
 */
import { foldWord, processTerm } from './terms.js';
import { fieldHolds, type IndexData } from './index-data.js';
import type { Vocabulary } from './vocabulary.js';
import { bestFirst, type Accumulator } from './score.js';
import { CLOSEST_WORD_BOOSTS } from './ranking.js';

const NEAR_DISTANCE = 2;

interface ClosestWordContext {
  data: IndexData;
  vocabulary: Vocabulary;
  acc: Accumulator;
}

export function closestWords(
  words: readonly string[],
  { data, vocabulary, acc }: ClosestWordContext,
): { word: string; closest: string | null }[] {
  const out: { word: string; closest: string | null }[] = [];
  if (data.terms.length === 0) return out;
  for (const w of words) {
    const t = processTerm(w);
    if (!t || vocabulary.termId(t) !== undefined) continue;
    const expansions = vocabulary.expand(t, { fuzzy: NEAR_DISTANCE, prefix: true });
    acc.run([{ expansions }], CLOSEST_WORD_BOOSTS);
    const best = bestFirst(acc, { needed: 1, byCount: false, limit: 1 }).next();
    let closest: string | null = null;
    if (!best.done) {
      const folded = foldWord(w);
      // MiniSearch lists a passage's matched terms as object keys: number-like keys come first.
      const matched: Record<string, number> = {};
      for (const e of expansions)
        if (data.fields.some((f) => fieldHolds(f, e.termId, best.value.doc)))
          matched[e.term] ??= e.termId;
      const found = Object.values(matched).find((id) => data.readable[id] !== folded);
      closest = found === undefined ? null : data.readable[found]!;
    }
    out.push({ word: w, closest });
  }
  return out;
}
