/**
 * One corpus scored against its gold table through the commands users run: quotes, traps and
 * furniture (score-quotes.ts), the timeline (score-events.ts) and /verify verdicts. The corpus is
 * loaded by the project's own loader, as the bot loads it.
 */
import path from 'node:path';
import { loadCorpus, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { askerFor } from './ask-commands.js';
import { checkGold, readGoldTable, type GoldTable, type GoldVerdict } from './gold-table.js';
import { occurrences } from './match.js';
import {
  scoreTimeline,
  toldDatesOf,
  type TimelineFailures,
  type TimelineFigures,
} from './score-events.js';
import { scoreQuotes, type QuoteFailures, type QuoteFigures, type Tally } from './score-quotes.js';

export type { Tally } from './score-quotes.js';

export interface Figures extends QuoteFigures {
  documents: number;
  timeline: TimelineFigures;
  /** /verify verdicts equal to the gold's. */
  verify: Tally;
  /** Entries of the gold table that do not hold against the corpus: must be none. */
  goldProblems: number;
}

export interface Failures extends QuoteFailures {
  timeline: TimelineFailures;
  verify: { gold: GoldVerdict; got: string }[];
  goldProblems: string[];
}

export interface CorpusScore {
  /** The corpus folder's name. */
  name: string;
  figures: Figures;
  failures: Failures;
}

/** Loads the corpus in `dir` and scores it against its `_gold.yaml` (or the gold `goldOf` makes). */
export async function scoreCorpus(
  dir: string,
  goldOf?: (corpus: Corpus) => GoldTable,
): Promise<CorpusScore> {
  const name = path.basename(path.resolve(dir));
  const corpus = await loadCorpus(dir, { logger: silentLogger() });
  if (goldOf) return scoreGold(name, corpus, goldOf(corpus));
  const read = await readGoldTable(dir);
  if (!read.ok) {
    const failures = { ...noFailures(), goldProblems: read.problems };
    const figures = { ...noFigures(), documents: corpus.documents.size };
    return { name, figures: { ...figures, goldProblems: read.problems.length }, failures };
  }
  return scoreGold(name, corpus, read.gold);
}

/** Scores a loaded corpus against a gold table. */
export async function scoreGold(
  name: string,
  corpus: Corpus,
  gold: GoldTable,
): Promise<CorpusScore> {
  const ask = askerFor(corpus);
  const goldProblems = checkGold(corpus, gold);
  const quotes = await scoreQuotes(corpus, gold, ask);

  const bodyOf = (doc: string) => corpus.documents.get(doc)?.document.body ?? '';
  const told = toldDatesOf(corpus, await ask.timeline());
  const timeline = scoreTimeline(gold.events, told, (g) => occurrences(bodyOf(g.doc), g.evidence));

  const verify: Failures['verify'] = [];
  for (const g of gold.verify) {
    const got = await ask.verify(
      g.speaker ? { text: g.text, speaker: g.speaker } : { text: g.text },
    );
    if (got !== g.verdict) verify.push({ gold: g, got });
  }

  return {
    name,
    figures: {
      documents: corpus.documents.size,
      ...quotes.figures,
      timeline: timeline.figures,
      verify: { passed: gold.verify.length - verify.length, total: gold.verify.length },
      goldProblems: goldProblems.length,
    },
    failures: { ...quotes.failures, timeline: timeline.failures, verify, goldProblems },
  };
}

/** The sum of several corpora's figures. */
export function addFigures(all: readonly Figures[]): Figures {
  const sum = (pick: (f: Figures) => number) => all.reduce((n, f) => n + pick(f), 0);
  const tally = (pick: (f: Figures) => Tally): Tally => ({
    passed: sum((f) => pick(f).passed),
    total: sum((f) => pick(f).total),
  });
  return {
    documents: sum((f) => f.documents),
    quotes: tally((f) => f.quotes),
    traps: tally((f) => f.traps),
    furniture: tally((f) => f.furniture),
    notVerbatim: sum((f) => f.notVerbatim),
    timeline: {
      gold: sum((f) => f.timeline.gold),
      found: sum((f) => f.timeline.found),
      wronglyDated: sum((f) => f.timeline.wronglyDated),
      spurious: sum((f) => f.timeline.spurious),
      told: sum((f) => f.timeline.told),
    },
    verify: tally((f) => f.verify),
    goldProblems: sum((f) => f.goldProblems),
  };
}

/** Passed / total, or 1 when there is nothing to pass. */
export function rate(t: Tally): number {
  return t.total === 0 ? 1 : t.passed / t.total;
}

function noFigures(): Figures {
  return addFigures([]);
}

function noFailures(): Failures {
  return {
    quotes: [],
    traps: [],
    furniture: [],
    notVerbatim: [],
    timeline: { missed: [], wronglyDated: [], spurious: [] },
    verify: [],
    goldProblems: [],
  };
}
