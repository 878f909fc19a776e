/**
 * The vocabulary as a radix tree (MiniSearch's SearchableMap): exact, prefix and fuzzy lookups of
 * index terms, each expansion weighted as MiniSearch weighs it (ranking.ts), so rankings match the
 * library's.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Steps } from '../schedule/index.js';
import { fuzzyWeight, prefixWeight } from './ranking.js';

/** An index term a query word stands for, with how much a match on it counts. */
export interface Expansion {
  termId: number;
  term: string;
  weight: number;
}

interface ExpandOptions {
  /** Maximum edit distance (0: none). */
  fuzzy: number;
  prefix: boolean;
}

export interface Vocabulary {
  termId(term: string): number | undefined;
  /** The term itself, then longer terms it starts (prefix), then near spellings (fuzzy). */
  expand(term: string, options: ExpandOptions): Expansion[];
}

/** Builds the radix tree, yielding every few thousand terms. */
export function* vocabularySteps(terms: readonly string[]): Steps<Vocabulary> {
  const tree = new SearchableMap<number>();
  for (let id = 0; id < terms.length; id++) {
    tree.set(terms[id]!, id);
    if (id % 2048 === 2047) yield;
  }
  return {
    termId: (term) => tree.get(term),
    expand(term, { fuzzy, prefix }) {
      const out: Expansion[] = [];
      const exact = tree.get(term);
      if (exact !== undefined) out.push({ termId: exact, term, weight: 1 });
      const seen = new Set<string>();
      if (prefix) {
        for (const [t, id] of tree.atPrefix(term)) {
          const distance = t.length - term.length;
          if (!distance) continue;
          seen.add(t);
          out.push({ termId: id, term: t, weight: prefixWeight(t.length, distance) });
        }
      }
      if (fuzzy > 0) {
        for (const [t, [id, distance]] of tree.fuzzyGet(term, fuzzy)) {
          if (!distance || seen.has(t)) continue;
          out.push({ termId: id, term: t, weight: fuzzyWeight(t.length, distance) });
        }
      }
      return out;
    },
  };
}
