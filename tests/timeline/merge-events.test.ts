import { describe, expect, it } from 'vitest';
import { mergeEvents } from '../../src/core/timeline/merge-events.js';
import type { TimelineEvent } from '../../src/core/timeline/types.js';

const TITLES: Record<string, [string, string]> = {
  'hard-labour-interview': ['Rachael talks ‘hard labour’ with Chris Williamson', '2021-09~'],
  'ei-independent-run': ['Chris Williamson runs for Parliament as independent', '2019-11-06'],
  'grassroots-movement': [
    'Chris Williamson to Launch “New Grassroots Movement” Later This Year',
    '2020-01~',
  ],
};

/** One telling of an event in a seed document (label = the clause around its date). */
function told(
  documentId: string,
  quoteId: string,
  label: string,
  start: string,
  end: string | null = null,
): TimelineEvent {
  const [title, published] = TITLES[documentId]!;
  const precision =
    end !== null ? 'range' : start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
  return {
    id: `${quoteId}-0`,
    start,
    end,
    precision,
    inferred: false,
    approximate: false,
    label,
    evidence: `${label}.`,
    speaker: 'Chris Williamson',
    role: 'subject',
    quoteId,
    sources: [{ id: documentId, title, published }],
    mentions: [
      {
        documentId,
        quoteId,
        speaker: 'Chris Williamson',
        role: 'subject',
        evidence: `${label}.`,
        sentenceStart: 0,
        sentenceEnd: label.length + 1,
        expression: start,
        rule: 'year',
      },
    ],
  };
}

const RESIGNED = told(
  'hard-labour-interview',
  'qb29c62f6',
  'Following his resignation from the Labour Party in 2019, Chris initiated The Resistance Movement',
  '2019',
);
const QUIT = told(
  'ei-independent-run',
  'q3s51wdps',
  'A high-profile target of Labour’s “anti-Semitism crisis” witch hunt on Wednesday quit the party',
  '2019-11-06',
);
const QUIT_AGAIN = told(
  'hard-labour-interview',
  'qa1b2c3d4',
  'On 6 November 2019 Chris quit the Labour Party to stand as an independent',
  '2019-11-06',
);
const HEADLINE = told(
  'grassroots-movement',
  'qa7w94w7v',
  'Chris Williamson to Launch “New Grassroots Movement” Later This Year',
  '2020',
);
const FIRST = told(
  'grassroots-movement',
  'qaczgmvcn',
  'Chris Williamson is to launch a “new grassroots movement” later this year to facilitate the politics of resistance',
  '2020',
);
const LETTER_TO_HIM = told(
  'ei-independent-run',
  'qb8349802',
  'In a letter to Wiliamson on Wednesday, the party’s legal unit said he was “ineligible to represent the Labour…',
  '2019-11-06',
);
const LETTER_FROM_HIM = told(
  'ei-independent-run',
  'q55eadrfm',
  'In a letter to Labour’s general secretary Jennie Formby on Wednesday, Williamson responded by quitting the…',
  '2019-11-06',
);
const AIM = told(
  'grassroots-movement',
  'q015vrdjz',
  '…a new vehicle to [develop the politics of resistance] and we aim to launch something later this year',
  '2020',
);
const LOST = told(
  'hard-labour-interview',
  'qxd1xfz1j',
  'before losing in 2015 by 41 votes',
  '2015',
);
const CORBYN = told(
  'ei-independent-run',
  'qmc8b0j6v',
  'Although a surge of optimism when Jeremy Corbyn was first elected leader in 2015 led to a massive increase',
  '2015',
);
const TERM = told(
  'hard-labour-interview',
  'q15a15evp',
  'Chris Williamson was the Member of Parliament for Derby North from 2010 until 2015',
  '2010',
  '2015',
);
const SERVED = told(
  'grassroots-movement',
  'qfzvp9t4s',
  'who served as MP for Derby North from 2010 to 2019',
  '2010',
  '2019',
);

describe('mergeEvents', () => {
  it('GIVEN the resignation told as "in 2019" and as "on Wednesday quit the party" THEN two entries, each under the date its sentence gives', () => {
    expect(mergeEvents([RESIGNED, QUIT])).toEqual([RESIGNED, QUIT]);
  });

  it('GIVEN the same day told by two documents sharing two key words THEN one event listing both sources', () => {
    const told = { ...QUIT_AGAIN, sources: QUIT_AGAIN.sources, mentions: QUIT_AGAIN.mentions };
    expect(mergeEvents([QUIT, told])).toEqual([
      {
        ...QUIT,
        sources: [...QUIT.sources, ...QUIT_AGAIN.sources],
        mentions: [...QUIT.mentions, ...QUIT_AGAIN.mentions],
      },
    ]);
  });

  it('GIVEN a headline and the first sentence saying it again THEN one event of that document', () => {
    expect(mergeEvents([HEADLINE, FIRST])).toEqual([
      { ...HEADLINE, mentions: [...HEADLINE.mentions, ...FIRST.mentions] },
    ]);
  });

  it('GIVEN his own words and the narration of the same launch in one document THEN one event', () => {
    expect(mergeEvents([FIRST, AIM])).toEqual([
      { ...FIRST, mentions: [...FIRST.mentions, ...AIM.mentions] },
    ]);
  });

  it.each([
    [
      'one document, same day, two key words shared (two different letters)',
      [LETTER_TO_HIM, LETTER_FROM_HIM],
    ],
    [
      'two documents, same year, no shared key word (losing in 2015, Corbyn elected leader in 2015)',
      [LOST, CORBYN],
    ],
    ['ranges with different ends (2010–2015, 2010–2019)', [TERM, SERVED]],
    [
      'two documents, a year and a day in it, two key words shared (different events of 2019)',
      [RESIGNED, LETTER_TO_HIM],
    ],
  ])('GIVEN %s THEN the events stay apart', (_case, events) => {
    expect(mergeEvents(events)).toEqual(events);
  });
});
