/**
 * The indexed timeline filters give exactly what a scan of every event gives: the scan (the
 * filters as they were before the index) is kept here as the reference, and both run over the
 * seeds and a generated corpus across topics, date spans, speakers, limits and pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus, type Corpus, type PartialDate, Scheduler } from '../../src/core/index.js';
import { endOf, parsePartialDate, startOf } from '../../src/core/corpus/partial-date.js';
import { tokenizeWords } from '../../src/core/search/terms.js';
import { dispatch } from '../../src/core/commands/dispatch.js';
import {
  selectEvents,
  sharesTerm,
  type EventFilter,
} from '../../src/core/timeline/filter-events.js';
import { indexTimeline } from '../../src/core/timeline/timeline-index.js';
import { timelineCommand } from '../../src/core/commands/timeline-command.js';
import { eventData, lineOf } from '../../src/core/commands/timeline-reply.js';
import type { TimelineEvent } from '../../src/core/timeline/types.js';
import type { Block, Reply } from '../../src/core/reply/reply.js';
import { silentLogger } from '../../src/logger.js';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus.js';
import { makeQueries } from '../../bench/queries.js';
import { seedCorpus } from '../helpers/seed-corpus.js';

// ---- the reference: every event scanned, as /timeline did before the index ----

function firstDayOf(value: string): string {
  return startOf({ value, precision: 'day', approximate: false });
}

function lastDayOf(value: string): string {
  const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return endOf({ value, precision, approximate: false });
}

function eventsBetween(
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

function eventsToldBy(events: readonly TimelineEvent[], speaker: string): TimelineEvent[] {
  return events.filter((e) => e.mentions.some((m) => m.speaker === speaker));
}

function eventsAbout(corpus: Corpus, events: readonly TimelineEvent[], topic: string) {
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
  return inSentence.length > 0 ? inSentence : inPassage;
}

function scanEvents(corpus: Corpus, f: EventFilter): TimelineEvent[] {
  let events = eventsBetween(corpus.timeline.events, f.from, f.to);
  if (f.speaker) events = eventsToldBy(events, f.speaker);
  if (f.topic) events = eventsAbout(corpus, events, f.topic);
  if (f.limit) events = events.slice(0, f.limit);
  return events;
}

function scanSkipped(corpus: Corpus, speaker: string | null): number {
  return corpus.timeline.skipped.filter(
    (s) => !speaker || corpus.passages.get(s.quoteId)?.speaker === speaker,
  ).length;
}

// ---- the filter combinations ----

/** About `count` items spread over the list. */
function sample<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === 0);
}

const date = (v: string) => parsePartialDate(v)!;

/** Date bounds at every precision, from the events' own dates (their edges) and around them. */
function spansOf(corpus: Corpus): [PartialDate | null, PartialDate | null][] {
  const values = new Set<string>(['1990', '2010', '2017', '2019', '2019-02', '2019-06-15', '2030']);
  for (const e of sample(corpus.timeline.events, 15)) {
    values.add(e.start);
    values.add(e.start.slice(0, 4));
    if (e.end) values.add(e.end);
  }
  const dates = [...values].sort().map(date);
  const spans: [PartialDate | null, PartialDate | null][] = [[null, null]];
  dates.forEach((d, i) => {
    spans.push([d, null], [null, d], [d, d]);
    const later = dates[(i * 5 + 3) % dates.length]!;
    spans.push([d, later], [later, d]); // the second may run backwards: both must agree anyway
  });
  return spans;
}

function topicsOf(corpus: Corpus): (string | null)[] {
  const fromQueries = makeQueries(corpus, 20, 11).timeline.flatMap((q) =>
    q.options.topic ? [q.options.topic] : [],
  );
  const fromLabels = sample(corpus.timeline.events, 12).map((e) =>
    tokenizeWords(e.label).slice(-2).join(' '),
  );
  return [
    null,
    'suspended',
    'election',
    'labour party',
    'venezuela',
    ...fromQueries,
    ...fromLabels,
  ];
}

function speakersOf(corpus: Corpus): (string | null)[] {
  const telling = new Set(corpus.timeline.events.flatMap((e) => e.mentions.map((m) => m.speaker)));
  const silent = corpus.speakers.all().find((s) => !telling.has(s));
  return [null, ...[...telling].slice(0, 4), ...(silent ? [silent] : [])];
}

function compareAll(corpus: Corpus): {
  combinations: number;
  nonEmpty: number;
  mismatches: unknown[];
} {
  const mismatches: unknown[] = [];
  let combinations = 0;
  let nonEmpty = 0;
  const spans = spansOf(corpus);
  const topics = topicsOf(corpus);
  const speakers = speakersOf(corpus);
  const check = (f: EventFilter) => {
    combinations++;
    const expected = scanEvents(corpus, f);
    const got = selectEvents(corpus, f);
    const all = got.slice(0, got.length);
    if (expected.length > 0) nonEmpty++;
    const pages = [0, 1, 3].map((p) => got.slice(p * 10, p * 10 + 10));
    const expectedPages = [0, 1, 3].map((p) => expected.slice(p * 10, p * 10 + 10));
    if (
      got.length !== expected.length ||
      all.length !== expected.length ||
      all.some((e, i) => e !== expected[i]) ||
      pages.some((page, p) => page.some((e, i) => e !== expectedPages[p]![i]))
    ) {
      mismatches.push({
        filter: { ...f, from: f.from?.value, to: f.to?.value },
        expected: expected.map((e) => e.id),
        got: all.map((e) => e.id),
      });
    }
  };
  for (const [from, to] of spans)
    for (const speaker of speakers)
      for (const limit of speaker === null ? [null, 1, 25] : [null])
        check({ from, to, speaker, topic: null, limit });
  for (const topic of topics)
    for (const [from, to] of spans.filter((_, i) => i % 12 === 0))
      for (const speaker of speakers.slice(0, 3))
        check({ from, to, speaker, topic, limit: topic && topic.length % 2 ? 3 : null });
  for (const speaker of speakers) {
    const { skipped, index } = corpus.timeline;
    const got = speaker ? (index.skippedBySpeaker.get(speaker) ?? 0) : skipped.length;
    if (got !== scanSkipped(corpus, speaker))
      mismatches.push({ skippedOf: speaker, got, expected: scanSkipped(corpus, speaker) });
  }
  return { combinations, nonEmpty, mismatches };
}

// ---- the corpora ----

let work: string;
let seeds: Corpus;
let generated: Corpus;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'verbatim-timeline-filters-'));
  seeds = await seedCorpus();
  const perSeed = new Map(
    [...seeds.documents.values()].map((a) => [
      a.document.file,
      a.passages.filter((p) => p.kind !== 'heading').length,
    ]),
  );
  const dir = path.join(work, 'generated');
  await writeSyntheticCorpus('seeds', dir, 3000, perSeed, 42);
  generated = await loadCorpus(dir, { logger: silentLogger() });
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('indexed timeline filters', () => {
  it.each([
    ['the seeds', () => seeds],
    ['a generated corpus of 3,000 passages', () => generated],
  ])(
    'GIVEN %s THEN every combination of date span, speaker, topic and limit keeps the same events, in the same order, on every page, as a scan',
    (_name, corpusOf) => {
      const corpus = corpusOf();
      const result = compareAll(corpus);
      expect(result.mismatches).toEqual([]);
      expect(result.combinations).toBeGreaterThan(1000);
      expect(result.nonEmpty).toBeGreaterThan(result.combinations / 4);
    },
  );

  it('GIVEN events out of date order (an index that cannot binary search) THEN the date filters still agree with a scan', () => {
    const events = [...generated.timeline.events].reverse();
    const shuffled: Corpus = {
      ...generated,
      timeline: indexTimeline({ events, skipped: generated.timeline.skipped }, generated.passages),
    };
    expect(shuffled.timeline.index.ordered).toBe(false);
    const result = compareAll(shuffled);
    expect(result.mismatches).toEqual([]);
  });

  it('GIVEN an event whose days are not plain YYYY-MM-DD THEN it is read whole, never skipped by the binary search', () => {
    const [a, b] = seeds.timeline.events;
    const events = [
      // neither day is YYYY-MM-DD ('2019-0-01', '2020-1-31'), yet both compare as text
      { ...a!, start: '2019-0', end: '2020-1', precision: 'range' as const },
      { ...b!, start: '2019-07', end: null, precision: 'month' as const },
    ];
    const odd: Corpus = {
      ...seeds,
      timeline: indexTimeline({ events, skipped: [] }, seeds.passages),
    };
    expect(odd.timeline.index.ordered).toBe(true);
    for (const [from, to] of [
      ['2019-06', null],
      ['2019-08', '2019-08'],
      ['2019-06', '2019-06'],
      ['2020', '2021'],
      [null, '2019-04'],
    ] as const) {
      const f: EventFilter = {
        from: from ? date(from) : null,
        to: to ? date(to) : null,
        speaker: null,
        topic: null,
        limit: null,
      };
      const got = selectEvents(odd, f);
      expect(got.slice(0, got.length)).toEqual(scanEvents(odd, f));
    }
    const august = selectEvents(odd, {
      from: date('2019-08'),
      to: null,
      speaker: null,
      topic: null,
      limit: null,
    });
    expect(august.slice(0, 5)).toEqual([events[0]]);
  });

  it('GIVEN a one-month span inside ranges of several years and inside years THEN the events still running on it are kept', () => {
    const long = generated.timeline.events.filter((e) =>
      e.end === null ? e.precision === 'year' : e.start.slice(0, 4) !== e.end.slice(0, 4),
    );
    expect(long.filter((e) => e.end !== null).length).toBeGreaterThan(0);
    for (const e of long) {
      const inside = date(lastDayOf(e.end ?? e.start).slice(0, 7));
      const got = selectEvents(generated, {
        from: inside,
        to: inside,
        speaker: null,
        topic: null,
        limit: null,
      });
      expect(got.slice(0, got.length)).toContain(e);
    }
  });
});

describe('/timeline through the index', () => {
  const list = (r: Reply) =>
    r.blocks.find((b): b is Extract<Block, { type: 'list' }> => b.type === 'list')?.items ?? [];
  const notes = (r: Reply) =>
    r.blocks.filter((b): b is Extract<Block, { type: 'context' }> => b.type === 'context').at(-1)
      ?.text;

  it.each<[Record<string, string | number>]>([
    [{}],
    [{ page: 2 }],
    [{ speaker: 'Chris Williamson' }],
    [{ speaker: 'Chris Williamson', page: 1 }],
    [{ from: '2019', to: '2019' }],
    [{ topic: 'suspended' }],
    [{ topic: 'election', from: '2010' }],
    [{ limit: 25, page: 2 }],
    [{ topic: 'labour', speaker: 'Chris Williamson', limit: 12, page: 1 }],
  ])(
    'GIVEN %j on the generated corpus THEN the page, the count, the data and the skipped count are the scan’s',
    async (raw) => {
      const ctx = {
        corpus: generated,
        logger: silentLogger(),
        scheduler: new Scheduler(),
        now: () => new Date(),
      };
      const options = { ...raw };
      const page = typeof options.page === 'number' ? options.page : 0;
      delete options.page;
      const first = await dispatch([timelineCommand], 'timeline', options, ctx);
      const next = first.blocks
        .flatMap((b) => (b.type === 'buttons' ? b.buttons : []))
        .find((b) => b.kind === 'action' && b.label === 'Next');
      // one page only: no button, and the first reply is the page asked for
      const reply =
        page > 0 && next?.kind === 'action'
          ? await timelineCommand.actions!.page!({ ...next.action.state, page }, ctx)
          : first;
      const f: EventFilter = {
        from: typeof raw.from === 'string' ? date(raw.from) : null,
        to: typeof raw.to === 'string' ? date(raw.to) : null,
        speaker: typeof raw.speaker === 'string' ? raw.speaker : null,
        topic: typeof raw.topic === 'string' ? raw.topic : null,
        limit: typeof raw.limit === 'number' ? raw.limit : null,
      };
      const expected = scanEvents(generated, f);
      expect(expected.length).toBeGreaterThan(0);
      const pageCount = Math.ceil(expected.length / 10);
      const shown = Math.min(page, pageCount - 1);
      expect(reply.paging).toEqual({ page: shown, pageCount, total: expected.length });
      expect(list(reply)).toEqual(expected.slice(shown * 10, shown * 10 + 10).map(lineOf));
      expect(reply.data).toEqual({ events: expected.map(eventData) });
      const skipped = f.topic || f.from || f.to ? 0 : scanSkipped(generated, f.speaker);
      expect(notes(reply)).toContain(
        skipped > 0
          ? `${skipped} date expression${skipped === 1 ? '' : 's'} left out`
          : 'oldest first',
      );
      if (skipped === 0) expect(notes(reply)).not.toContain('left out');
    },
  );
});
