/**
 * What each set must score at least (and, for counts of errors, at most). Set to the measured
 * value when a rule improves; never lowered to make a change pass. Shares are 0–1.
 */
import { rate, type Figures } from './score-corpus.js';
import type { UntunedSet } from './untuned-sets.js';

export interface SetFloors {
  /** Least share of gold quotes shown in the top 3 with the right speaker and role. */
  quotes: number;
  /** Least share of traps (others' words, furniture) never shown as the subject's words. */
  traps: number;
  /** Least share of furniture lines kept out of every quotable passage. */
  furniture: number;
  /** Least share of gold events told with their date. */
  timelineRecall: number;
  /** Least share of /verify verdicts equal to the gold's. */
  verify: number;
  /** Most gold events told only with a wrong date; null: not checked yet. */
  wronglyDated: number | null;
  /** Most tellings of no gold event; null: not checked yet. */
  spuriousEvents: number | null;
}

export const FLOORS: Readonly<Record<UntunedSet, SetFloors>> = {
  // measured 2026-12-04 (session 3): 39/40, 15/15, –, 44/44, 66/67
  seeds: {
    quotes: 0.975,
    traps: 1,
    furniture: 0,
    timelineRecall: 1,
    verify: 0.985,
    wronglyDated: 0,
    spuriousEvents: 0,
  },
  // 6 corpora, 58 documents: 633/695, 701/708, 312/334, 323/367, 121/132; 19 wrongly dated, 121 spurious.
  // (Recall went from 324 to 323 when LinkedIn-style comments were read as comments: a date a
  // commenter tells is no longer on the timeline, by design.)
  // The first 4 (38 documents, tuned on) alone: 369/390, 428/429, 208/213, 210/231, 107/116. The 2
  // added in session 4 (varaich, raghunathan) were scored before any rule was written on them.
  dev: {
    quotes: 0.91,
    traps: 0.99,
    furniture: 0.934,
    timelineRecall: 0.88,
    verify: 0.916,
    wronglyDated: 19,
    spuriousEvents: 121,
  },
  // 4 corpora, 28 documents, never tuned on: 329/426, 367/389, 144/175, 155/184, 51/58; 10 wrongly
  // dated, 71 spurious. The first 2 (12 documents; their totals were read in session 3): 130/143,
  // 147/153, 64/71, 73/79, 37/40. The 2 added in session 4 (kinsella, mkhabela): first scored after
  // every rule of the session was written.
  heldout: {
    quotes: 0.772,
    traps: 0.943,
    furniture: 0.822,
    timelineRecall: 0.842,
    verify: 0.879,
    wronglyDated: 10,
    spuriousEvents: 71,
  },
};

/** The floors a set's figures do not meet, one line each ("quotes 0.739 < 0.95"); none when met. */
export function unmetFloors(figures: Figures, floors: SetFloors): string[] {
  const unmet: string[] = [];
  const least = (metric: string, value: number, floor: number) => {
    if (value < floor) unmet.push(`${metric} ${value.toFixed(3)} < ${floor}`);
  };
  const most = (metric: string, value: number, ceiling: number | null) => {
    if (ceiling !== null && value > ceiling) unmet.push(`${metric} ${value} > ${ceiling}`);
  };
  least('quotes', rate(figures.quotes), floors.quotes);
  least('traps', rate(figures.traps), floors.traps);
  least('furniture', rate(figures.furniture), floors.furniture);
  least(
    'timelineRecall',
    rate({ passed: figures.timeline.found, total: figures.timeline.gold }),
    floors.timelineRecall,
  );
  least('verify', rate(figures.verify), floors.verify);
  most('wronglyDated', figures.timeline.wronglyDated, floors.wronglyDated);
  most('spuriousEvents', figures.timeline.spurious, floors.spuriousEvents);
  most('notVerbatim', figures.notVerbatim, 0);
  most('goldProblems', figures.goldProblems, 0);
  return unmet;
}
