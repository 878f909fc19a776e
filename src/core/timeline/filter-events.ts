/**
 * Narrowing a timeline: by date span, by who told the event, and by topic through the corpus
 * search index (events whose passage matches, preferring those whose own sentence does).
 */
import type { Corpus } from '../corpus/corpus.js';
import type { PartialDate } from '../types.js';
import { endOf, startOf } from '../corpus/partial-date.js';
import { processTerm, tokenizeWords } from '../search/terms.js';
import type { TimelineEvent } from './types.js';

/** Events whose span overlaps [from, to] (either bound may be missing). */
export function eventsBetween(
  events: readonly TimelineEvent[],
  from: PartialDate | null,
  to: PartialDate | null,
): TimelineEvent[] {
  return events.filter((e) => {
    if (from && lastDayOf(e.end ?? e.start) < startOf(from)) return false;
    if (to && firstDayOf(e.start) > endOf(to)) return false;
    return true;
  });
}

/** Events one of whose tellings is by this (canonical) speaker. */
export function eventsToldBy(events: readonly TimelineEvent[], speaker: string): TimelineEvent[] {
  return events.filter((e) => e.mentions.some((m) => m.speaker === speaker));
}

/**
 * Events about a topic: a telling's passage (or the passage around it, or a quotation in it) is
 * among the search hits; when some of those tellings have a query word in their own sentence,
 * only those are kept.
 */
export function eventsAbout(
  corpus: Corpus,
  events: readonly TimelineEvent[],
  topic: string,
): { events: TimelineEvent[]; terms: string[] } {
  const outcome = corpus.index.search({ text: topic, excludeRoles: ['commenter'] });
  const hit = new Set<string>();
  for (const h of outcome.hits) {
    hit.add(h.passage.id);
    if (h.passage.parentId) hit.add(h.passage.parentId);
  }
  const related = (quoteId: string) => {
    if (hit.has(quoteId)) return true;
    const parentId = corpus.passages.get(quoteId)?.parentId;
    return parentId !== null && parentId !== undefined && hit.has(parentId);
  };
  // the words the search marked (fuzzy matches included), by absolute body offset
  const marked = outcome.hits.flatMap((h) =>
    h.excerpt.highlights.map((span) => ({ documentId: h.passage.documentId, ...span })),
  );
  const inPassage = events.filter((e) => e.mentions.some((m) => related(m.quoteId)));
  const inSentence = inPassage.filter((e) =>
    e.mentions.some(
      (m) =>
        related(m.quoteId) &&
        (sharesTerm(m.evidence, outcome.terms) ||
          marked.some(
            (h) =>
              h.documentId === m.documentId && h.start >= m.sentenceStart && h.end <= m.sentenceEnd,
          )),
    ),
  );
  return { events: inSentence.length > 0 ? inSentence : inPassage, terms: outcome.terms };
}

/** A word of the text has a query term, or one a letter away at the end ("suspend"/"suspens"). */
function sharesTerm(text: string, terms: readonly string[]): boolean {
  return tokenizeWords(text).some((w) => {
    const t = processTerm(w);
    return t !== null && terms.some((q) => q === t || nearStem(q, t));
  });
}

function nearStem(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 5 || Math.abs(a.length - b.length) > 1) return false;
  let common = 0;
  while (common < n && a[common] === b[common]) common++;
  return common >= n - 1;
}

function firstDayOf(value: string): string {
  return startOf({ value, precision: 'day', approximate: false });
}

function lastDayOf(value: string): string {
  const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return endOf({ value, precision, approximate: false });
}
