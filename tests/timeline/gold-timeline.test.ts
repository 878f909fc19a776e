import { beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { loadCorpus } from '../../src/core/library/load-corpus.js';
import type { Corpus } from '../../src/core/library/corpus.js';
import { extractMentions } from '../../src/core/timeline/extract-events.js';
import { GOLD_TIMELINE } from '../fixtures/gold-timeline.js';
import { scoreTimeline, summaryLine } from './score-timeline.js';

/** Pinned at what the extractor measures today (44 of 44 each way); never lower them to pass. */
const RECALL_FLOOR = 1;
const PRECISION_FLOOR = 1;

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus('seeds', { logger: pino({ level: 'silent' }) });
});

describe('gold timeline of the seeds', () => {
  it('GIVEN the gold fixture THEN it has at least 25 events, each sentence verbatim in its document', () => {
    expect(GOLD_TIMELINE.length).toBeGreaterThanOrEqual(25);
    const notVerbatim = GOLD_TIMELINE.filter(
      (g) => !corpus.documents.get(g.document)?.document.body.includes(g.evidence),
    );
    expect(notVerbatim).toEqual([]);
  });

  it('GIVEN the gold fixture THEN it runs from the council years (1991) to the 2021 events', () => {
    const starts = GOLD_TIMELINE.map((g) => g.start).sort();
    expect(GOLD_TIMELINE.some((g) => g.start === '1991' && g.end === '2011')).toBe(true);
    expect(starts[starts.length - 1]?.slice(0, 4)).toBe('2021');
  });

  it('GIVEN the seed corpus WHEN its dates are extracted THEN recall and precision against the gold meet the floors', () => {
    const score = scoreTimeline(GOLD_TIMELINE, extractMentions(corpus.documents.values()).events);
    console.log(summaryLine(score));
    for (const g of score.missed)
      console.log(
        `  missed: ${g.start}${g.end ? `..${g.end}` : ''} ${g.document}: ${g.evidence.slice(0, 80)}`,
      );
    for (const e of score.spurious)
      console.log(`  not in gold: ${e.start}${e.end ? `..${e.end}` : ''} ${e.quoteId}: ${e.label}`);
    expect(score.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(score.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(score.flagsAgree).toBe(score.matched);
  });
});
