/**
 * Invented English-looking words (a letter trigram model trained on the seeds' vocabulary), so
 * a large synthetic corpus has a realistic long tail: words that share prefixes and near spellings
 * with real ones, which is what makes prefix and fuzzy expansion costly.
 */
import type { Rng } from './prng.js';

const START = '^';
const END = '$';

export function createWordMaker(vocabulary: readonly string[], rng: Rng): () => string {
  const next = new Map<string, { chars: string[]; weights: number[] }>();
  const add = (ctx: string, c: string) => {
    const entry = next.get(ctx) ?? { chars: [], weights: [] };
    const i = entry.chars.indexOf(c);
    if (i >= 0) entry.weights[i]!++;
    else {
      entry.chars.push(c);
      entry.weights.push(1);
    }
    next.set(ctx, entry);
  };
  for (const word of vocabulary) {
    if (!/^[a-z]+$/.test(word)) continue;
    const w = `${START}${START}${word}${END}`;
    for (let i = 2; i < w.length; i++) add(w.slice(i - 2, i), w[i]!);
  }
  const draw = (ctx: string): string => {
    const entry = next.get(ctx);
    if (!entry) return END;
    let u = rng.next() * entry.weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < entry.chars.length; i++) {
      u -= entry.weights[i]!;
      if (u < 0) return entry.chars[i]!;
    }
    return entry.chars[entry.chars.length - 1]!;
  };
  return () => {
    for (;;) {
      let ctx = `${START}${START}`;
      let word = '';
      for (;;) {
        const c = draw(ctx);
        if (c === END || word.length >= 14) break;
        word += c;
        ctx = ctx[1]! + c;
      }
      if (word.length >= 4) return word;
    }
  };
}
