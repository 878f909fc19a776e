import { describe, expect, it } from 'vitest';
import { keywordsOf, labelOf, shorten } from '../../src/core/timeline/event-label.js';

const ELECTED =
  'I was first elected to parliament in 2010, before losing in 2015 by 41 votes, then winning my seat back in 2017.';
const TERMS =
  'Chris Williamson was the Member of Parliament for Derby North from 2010 until 2015, and from 2017 to 2019.';
const JULY =
  'In July, membership dipped below half a million, down from a peak of 564,000 at the end of 2017.';
const URGE =
  'I would urge people to join us in the deliberations in Nottingham in October and come to the Resist Event at the Rialto Theatre in Brighton that will take place from 26 – 28 September.';

/** The date expression `text` of `sentence` and the sentence's other date expressions. */
function label(sentence: string, text: string, others: string[] = []): string {
  const span = (t: string) => ({ start: sentence.indexOf(t), end: sentence.indexOf(t) + t.length });
  return labelOf(sentence, { index: sentence.indexOf(text), text }, others.map(span));
}

describe('labelOf', () => {
  it.each([
    [
      'each date of a three-date sentence gets its own clause (2010)',
      ELECTED,
      '2010',
      [],
      'I was first elected to parliament in 2010',
    ],
    [
      'each date of a three-date sentence gets its own clause (2015)',
      ELECTED,
      '2015',
      [],
      'before losing in 2015 by 41 votes',
    ],
    [
      'each date of a three-date sentence gets its own clause (2017)',
      ELECTED,
      '2017',
      [],
      'winning my seat back in 2017',
    ],
    [
      'a clause with nothing but a date borrows the subject before it',
      TERMS,
      '2017 to 2019',
      ['2010 until 2015'],
      'Chris Williamson was the Member of Parliament for Derby North … from 2017 to 2019',
    ],
    [
      'a fronted "In July," takes the main clause',
      JULY,
      'July',
      ['2017'],
      'In July, membership dipped below half a million',
    ],
    [
      'a date in the last clause keeps to that clause',
      JULY,
      '2017',
      ['July'],
      'down from a peak of 564,000 at the end of 2017',
    ],
    [
      'a long clause with a late date shows its end',
      URGE,
      '26 – 28 September',
      ['October'],
      '…and come to the Resist Event at the Rialto Theatre in Brighton that will take place from 26 – 28 September',
    ],
    [
      'a long clause with an early date shows its start',
      URGE,
      'October',
      ['26 – 28 September'],
      'I would urge people to join us in the deliberations in Nottingham in October and come to the Resist Event at…',
    ],
  ])(
    'GIVEN %s THEN the label is drawn from the sentence',
    (_case, sentence, text, others, expected) => {
      expect(label(sentence, text, others)).toBe(expected);
    },
  );
});

describe('shorten', () => {
  it.each([
    [
      'a short text',
      'Williamson was first suspended in February',
      60,
      0,
      0,
      'Williamson was first suspended in February',
    ],
    [
      'a long text, date at the start',
      'one two three four five six seven eight nine ten',
      20,
      0,
      3,
      'one two three four…',
    ],
    [
      'a long text, date at the end',
      'one two three four five six seven eight nine ten',
      20,
      40,
      48,
      '…eight nine ten',
    ],
  ])(
    'GIVEN %s THEN it is cut at word boundaries keeping the date',
    (_case, text, max, keepStart, keepEnd, expected) => {
      expect(shorten(text, max, keepStart, keepEnd)).toBe(expected);
    },
  );
});

describe('keywordsOf', () => {
  it('GIVEN a label THEN its content words are stemmed, with stop words, dates and numbers left out', () => {
    expect([
      ...keywordsOf(
        'Following his resignation from the Labour Party in 2019, Chris initiated The Resistance Movement',
      ),
    ]).toEqual(['follow', 'resign', 'labour', 'parti', 'chri', 'initi', 'resist', 'movement']);
  });
});
