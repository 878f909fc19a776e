/**
 * From ranked passages to hits, stopping at the limit. Passages come in tiers: those holding every
 * query word, then (when the caller fills the page) those holding some. Around each passage:
 *
 * - Quotations: a passage whose matched words all lie inside quotations of other speakers is not
 *   its speaker's hit: the quotations stand in for it (each with its own speaker), and a speaker
 *   filter on the passage's speaker drops it. Otherwise the passage is a hit, shown outside its
 *   quotations (excerpt.ts), followed by the quotations that hold some of the words.
 * - Answers: a matched question brings the answer after it (its first paragraph even when that
 *   holds none of the words, later paragraphs when they hold some), even when a speaker filter
 *   leaves the question itself out.
 *
 * A quotation or answer that is a hit of the same tier on its own is shown at its own rank. Checks
 * look at the passages concerned only, so the cost follows the number of hits shown, not of
 * matches.
 */
import type { Passage, Span } from '../types.js';
import { chooseExcerpt, matchedMarks, overlapsAny, type Excerpt } from './excerpt.js';

export interface SearchHit {
  passage: Passage;
  score: number;
  /** The exact words to show: the passage, or the best window of sentences in a long one. */
  excerpt: Excerpt;
}

/** One tier of the ranking. */
export interface HitTier {
  /**
   * Passages best first with their final scores; called once, when the tier is reached, with
   * the number of hits still wanted (a hint: more may be read).
   */
  ranked(wanted: number): Iterable<{ doc: number; score: number }>;
  /** Whether a passage is a hit of this tier on its own (its words and every filter). */
  qualifies(doc: number): boolean;
}

interface HitSource {
  /** All-word matches first; any later tier holds partial matches. */
  tiers: readonly HitTier[];
  passageOf(doc: number): Passage;
  /** Quotations inside a passage, as passage numbers. */
  childrenOf(doc: number): readonly number[];
  /** The answer paragraphs after a question, in document order (none for other passages). */
  answersOf(doc: number): ArrayLike<number>;
  /** It passes the filters (speaker, source, dates, roles, phrases), whatever its words. */
  passesFilters(doc: number): boolean;
  /** It passes who and where (speaker, source, dates, roles): an answer need not hold the phrase. */
  passesMetadata(doc: number): boolean;
  /** Index terms of the query (after expansion) found in the passage. */
  matchedOf(doc: number): ReadonlySet<string>;
  /** Index terms of the passage's own text. */
  termsOf(doc: number): ReadonlySet<string>;
  /**
   * Whether the passage's text holds matched words, all of them inside the quotations of other
   * speakers (`quotedOnlyByMarks` reads it off the text; the index counts terms, passage-terms.ts).
   */
  quotedOnly(doc: number, matched: ReadonlySet<string>): boolean;
  phrases: readonly string[];
  limit: number;
}

export interface AssembledHits {
  hits: SearchHit[];
  /** Hits from this index on came from partial matches (hits.length when none did). */
  partialFrom: number;
}

export function assembleHits(source: HitSource): AssembledHits {
  const { passageOf, childrenOf, matchedOf, limit } = source;
  const out: SearchHit[] = [];
  const shown = new Set<number>();
  let partialFrom = -1;
  const show = (
    doc: number,
    score: number,
    matched: ReadonlySet<string>,
    phrases: readonly string[],
  ) => {
    shown.add(doc);
    const passage = passageOf(doc);
    out.push(lazyHit(passage, score, matched, phrases, otherVoices(doc, passage)));
  };
  /** Spans of the quotations inside a passage that someone else said. */
  const otherVoices = (doc: number, passage: Passage): Span[] => {
    const spans: Span[] = [];
    for (const c of childrenOf(doc)) {
      const child = passageOf(c);
      if (child.speaker !== passage.speaker) spans.push(child);
    }
    return spans;
  };
  const { quotedOnly } = source;
  const ownHit = (tier: HitTier, doc: number) =>
    tier.qualifies(doc) && !quotedOnly(doc, matchedOf(doc));

  for (const [t, tier] of source.tiers.entries()) {
    if (out.length >= limit) break;
    if (t === 1) partialFrom = out.length;
    for (const { doc, score } of tier.ranked(limit - out.length)) {
      if (out.length >= limit) break;
      if (shown.has(doc)) continue;
      const matched = matchedOf(doc);
      if (source.passesFilters(doc)) {
        if (!quotedOnly(doc, matched)) show(doc, score, matched, source.phrases);
        for (const child of childrenOf(doc)) {
          if (shown.has(child) || ownHit(tier, child) || !source.passesFilters(child)) continue;
          const childTerms = source.termsOf(child);
          const shared = new Set([...matched].filter((term) => childTerms.has(term)));
          if (shared.size === 0) continue;
          show(child, (score * shared.size) / Math.max(1, matched.size), shared, []);
        }
      }
      const answers = source.answersOf(doc);
      for (let i = 0; i < answers.length; i++) {
        const answer = answers[i]!;
        if (shown.has(answer) || !source.passesMetadata(answer)) continue;
        const held = matchedOf(answer);
        if (i > 0 && (held.size === 0 || ownHit(tier, answer))) continue;
        show(answer, score, held, []);
      }
    }
  }
  const hits = out.slice(0, limit);
  return { hits, partialFrom: partialFrom < 0 ? hits.length : Math.min(partialFrom, hits.length) };
}

/** `HitSource.quotedOnly` read off the text: every matched word's offsets inside `quotations`. */
export function quotedOnlyByMarks(
  passage: Passage,
  matched: ReadonlySet<string>,
  quotations: readonly Span[],
): boolean {
  if (quotations.length === 0) return false;
  const marks = matchedMarks(passage, matched);
  return marks.length > 0 && marks.every((m) => overlapsAny(m, quotations));
}

/** The excerpt is worked out when first read: most hits past the first page are never shown. */
function lazyHit(
  passage: Passage,
  score: number,
  matched: ReadonlySet<string>,
  phrases: readonly string[],
  quotations: readonly Span[],
): SearchHit {
  let excerpt: Excerpt | undefined;
  return {
    passage,
    score,
    get excerpt() {
      excerpt ??= chooseExcerpt(passage, matched, phrases, quotations);
      return excerpt;
    },
  };
}
