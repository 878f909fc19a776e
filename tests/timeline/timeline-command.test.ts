import { beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { Scheduler } from '../../src/core/schedule/index.js';
import { loadCorpus } from '../../src/core/library/load-corpus.js';
import type { Corpus } from '../../src/core/library/corpus.js';
import type { CommandContext } from '../../src/core/commands/define-command.js';
import { dispatch, dispatchAction, dispatchText } from '../../src/core/commands/dispatch.js';
import { outcomeOf, type Block, type Reply } from '../../src/core/reply/reply.js';
import { timelineCommand } from '../../src/core/commands/timeline-command.js';
import { timelineOf } from '../../src/core/library/corpus-timeline.js';
import { eventData, lineOf } from '../../src/core/commands/timeline-reply.js';

const COMMANDS = [timelineCommand];
let corpus: Corpus;
let ctx: CommandContext;
beforeAll(async () => {
  const logger = pino({ level: 'silent' });
  corpus = await loadCorpus('seeds', { logger });
  ctx = { corpus, logger, scheduler: new Scheduler(), now: () => new Date(Date.UTC(2024, 0, 1)) };
});

const events = (r: Reply) =>
  (r.data as { events: { start: string; label: string; speaker: string }[] }).events;
const list = (r: Reply) =>
  r.blocks.find((b): b is Extract<Block, { type: 'list' }> => b.type === 'list')?.items ?? [];
const buttons = (r: Reply) =>
  r.blocks.find((b): b is Extract<Block, { type: 'buttons' }> => b.type === 'buttons')?.buttons ??
  [];

describe('/timeline declaration', () => {
  it('GIVEN the declaration THEN its options are topic (positional), from and to (dates), speaker (autocomplete), limit', () => {
    expect(
      timelineCommand.options.map((o) => [
        o.name,
        o.type,
        o.positional ?? false,
        o.autocomplete ?? null,
      ]),
    ).toEqual([
      ['topic', 'string', true, null],
      ['from', 'date', false, null],
      ['to', 'date', false, null],
      ['speaker', 'string', false, 'speaker'],
      ['limit', 'integer', false, null],
    ]);
  });
});

describe('/timeline', () => {
  it('GIVEN no options THEN every event, oldest first, ten a page, with a Next button carrying the options and page', async () => {
    const all = timelineOf(corpus).events;
    const reply = await dispatch(COMMANDS, 'timeline', {}, ctx);
    expect(reply.type).toBe('list');
    expect(reply.paging).toEqual({
      page: 0,
      pageCount: Math.ceil(all.length / 10),
      total: all.length,
    });
    expect(list(reply)).toEqual(all.slice(0, 10).map(lineOf));
    expect(reply.data).toEqual({ events: all.map(eventData) });
    expect(
      buttons(reply).map((b) => (b.kind === 'action' ? [b.label, b.action, b.disabled] : null)),
    ).toEqual([
      ['Previous', { id: 'timeline.page', kind: 'page', state: { args: '', page: 0 } }, true],
      ['Next', { id: 'timeline.page', kind: 'page', state: { args: '', page: 1 } }, false],
    ]);
  });

  it('GIVEN the Next button of a filtered timeline WHEN pressed THEN the second page of the same filter', async () => {
    const first = await dispatchText(COMMANDS, '/timeline from:2017', ctx);
    const next = buttons(first).find((b) => b.kind === 'action' && b.label === 'Next');
    expect(next?.kind === 'action' && next.action.state).toEqual({ args: 'from:2017', page: 1 });
    const second = await dispatchAction(
      COMMANDS,
      (next as Extract<typeof next, { kind: 'action' }>)!.action,
      ctx,
    );
    expect(second.paging?.page).toBe(1);
    expect(list(second)).toEqual(
      events(first)
        .slice(10, 20)
        .map((_, i) => list(second)[i]),
    );
    expect(events(second)).toEqual(events(first));
  });

  it('GIVEN from:2019-02 to:2019-02 THEN the February 2019 suspension is there with its sentence and source, as data and as a line', async () => {
    const reply = await dispatchText(COMMANDS, '/timeline from:2019-02 to:2019-02', ctx);
    const passage = [...corpus.passages.values()].find((p) =>
      p.text.startsWith('Williamson was first suspended in February'),
    )!;
    const evidence =
      'Williamson was first suspended in February, days after booking a room in Parliament to screen the documentary, WitchHunt.';
    const february = (reply.data as { events: { start: string }[] }).events.filter(
      (e) => e.start === '2019-02',
    );
    expect(february).toEqual([
      {
        start: '2019-02',
        end: null,
        precision: 'month',
        inferred: true,
        approximate: false,
        dateLabel: 'Feb 2019',
        label: 'Williamson was first suspended in February',
        evidence,
        speaker: 'Asa Winstanley',
        role: 'author',
        quoteId: passage.id,
        sources: [
          {
            id: 'ei-independent-run',
            title: 'Chris Williamson runs for Parliament as independent',
            published: '2019-11-06',
          },
        ],
        mentions: [
          {
            documentId: 'ei-independent-run',
            quoteId: passage.id,
            speaker: 'Asa Winstanley',
            evidence,
          },
        ],
      },
    ]);
    expect(list(reply)).toContainEqual({
      title: 'Feb 2019 (inferred)',
      detail: `Williamson was first suspended in February — Asa Winstanley · Chris Williamson runs for Parliament as independent [${passage.id}]`,
    });
    expect(reply.blocks[0]).toEqual({ type: 'context', text: 'Events 2019-02 to 2019-02' });
  });

  it('GIVEN from:2019-06 to:2019-06 THEN every event shown overlaps June 2019 (a year or a range holding it counts), and none is left out', async () => {
    const reply = await dispatchText(COMMANDS, '/timeline from:2019-06 to:2019-06', ctx);
    const first = (v: string) => (v + '-01-01').slice(0, 10);
    const last = (v: string) => (v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v);
    const overlapsJune = (e: { start: string; end: string | null }) =>
      last(e.end ?? e.start) >= '2019-06-01' && first(e.start) <= '2019-06-30';
    expect(events(reply).map((e) => e.start)).toContain('2019-06');
    expect(reply.data).toEqual({
      events: timelineOf(corpus).events.filter(overlapsJune).map(eventData),
    });
  });

  it('GIVEN the topic "suspended" THEN the suspensions of February, June and September 2019 are there, and every sentence is about it', async () => {
    const reply = await dispatch(COMMANDS, 'timeline', { topic: 'suspended' }, ctx);
    const starts = events(reply).map((e) => e.start);
    expect(starts).toEqual(expect.arrayContaining(['2019-02', '2019-06', '2019-09']));
    const evidence = (reply.data as { events: { evidence: string }[] }).events.map(
      (e) => e.evidence,
    );
    expect(evidence.filter((t) => !/suspen/i.test(t))).toEqual([]);
  });

  it('GIVEN speaker:williamson THEN only events he tells', async () => {
    const reply = await dispatchText(COMMANDS, '/timeline speaker:williamson', ctx);
    expect(events(reply).length).toBeGreaterThan(0);
    expect(events(reply).filter((e) => e.speaker !== 'Chris Williamson')).toEqual([]);
  });

  it('GIVEN limit:3 THEN the three oldest events', async () => {
    const reply = await dispatch(COMMANDS, 'timeline', { limit: 3 }, ctx);
    expect(reply.data).toEqual({ events: timelineOf(corpus).events.slice(0, 3).map(eventData) });
    expect(reply.paging).toEqual({ page: 0, pageCount: 1, total: 3 });
  });

  it.each([
    ['from after to', { from: '2019', to: '2018' }, 'invalid-input'],
    ['a date that is not one', { from: '2019-13' }, 'invalid-input'],
    ['an unknown speaker', { speaker: 'Nobody Atall' }, 'unknown-speaker'],
    ['a limit out of range', { limit: 0 }, 'invalid-input'],
  ])('GIVEN %s THEN a private error reply', async (_case, raw, code) => {
    const reply = await dispatch(COMMANDS, 'timeline', raw, ctx);
    expect([reply.type, reply.visibility, outcomeOf(reply)]).toEqual(['error', 'private', code]);
  });

  it('GIVEN a topic with no dated event THEN a private "No events" card with empty data', async () => {
    const reply = await dispatch(COMMANDS, 'timeline', { topic: 'venezuela' }, ctx);
    expect(reply).toEqual({
      type: 'card',
      title: 'No events',
      blocks: [
        { type: 'text', text: 'No dated events about “venezuela”.' },
        {
          type: 'context',
          text: 'Try fewer or more general words, or /quote to find the passage first.',
        },
      ],
      visibility: 'private',
      paging: null,
      data: { events: [] },
    });
  });
});

describe('an event told by many sources', () => {
  const told = (n: number) => {
    const e = timelineOf(corpus).events[0]!;
    const sources = Array.from({ length: n }, (_, i) => ({
      id: `doc-${i}`,
      title: `Report ${i}`,
      published: null,
    }));
    const mentions = sources.map((s, i) => ({
      ...e.mentions[0]!,
      documentId: s.id,
      quoteId: `q${i}`,
    }));
    return { ...e, sources, mentions };
  };

  it.each([
    [1, 'Report 0 [q0]'],
    [3, 'Report 0 [q0]; Report 1 [q1]; Report 2 [q2]'],
    [4, 'Report 0 [q0]; Report 1 [q1]; Report 2 [q2]; and 1 more source'],
    [776, 'Report 0 [q0]; Report 1 [q1]; Report 2 [q2]; and 773 more sources'],
  ])('GIVEN %i sources THEN the line names at most three and counts the rest', (n, tail) => {
    const e = told(n);
    expect(lineOf(e).detail).toBe(`${e.label} — ${e.speaker} · ${tail}`);
    expect(eventData(e).sources).toHaveLength(n);
  });
});

describe('a topic spelled two ways', () => {
  it('GIVEN "antisemitism" or "anti-Semitism" THEN the same events, about both spellings', async () => {
    const events = async (topic: string) => {
      const reply = await dispatch(COMMANDS, 'timeline', { topic }, ctx);
      return (reply.data as { events: { quoteId: string; start: string; evidence: string }[] })
        .events;
    };
    const closed = await events('antisemitism');
    const hyphenated = await events('anti-Semitism');
    expect(closed.map((e) => `${e.quoteId} ${e.start}`)).toEqual(
      hyphenated.map((e) => `${e.quoteId} ${e.start}`),
    );
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((e) => /anti-?semitism/i.test(e.evidence))).toBe(true);
  });
});
