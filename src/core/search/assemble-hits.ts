/**
 * From ranked passages to hits, stopping at the limit: a paragraph is left out when one of its
 * quotations holds every matched term (the quotation names who said the words), and a paragraph
 * that matched is followed by its quotations that hold some of the words. Checks look at the
 * passages concerned only, so the cost follows the number of hits shown, not of matches.
 */
import type { Passage } from '../types.js';
import { chooseExcerpt, type Excerpt } from './excerpt.js';

export interface SearchHit {
  passage: Passage;
  score: number;
  /** The exact words to show: the passage, or the best window of sentences in a long one. */
  excerpt: Excerpt;
}

export interface HitSource {
  /** Passages best first, with their final scores (only those whose words matched). */
  ranked: Iterable<{ doc: number; score: number }>;
  passageOf(doc: number): Passage;
  /** Quotations inside a passage, as passage numbers. */
  childrenOf(doc: number): readonly number[];
  /** A passage is a hit: its words matched and it passes every filter. */
  qualifies(doc: number): boolean;
  /** It passes the filters (speaker, source, dates, roles, phrases), whatever its words. */
  passesFilters(doc: number): boolean;
  /** Index terms of the query (after expansion) found in the passage. */
  matchedOf(doc: number): ReadonlySet<string>;
  /** Index terms of the passage's own text. */
  termsOf(doc: number): ReadonlySet<string>;
  phrases: readonly string[];
  limit: number;
}

export function assembleHits(source: HitSource): SearchHit[] {
  const { passageOf, childrenOf, qualifies, matchedOf } = source;
  const shadowedByQuotation = (doc: number): boolean => {
    const matched = matchedOf(doc);
    return childrenOf(doc).some((c) => qualifies(c) && isSuperset(matchedOf(c), matched));
  };
  const out: SearchHit[] = [];
  for (const { doc, score } of source.ranked) {
    if (out.length >= source.limit) break;
    if (!qualifies(doc) || shadowedByQuotation(doc)) continue;
    const matched = matchedOf(doc);
    out.push(lazyHit(passageOf(doc), score, matched, source.phrases));
    for (const child of childrenOf(doc)) {
      // A quotation that is a hit itself is shown at its own rank.
      if ((qualifies(child) && !shadowedByQuotation(child)) || !source.passesFilters(child))
        continue;
      const childTerms = source.termsOf(child);
      const shared = new Set([...matched].filter((t) => childTerms.has(t)));
      if (shared.size === 0) continue;
      const childScore = (score * shared.size) / Math.max(1, matched.size);
      out.push(lazyHit(passageOf(child), childScore, shared, []));
    }
  }
  return out.slice(0, source.limit);
}

/** The excerpt is worked out when first read: most hits past the first page are never shown. */
function lazyHit(
  passage: Passage,
  score: number,
  matched: ReadonlySet<string>,
  phrases: readonly string[],
): SearchHit {
  let excerpt: Excerpt | undefined;
  return {
    passage,
    score,
    get excerpt() {
      excerpt ??= chooseExcerpt(passage, matched, phrases);
      return excerpt;
    },
  };
}

function isSuperset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const t of b) if (!a.has(t)) return false;
  return true;
}
