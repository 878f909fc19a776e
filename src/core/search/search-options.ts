/**
 * What the search index is asked and answers, and the settings that shape how much a query
 * matches: the contract other layers use (re-exported by passage-index.ts). The weights of the
 * scores are ranking.ts.
 */
import type { Passage, PartialDate, Role } from '../types.js';
import type { SearchHit } from './assemble-hits.js';
import { CANDIDATE_BOOSTS, ROLE_BOOST, SEARCH_BOOSTS } from './ranking.js';

/** Hits assembled when the caller does not say: /quote pages through at most 50. */
export const DEFAULT_HIT_LIMIT = 100;

/** How much matching a query gets; the defaults are the measured choice (docs/benchmarks.md). */
export interface SearchTuning {
  /** Words at least this long also match near spellings (below 5, "gold" finds "good", "hold"). */
  fuzzyMinLength: number;
  /** Edits allowed in a near spelling. */
  fuzzyEdits: number;
  /** While typing, words at least this long match as prefixes (shorter ones match half the vocabulary). */
  prefixMinLength: number;
  /** While typing, every word is a prefix, not only the last one. */
  prefixEveryWord: boolean;
  /**
   * AND first, then (a query with `fill`) passages with some of the words, or (without) OR only
   * when nothing has every word; false: OR always.
   */
  andFirst: boolean;
}

export const DEFAULT_TUNING: Readonly<SearchTuning> = {
  fuzzyMinLength: 5,
  fuzzyEdits: 1,
  prefixMinLength: 3,
  prefixEveryWord: false,
  andFirst: true,
};

/** What shapes the index: part of the snapshot key, so changing any of it rebuilds. */
export const INDEX_OPTIONS = {
  version: 2,
  roleBoost: ROLE_BOOST,
  searchBoosts: SEARCH_BOOSTS,
  candidateBoosts: CANDIDATE_BOOSTS,
  tuning: DEFAULT_TUNING,
} as const;

export interface SearchQuery {
  /** Free text; double-quoted parts are exact phrases. */
  text: string;
  /** Canonical speaker name. */
  speaker?: string | null;
  /** Document id. */
  source?: string | null;
  from?: PartialDate | null;
  to?: PartialDate | null;
  /** Leave out these roles (e.g. reader comments). */
  excludeRoles?: readonly Role[];
  /** Treat the last word as a prefix (autocomplete while typing). */
  prefixLast?: boolean;
  /** At most this many hits, best first (default `DEFAULT_HIT_LIMIT`). */
  limit?: number;
  /**
   * Fill the hits from passages holding some of the words (ranked by BM25) after those holding
   * them all, up to `limit`. Default: some of the words only when no passage holds them all.
   */
  fill?: boolean;
  /** A matched question brings the answer after it (answers.ts). */
  answers?: boolean;
}

export interface SearchOutcome {
  /** The best hits, at most `limit`. */
  hits: SearchHit[];
  /** Index terms the query was made of (after stemming), for "nothing found" help. */
  terms: string[];
  /** Query words that match nothing in the corpus, each with the closest word that does (if any). */
  unmatched: { word: string; closest: string | null }[];
  /** True when the AND search found nothing and the answer comes from OR. */
  relaxed: boolean;
  /** Hits from this index on hold only some of the query words (`hits.length` when none do). */
  partialFrom: number;
}

/**
 * What a search index answers: `PassageIndex` (passage-index.ts), and the reference indexes the
 * benchmark compares it with (bench/).
 */
export interface PassageSearch {
  search(query: SearchQuery): SearchOutcome;
  /** Candidate passages sharing terms with a text, best first (for /verify). */
  candidates(text: string, limit: number): Passage[];
  /** Passages whose text holds this index term (a `processTerm` result); 0 for unknown terms. */
  documentFrequency(term: string): number;
  /** Number of passages in the index. */
  readonly size: number;
}
