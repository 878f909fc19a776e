import { beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { loadCorpus } from '../../src/core/library/load-corpus.js';
import { analyseDocument } from '../../src/core/corpus/analyse-document.js';
import { createSpeakerDirectory } from '../../src/core/corpus/speakers.js';
import type { Corpus } from '../../src/core/library/corpus.js';
import type { Document } from '../../src/core/types.js';
import {
  byDate,
  extractTimeline,
  extractTimelineInSlices,
} from '../../src/core/timeline/extract-events.js';
import { referencesOf } from '../../src/core/timeline/date-references.js';
import type { Timeline } from '../../src/core/timeline/types.js';
import { Scheduler } from '../../src/core/schedule/index.js';

let corpus: Corpus;
let timeline: Timeline;
beforeAll(async () => {
  corpus = await loadCorpus('seeds', { logger: pino({ level: 'silent' }) });
  timeline = extractTimeline(corpus.documents.values());
});

const where = (documentId: string, start: string, end: string | null = null) =>
  timeline.events.filter(
    (e) => e.start === start && e.end === end && e.sources.some((s) => s.id === documentId),
  );

describe('extractTimeline on the seed corpus', () => {
  it('GIVEN every event THEN each telling’s evidence is its sentence, verbatim, in a quotable passage of its document', () => {
    const wrong = timeline.events.flatMap((e) =>
      e.mentions.filter((m) => {
        const body = corpus.documents.get(m.documentId)?.document.body ?? '';
        const passage = corpus.passages.get(m.quoteId);
        return (
          body.slice(m.sentenceStart, m.sentenceEnd) !== m.evidence ||
          !passage ||
          passage.role === 'commenter' ||
          !passage.sentences.some((s) => s.start === m.sentenceStart && s.end === m.sentenceEnd)
        );
      }),
    );
    expect(wrong).toEqual([]);
    expect(
      timeline.events.every(
        (e) => e.evidence === e.mentions[0]?.evidence && e.quoteId === e.mentions[0]?.quoteId,
      ),
    ).toBe(true);
  });

  it('GIVEN reader comments and page furniture with dates THEN none of them is on the timeline', () => {
    const texts = timeline.events.flatMap((e) => e.mentions.map((m) => m.evidence));
    expect(texts.filter((t) => /OR Books|Photo by|yesterday|30 years ago|17 Days/.test(t))).toEqual(
      [],
    );
  });

  it('GIVEN the seeds THEN the timeline runs from the council years through the 2019 suspensions, resignation and election to 2021, oldest first', () => {
    expect(where('hard-labour-interview', '1991', '2011')).toHaveLength(1);
    expect(where('ei-independent-run', '2019-02')).toHaveLength(1);
    expect(where('ei-independent-run', '2019-06')).toHaveLength(1);
    expect(where('ei-independent-run', '2019-09')).toHaveLength(1);
    expect(where('ei-independent-run', '2019-12-12')).toHaveLength(1);
    expect(where('hard-labour-interview', '2021-10-16', '2021-10-17')).toHaveLength(1);
    const sorted = [...timeline.events].sort(byDate);
    expect(timeline.events.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
  });

  it('GIVEN the resignation told by the interview ("in 2019") and the EI article ("on Wednesday quit") THEN two entries, each under the date its own sentence gives', () => {
    const quit = timeline.events.find((e) => e.label.includes('on Wednesday quit the party'));
    expect(quit?.sources.map((s) => s.id)).toEqual(['ei-independent-run']);
    expect(quit?.start).toBe('2019-11-06');
    const resigned = timeline.events.find((e) => e.label.includes('resignation from the Labour'));
    expect([resigned?.start, resigned?.sources.map((s) => s.id)]).toEqual([
      '2019',
      ['hard-labour-interview'],
    ]);
  });

  it('GIVEN day-level expressions in undated posts, an interview known to the month and an op-ed known only roughly THEN they are listed as skipped, with the reason', () => {
    expect(timeline.skipped.map((s) => [s.documentId, s.text, s.reason])).toEqual([
      ['facebook-page', 'today', 'undated-post'],
      ['facebook-page', 'today', 'undated-post'],
      ['facebook-page', 'Wednesday next week', 'undated-post'],
      ['facebook-page', 'today', 'undated-post'],
      ['facebook-page', 'last week', 'undated-post'],
      ['hard-labour-interview', 'Earlier today', 'reference-not-to-the-day'],
      ['morning-star-oped', 'just', 'reference-not-to-the-day'],
    ]);
  });
});

describe('referencesOf', () => {
  it('GIVEN the EI article THEN sentences before "Update, 12 November" resolve against 6 Nov and those after it against 12 Nov', () => {
    const analysed = corpus.documents.get('ei-independent-run')!;
    const body = analysed.document.body;
    const at = referencesOf(analysed);
    expect(at(body.indexOf('Williamson was first suspended'))?.date).toEqual({
      value: '2019-11-06',
      precision: 'day',
      approximate: false,
    });
    expect(at(body.indexOf('In the Morning Star this past weekend'))?.date).toEqual({
      value: '2019-11-12',
      precision: 'day',
      approximate: false,
    });
  });

  it('GIVEN the Facebook page (c. Feb 2019) THEN it is a page of undated posts', () => {
    expect(referencesOf(corpus.documents.get('facebook-page')!)(0)).toEqual({
      date: { value: '2019-02', precision: 'month', approximate: true },
      undatedPosts: true,
    });
  });

  it('GIVEN a document without a date THEN relative and year-less dates are skipped, written years kept', () => {
    const doc: Document = {
      id: 'undated',
      file: 'undated.md',
      title: 'Undated',
      publisher: null,
      author: null,
      url: null,
      published: null,
      updated: null,
      kind: 'article',
      hints: {},
      body: 'Williamson was first suspended in February, days after booking a room in Parliament. He was first elected in 2010.',
    };
    const analysed = analyseDocument(
      doc,
      createSpeakerDirectory({ subject: 'Chris Williamson', speakers: {} }),
    );
    const result = extractTimeline([analysed]);
    expect(result.events.map((e) => [e.start, e.precision, e.label])).toEqual([
      ['2010', 'year', 'He was first elected in 2010'],
    ]);
    expect(result.skipped.map((s) => [s.text, s.reason])).toEqual([['February', 'no-reference']]);
  });

  it('GIVEN the seeds read in slices THEN the same timeline as read at once', async () => {
    expect(await extractTimelineInSlices(corpus.documents.values(), new Scheduler(1))).toEqual(
      timeline,
    );
  });

  it('GIVEN a document whose dates cannot be read WHEN read in slices with an error handler THEN it is reported and the others keep their events; without a handler the error is thrown', async () => {
    const good = [...corpus.documents.values()][0]!;
    const broken = {
      ...good,
      document: { ...good.document, id: 'broken' },
      passages: [{ ...good.passages[0]!, sentences: null as never }],
    };
    const failed: string[] = [];
    const result = await extractTimelineInSlices([broken, good], new Scheduler(), (a) =>
      failed.push(a.document.id),
    );
    expect(failed).toEqual(['broken']);
    expect(result).toEqual(extractTimeline([good]));
    expect(result.events.length).toBeGreaterThan(0);
    expect(() => extractTimeline([broken, good])).toThrow();
  });
});
