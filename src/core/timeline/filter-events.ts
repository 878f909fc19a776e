/**
 * Narrowing a timeline: by date span, by who told the event, and by topic through the corpus
 * search index (events whose passage matches, preferring those whose own sentence does). Each
 * filter is a list of positions in the oldest-first order, read from the timeline's index; the
 * lists are intersected from the shortest, so a query costs what it keeps, not the timeline's size.
 */
import type { PartialDate, Passage } from '../types.js';
import { type PassageIndex, type SearchHit, indexWords, processTerm } from '../search/index.js';
import { endOf, startOf } from '../corpus/index.js';
import { dayNumber, type IndexedTimeline, type TimelineIndex } from './timeline-index.js';
import type { EventList, EventMention, TimelineEvent } from './types.js';

export interface EventFilter {
  /** Events whose span overlaps [from, to] (either bound may be missing). */
  from: PartialDate | null;
  to: PartialDate | null;
  /** Events one of whose tellings is by this (canonical) speaker. */
  speaker: string | null;
  /** Events about this: see `aboutTopic`. */
  topic: string | null;
  /** The first this many. */
  limit: number | null;
}

/** The part of a corpus the filters read (a loaded Corpus has all of it). */
export interface TimelineCorpus {
  timeline: IndexedTimeline;
  index: Pick<PassageIndex, 'search'>;
  passages: ReadonlyMap<string, Passage>;
}

const NONE = new Uint32Array(0);

/** The events that pass every filter, oldest first; built only for the part that is read. */
export function selectEvents(corpus: TimelineCorpus, filter: EventFilter): EventList {
  const { events, index } = corpus.timeline;
  const from = filter.from ? startOf(filter.from) : null;
  const to = filter.to ? endOf(filter.to) : null;
  const lists: Uint32Array[] = [];
  if (filter.speaker !== null) lists.push(index.bySpeaker.get(filter.speaker) ?? NONE);
  let topic: Topic | null = null;
  // a speaker who tells no event: no search could add one, so none is run
  if (filter.topic !== null && lists.every((l) => l.length > 0)) {
    topic = searchTopic(corpus, filter.topic);
    lists.push(topic.positions);
  }
  let kept: Uint32Array | null;
  if (lists.length > 0) {
    const inSpan = (p: number) =>
      (from === null || index.lastDays[p]! >= from) && (to === null || index.firstDays[p]! <= to);
    kept = intersect(lists);
    if (from !== null || to !== null) kept = kept.filter(inSpan);
  } else {
    kept = from !== null || to !== null ? positionsBetween(index, from, to) : null;
  }
  if (topic && kept) kept = aboutTopic(corpus, topic, kept);
  const count = kept ? kept.length : events.length;
  return new EventView(events, kept, filter.limit ? Math.min(filter.limit, count) : count);
}

/** Events in timeline order at the given positions (every event when null), read by slices. */
class EventView implements EventList {
  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly positions: Uint32Array | null,
    readonly length: number,
  ) {}

  slice(start: number, end: number): TimelineEvent[] {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    if (!this.positions) return this.events.slice(from, Math.max(from, to));
    const out: TimelineEvent[] = [];
    for (let i = from; i < to; i++) out.push(this.events[this.positions[i]!]!);
    return out;
  }
}

/**
 * Positions of the events whose span overlaps [from, to] (`YYYY-MM-DD`, either may be null):
 * those starting within it (a binary search on first days), and those starting before `from`
 * that still run on it, found among the last days of each span group.
 */
function positionsBetween(
  index: TimelineIndex,
  from: string | null,
  to: string | null,
): Uint32Array {
  const { firstDays, lastDays } = index;
  const inSpan = (p: number) =>
    (from === null || lastDays[p]! >= from) && (to === null || firstDays[p]! <= to);
  if (!index.ordered) {
    const out: number[] = [];
    for (let p = 0; p < firstDays.length; p++) if (inSpan(p)) out.push(p);
    return Uint32Array.from(out);
  }
  const end =
    to === null ? firstDays.length : firstAfter(firstDays.length, (p) => firstDays[p]! > to);
  const start = from === null ? 0 : firstAfter(firstDays.length, (p) => firstDays[p]! >= from);
  const out: number[] = [];
  if (from !== null) {
    const fromNumber = dayNumber(from);
    for (const g of index.spans) {
      const earliest = fromNumber - g.maxSpan;
      // the group of unreadable days (maxSpan Infinity) is read whole
      let j = Number.isFinite(earliest)
        ? firstAfter(g.positions.length, (i) => g.firstNumbers[i]! >= earliest)
        : 0;
      for (; j < g.positions.length && g.positions[j]! < start; j++) {
        const p = g.positions[j]!;
        if (inSpan(p)) out.push(p);
      }
    }
    out.sort((a, b) => a - b);
  }
  for (let p = start; p < end; p++) if (inSpan(p)) out.push(p);
  return Uint32Array.from(out);
}

/** The first i in [0, n) for which `past(i)` holds, `past` being false then true; n when never. */
function firstAfter(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Positions in every list (each ascending), checked from the shortest list. */
function intersect(lists: readonly Uint32Array[]): Uint32Array {
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  if (others.length === 0) return shortest!;
  return shortest!.filter((p) =>
    others.every((list) => {
      const i = firstAfter(list.length, (j) => list[j]! >= p);
      return list[i] === p;
    }),
  );
}

/** A topic's search: the passages it hit and the events told in them. */
interface Topic {
  terms: readonly string[];
  hits: readonly SearchHit[];
  /** Hit passages and the passages around them. */
  hit: ReadonlySet<string>;
  /** Events one of whose tellings is related to a hit (see `related`), ascending. */
  positions: Uint32Array;
}

function searchTopic(corpus: TimelineCorpus, text: string): Topic {
  const outcome = corpus.index.search({ text, excludeRoles: ['commenter'] });
  const hit = new Set<string>();
  for (const h of outcome.hits) {
    hit.add(h.passage.id);
    if (h.passage.parentId) hit.add(h.passage.parentId);
  }
  const found: number[] = [];
  for (const id of hit) {
    const list = corpus.timeline.index.byPassage.get(id);
    if (list) for (const p of list) found.push(p);
  }
  found.sort((a, b) => a - b);
  const positions = Uint32Array.from(found.filter((p, i) => i === 0 || found[i - 1] !== p));
  return { terms: outcome.terms, hits: outcome.hits, hit, positions };
}

/**
 * Events about a topic: a telling's passage (or the passage around it, or a quotation in it) is
 * among the search hits; when some of those tellings have a query word in their own sentence,
 * only those are kept. `kept` holds only events with such a telling (they came from `positions`).
 */
function aboutTopic(corpus: TimelineCorpus, topic: Topic, kept: Uint32Array): Uint32Array {
  const { events } = corpus.timeline;
  const related = (quoteId: string) => {
    if (topic.hit.has(quoteId)) return true;
    const parentId = corpus.passages.get(quoteId)?.parentId;
    return parentId !== null && parentId !== undefined && topic.hit.has(parentId);
  };
  // the words the search marked (fuzzy matches included), read only for sentences that lack a
  // query word: building every hit's excerpt was most of a topic query's time
  const hitsIn = new Map<string, SearchHit[]>();
  for (const h of topic.hits) {
    const list = hitsIn.get(h.passage.documentId);
    if (list) list.push(h);
    else hitsIn.set(h.passage.documentId, [h]);
  }
  const marked = (m: EventMention) =>
    (hitsIn.get(m.documentId) ?? []).some((h) =>
      h.excerpt.highlights.some((s) => s.start >= m.sentenceStart && s.end <= m.sentenceEnd),
    );
  const inSentence = kept.filter((p) =>
    events[p]!.mentions.some(
      (m) => related(m.quoteId) && (sharesTerm(m.evidence, topic.terms) || marked(m)),
    ),
  );
  return inSentence.length > 0 ? inSentence : kept;
}

/** A word of the text has a query term, or one a letter away at the end ("suspend"/"suspens"). */
export function sharesTerm(text: string, terms: readonly string[]): boolean {
  // as the index reads words: "anti-Semitism" is also "antisemitism"
  return indexWords(text).some((w) => {
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
