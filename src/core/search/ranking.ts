/**
 * How passages are ordered, in one place: every weight that goes into a score and every rule that
 * decides which passages are read first. The scores are MiniSearch's (the library this index
 * replaced; tests/bench/equivalence.test.ts holds the rankings to its own):
 *
 * 1. BM25 per field (text, then speaker) with MiniSearch's parameters (`BM25`), summed over the
 *    query's words into one array per index (score.ts `Accumulator`);
 * 2. each field weighted by its boost (`SEARCH_BOOSTS`), and a word's expansions (a longer word it
 *    starts while typing, a near spelling) weighted below the word itself (`prefixWeight`,
 *    `fuzzyWeight`, applied by vocabulary.ts);
 * 3. the sum multiplied by the passage's role boost (`ROLE_BOOST`) and by the number of query
 *    words it holds (MiniSearch's "quality");
 * 4. tiers (`rankInTiers`): passages holding every word first, then, to fill a page, those holding
 *    some; each tier read best first from a bounded heap (`hitTier`; score.ts `bestFirst`).
 *
 * What a ranked passage becomes (a quotation shown as its speaker's, the answer after a question)
 * is assemble-hits.ts.
 */
import type { Role } from '../types.js';
import { bestFirst, topFirst, type Accumulator, type Bm25Parameters } from './score.js';
import type { AssembledHits, HitTier } from './assemble-hits.js';

/**
 * MiniSearch's BM25+: `k1` how fast repeats of a word stop counting, `b` how much a long field is
 * held against its matches, `d` the floor every match gets.
 */
export const BM25: Readonly<Bm25Parameters> = { k1: 1.2, b: 0.7, d: 0.5 };

/** Why these boosts: people look up the subject's words first; reader comments rarely settle an argument. */
export const ROLE_BOOST: Record<Role, number> = {
  subject: 1.3,
  quoted: 1,
  interviewer: 0.9,
  author: 0.9,
  commenter: 0.6,
};

/** Field boosts (text, speaker) for searches: a speaker's name in the query counts, less than words. */
export const SEARCH_BOOSTS = [1, 0.4];
/** /verify candidates weigh both fields alike. */
export const CANDIDATE_BOOSTS = [1, 1];
/** "Closest word" help weighs both fields alike, as MiniSearch's default search did. */
export const CLOSEST_WORD_BOOSTS = [1, 1];

/** MiniSearch's default weights for derived terms. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** A term `length` long that a typed word starts, `extra` characters longer than the word. */
export function prefixWeight(length: number, extra: number): number {
  return (PREFIX_WEIGHT * length) / (length + 0.3 * extra);
}

/** A term `length` long, `distance` edits from the word asked. */
export function fuzzyWeight(length: number, distance: number): number {
  return (FUZZY_WEIGHT * length) / (length + distance);
}

/** Passages holding from `needed` to `most` of the query's words. */
interface TierRange {
  needed: number;
  most: number;
}

interface TierRules {
  /** Distinct index terms in the query. */
  words: number;
  /** Fill the hits from passages holding some of the words after those holding all. */
  fill: boolean;
  /** `SearchTuning.andFirst`: false ranks every passage holding any word together (OR). */
  andFirst: boolean;
  /**
   * The query is exact phrases and nothing else, with no compound: a passage holding the phrases
   * holds all their words (a compound, held through its parts, may not count as its word), so
   * there are no partial matches to fill with.
   */
  phrasesOnly: boolean;
}

interface TieredHits {
  assembled: AssembledHits;
  /** No passage held every word: the hits come from passages holding some. */
  relaxed: boolean;
}

/**
 * The hits, tier by tier (`assemble` turns tiers into hits, stopping at the limit):
 *
 * - filling (`fill`, AND first, more than one word): every word, then some of them;
 * - otherwise every word (AND), and only when that finds nothing, any of them (OR; then every hit
 *   counts as partial);
 * - with `andFirst` false: any of them.
 */
export function rankInTiers(
  { words, fill, andFirst, phrasesOnly }: TierRules,
  assemble: (tiers: readonly TierRange[]) => AssembledHits,
): TieredHits {
  const all = words;
  if (all === 0) return { assembled: { hits: [], partialFrom: 0 }, relaxed: false };
  if (fill && andFirst && all > 1 && !phrasesOnly) {
    const assembled = assemble([
      { needed: all, most: all },
      { needed: 1, most: all - 1 },
    ]);
    return { assembled, relaxed: assembled.partialFrom === 0 && assembled.hits.length > 0 };
  }
  const assembled = assemble([{ needed: andFirst ? all : 1, most: all }]);
  if (assembled.hits.length === 0 && all > 1 && andFirst) {
    const any = assemble([{ needed: 1, most: all }]);
    any.partialFrom = 0;
    return { assembled: any, relaxed: any.hits.length > 0 };
  }
  return { assembled, relaxed: false };
}

/** What a tier reads besides the scores. */
export interface TierContext {
  /** The query's scores (the accumulator after `run`). */
  acc: Accumulator;
  /** Per passage: its role's boost (`ROLE_BOOST`). */
  roleBoost: Float64Array;
  /** Filters asked while ranking (speaker, source, dates, roles), or none. */
  keep: ((doc: number) => boolean) | null;
  /** Exact phrases, asked of the passages pulled, best first (score.ts `lateKeep`), or none. */
  lateKeep: ((doc: number) => boolean) | null;
  /** Every filter: whether a passage may be a hit of its own. */
  passes: (doc: number) => boolean;
}

/** One tier: its passages best first, scored with role boost and word count. */
export function hitTier(
  { acc, roleBoost, keep, lateKeep, passes }: TierContext,
  { needed, most }: TierRange,
): HitTier {
  return {
    ranked: (wanted) =>
      topFirst(
        (limit) =>
          bestFirst(acc, { needed, most, boost: roleBoost, keep, lateKeep, byCount: true, limit }),
        wanted,
      ),
    qualifies: (doc) => {
      const c = acc.count[doc]!;
      return c >= needed && c <= most && passes(doc);
    },
  };
}

/** /verify candidates: passages holding any of the words, best first (no role boost). */
export function bestCandidates(acc: Accumulator, limit: number): Iterable<{ doc: number }> {
  return bestFirst(acc, { needed: 1, byCount: true, limit });
}
