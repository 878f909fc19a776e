/**
 * The scorer itself, on tables of spans and names and on an invented corpus of three pages
 * (tests/untuned/sample/). Each failure kind is shown to be counted by scoring a gold table that
 * is wrong on purpose: the bot's answers are right, so every entry changed must count as missed.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { checkGold, readGoldTable, type GoldEvent, type GoldTable } from './gold-table.js';
import { goldNamesOf, holdsGoldText, occurrences, speakerMatches } from './match.js';
import { scoreCorpus, scoreGold } from './score-corpus.js';
import { scoreTimeline, type ToldDate } from './score-events.js';
import { seedsGold } from './seeds-gold.js';
import { formatFigures } from './report.js';
import { addFigures } from './score-corpus.js';

const SAMPLE = path.join('tests', 'untuned', 'sample');

let sample: Corpus;
let gold: GoldTable;
beforeAll(async () => {
  sample = await loadCorpus(SAMPLE, { logger: silentLogger() });
  const read = await readGoldTable(SAMPLE);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  gold = read.gold;
});

describe('where a gold text stands', () => {
  it.each([
    ['GIVEN one place', 'a Reply here', 'Reply', [{ start: 2, end: 7 }]],
    ['GIVEN a word inside a longer one too', 'Replying. Reply', 'Reply', [{ start: 10, end: 15 }]],
    ['GIVEN only inside longer words', 'Replying', 'Reply', [{ start: 0, end: 5 }]],
    ['GIVEN punctuation at its ends', '“Go,” she said', '“Go,”', [{ start: 0, end: 5 }]],
    ['GIVEN no place', 'nothing', 'else', []],
  ])('%s THEN occurrences are those', (_, body, words, expected) => {
    expect(occurrences(body, words)).toEqual(expected);
  });
});

describe('whether a shown quote holds the gold text', () => {
  const gold10to20 = [{ start: 10, end: 20 }];
  it.each([
    ['it contains the gold', true, { start: 5, end: 25 }, false],
    ['it lies inside the gold', true, { start: 12, end: 18 }, false],
    ['a window shares half of the shorter', true, { start: 15, end: 40 }, true],
    ['a window shares less than half', false, { start: 18, end: 40 }, true],
    ['a whole passage only overlaps it', false, { start: 15, end: 40 }, false],
    ['it is elsewhere', false, { start: 30, end: 40 }, false],
  ])('GIVEN %s THEN holding it is %s', (_, expected, span, truncated) => {
    expect(holdsGoldText(gold10to20, { speaker: 'x', role: 'quoted', span, truncated })).toBe(
      expected,
    );
  });
});

describe('whether the shown speaker is the gold speaker', () => {
  it.each([
    ['Dana Pell', 'subject', 'Dana Pell', 'subject', true],
    ['Dana Pell', 'subject', 'Ms Pell', 'subject', true],
    ['Dana Pell', 'subject', 'DANA PELL', 'subject', true],
    ['Dana Pell', 'subject', 'Owen Marsh', 'subject', false],
    ['Dana Pell', 'subject', 'unidentified speaker', 'quoted', false],
    ['Owen Marsh', 'quoted', 'Owen Marsh', 'commenter', true],
    ['Owen Marsh', 'quoted', 'Owen Marsh', 'author', false],
    ['the author', 'author', 'Sam Reid', 'author', true],
    ['the author', 'author', 'Dana Pell', 'subject', false],
    ['unnamed', 'quoted', 'a council spokesperson', 'quoted', true],
    ['unnamed', 'quoted', 'a council spokesperson', 'commenter', false],
    ['unnamed', 'quoted', 'Marsh', 'quoted', false],
    ['unnamed', 'quoted', 'unidentified speaker', 'quoted', false],
    ['unattributed', 'quoted', 'unidentified speaker', 'quoted', true],
    ['unattributed', 'quoted', 'Unattributed', 'quoted', true],
    ['unattributed', 'quoted', 'a council spokesperson', 'quoted', false],
    ['unattributed', 'quoted', 'Dana Pell', 'subject', false],
  ] as const)(
    'GIVEN gold %s (%s) and shown %s (%s) THEN the match is %s',
    (goldSpeaker, goldRole, speaker, role, expected) => {
      expect(
        speakerMatches(
          { speaker: goldSpeaker, role: goldRole },
          { speaker, role },
          goldNamesOf(sample),
        ),
      ).toBe(expected);
    },
  );
});

describe('the timeline score', () => {
  const event = (start: string, doc = 'a'): GoldEvent => ({
    doc,
    evidence: 'x',
    start,
    end: null,
    precision: 'year',
  });
  const told = (start: string, at: number, doc = 'a'): ToldDate => ({
    doc,
    evidence: 'x',
    span: { start: at, end: at + 10 },
    start,
    end: null,
    precision: 'year',
  });
  const placeOf = new Map<string, number>([
    ['1962', 0],
    ['2004', 0],
    ['2018', 100],
    ['2022', 200],
  ]);

  it('GIVEN a sentence told with two wrong dates THEN the one as precise as the gold is its wrong date', () => {
    const gold = [{ ...event('2018'), start: '2018-03', precision: 'month' as const }];
    const year = told('2017', 100);
    const month = { ...told('2017-03', 100), precision: 'month' };
    const score = scoreTimeline(gold, [year, month], () => [{ start: 100, end: 110 }]);
    expect(score.failures).toEqual({
      missed: [],
      wronglyDated: [{ gold: gold[0], told: month }],
      spurious: [year],
    });
  });

  it('GIVEN tellings found, told twice, dated wrongly, spurious and a gold event missed THEN each is counted once', () => {
    const gold = [event('1962'), event('2004'), event('2018'), event('2022')];
    const tellings = [
      told('1962', 0),
      told('1962', 2), // the same event told again in its sentence
      told('2004', 0),
      told('2017', 100), // 2018's sentence, another year
      told('1999', 300), // no gold sentence
      told('2022', 200, 'b'), // the right date, another document
    ];
    const score = scoreTimeline(gold, tellings, (g) => {
      const at = placeOf.get(g.start)!;
      return [{ start: at, end: at + 10 }];
    });
    expect(score).toEqual({
      figures: { gold: 4, found: 2, wronglyDated: 1, spurious: 2, told: 6 },
      failures: {
        missed: [event('2022')],
        wronglyDated: [{ gold: event('2018'), told: told('2017', 100) }],
        spurious: [told('1999', 300), told('2022', 200, 'b')],
      },
    });
  });
});

describe('the sample corpus', () => {
  it('GIVEN its gold table THEN every figure is full and nothing failed', async () => {
    const score = await scoreCorpus(SAMPLE);
    expect(score.figures).toEqual({
      documents: 3,
      quotes: { passed: 9, total: 9 },
      traps: { passed: 6, total: 6 },
      furniture: { passed: 2, total: 2 },
      notVerbatim: 0,
      timeline: { gold: 4, found: 4, wronglyDated: 0, spurious: 0, told: 4 },
      verify: { passed: 4, total: 4 },
      goldProblems: 0,
    });
  });

  it('GIVEN the gold words shown from another document by the gold speaker THEN the quote is found', async () => {
    const answer = gold.quotes.find((q) => q.doc === 'pell-interview' && q.role === 'subject')!;
    const elsewhere = { ...answer, doc: 'pell-column' };
    const score = await scoreGold('sample', sample, { ...gold, quotes: [elsewhere] });
    expect(score.figures.quotes).toEqual({ passed: 1, total: 1 });
  });

  it('GIVEN every quote given to someone else THEN no quote is found', async () => {
    const other: Record<string, [string, GoldTable['quotes'][number]['role']]> = {
      'Dana Pell': ['Owen Marsh', 'quoted'],
      'Owen Marsh': ['Dana Pell', 'subject'],
      'Lena Ortiz': ['Dana Pell', 'subject'],
      'the author': ['Lena Ortiz', 'interviewer'],
      unnamed: ['unattributed', 'quoted'],
    };
    const quotes = gold.quotes.map((q) => {
      const [speaker, role] = other[q.speaker]!;
      return { ...q, speaker, role };
    });
    const score = await scoreGold('sample', sample, { ...gold, quotes });
    expect(score.figures.quotes).toEqual({ passed: 0, total: 9 });
  });

  it('GIVEN the subject’s own words said to be someone else’s THEN each is a trap that fires', async () => {
    const quotes = gold.quotes.map((q) =>
      q.speaker === 'Dana Pell' ? { ...q, speaker: 'Owen Marsh', role: 'quoted' as const } : q,
    );
    const score = await scoreGold('sample', sample, { ...gold, quotes });
    expect(score.figures.traps).toEqual({ passed: 6, total: 11 });
    expect(score.failures.traps.map((t) => t.trap.text)).toEqual(
      gold.quotes.filter((q) => q.speaker === 'Dana Pell').map((q) => q.text),
    );
  });

  it('GIVEN quotable lines listed as furniture THEN each is counted as quotable', async () => {
    const furniture = gold.quotes.map(({ doc, query, text }) => ({ doc, query, text }));
    const score = await scoreGold('sample', sample, { ...gold, quotes: [], furniture });
    expect(score.figures.furniture).toEqual({ passed: 0, total: 9 });
  });

  it('GIVEN every gold event a year later THEN none is found and each is wrongly dated', async () => {
    const later = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
    const events = gold.events.map((e) => ({ ...e, start: later(e.start) }));
    const score = await scoreGold('sample', sample, { ...gold, events });
    expect(score.figures.timeline).toEqual({
      gold: 4,
      found: 0,
      wronglyDated: 4,
      spurious: 0,
      told: 4,
    });
  });

  it('GIVEN every verdict changed THEN no verdict matches', async () => {
    const verify = gold.verify.map((v) => ({
      ...v,
      verdict: v.verdict === 'paraphrase' ? ('verbatim' as const) : ('paraphrase' as const),
    }));
    const score = await scoreGold('sample', sample, { ...gold, verify });
    expect(score.figures.verify).toEqual({ passed: 0, total: 4 });
  });
});

describe('gold tables that do not hold', () => {
  it('GIVEN entries that are not in their document or name no known speaker THEN each is named', () => {
    const [first] = gold.quotes;
    const wrong: GoldTable = {
      ...gold,
      subject: 'Dana Pel',
      quotes: [
        { ...first!, doc: 'no-such-page' },
        { ...first!, text: 'words nobody wrote' },
        { ...first!, speaker: 'Sam Reid' },
      ],
      events: [{ ...gold.events[0]!, precision: 'range' }],
    };
    expect(checkGold(sample, wrong)).toEqual([
      'subject: "Dana Pel" but corpus.yaml says "Dana Pell"',
      'quotes[0]: no document "no-such-page"',
      'quotes[1]: not verbatim in echo-library-closure: "words nobody wrote"',
      'quotes[2]: speaker "Sam Reid" is not a name of corpus.yaml',
      'events[0]: a range has an end, and only a range',
    ]);
  });

  it('GIVEN a gold file with a bad field THEN the problem names the file and the field', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-gold-'));
    await writeFile(
      path.join(dir, '_gold.yaml'),
      'subject: X\nevents:\n  - {doc: a, evidence: b, start: 2019-13-40x, precision: year}\n',
    );
    const read = await readGoldTable(dir);
    expect(read).toEqual({
      ok: false,
      problems: [
        `${path.join(dir, '_gold.yaml')}: events.0.start: must be YYYY, YYYY-MM or YYYY-MM-DD`,
      ],
    });
  });
});

describe('the seeds gold, converted from their fixtures', () => {
  it('GIVEN the seed corpus THEN every converted entry holds against it', async () => {
    const seeds = await loadCorpus('seeds', { logger: silentLogger() });
    const converted = seedsGold(seeds);
    expect(checkGold(seeds, converted)).toEqual([]);
    expect(converted.quotes.filter((q) => q.role !== 'subject').map((q) => q.speaker)).toEqual([
      'unnamed',
      'unnamed',
      'unnamed',
      'Nye Bevan',
      'Rachael Swindon',
    ]);
  });
});

describe('the figures table', () => {
  it('GIVEN a set of one corpus THEN one row per corpus, counts and shares', () => {
    const figures = {
      ...addFigures([]),
      documents: 3,
      quotes: { passed: 2, total: 3 },
      timeline: { gold: 4, found: 3, wronglyDated: 1, spurious: 2, told: 6 },
    };
    const text = formatFigures({
      set: 'dev',
      corpora: [{ name: 'sample', figures, failures: null as never }],
      totals: figures,
      unscored: ['draft'],
    });
    expect(text.split('\n')).toEqual([
      'dev: 1 corpus',
      'corpus  docs  quotes top 3  traps passed  furniture out  events found  wrongly dated  spurious  verify',
      'sample     3       2/3 67%             -              -       3/4 75%              1       2/6       -',
      '  not scored (no gold table): draft',
    ]);
  });
});
