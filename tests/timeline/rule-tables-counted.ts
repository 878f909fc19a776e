/**
 * Tables for the rules that place a date by a year phrase or an earlier date rather than the
 * document's date alone: months with a year phrase ("June last year", "October of that year"),
 * anniversaries ("A year ago today"), counts from the date told before ("three years later"),
 * and a few relative expressions ("last night", "has just"). Every sentence here is constructed.
 */
import { date, skip, type RuleCase } from './date-rule-helpers.js';

export const COUNTED_TABLES: Record<string, RuleCase[]> = {
  'month-of-year': [
    {
      given: '"In June last year" written in February 2024',
      then: 'June 2023, not June 2024 and "last year" apart',
      sentence: 'In June last year the depot flooded twice.',
      ref: '2024-02-10',
      expect: [date('June last year', 'month-of-year', '2023-06', null, 'month', 'inferred')],
    },
    {
      given: '"next May" written in August 2024',
      then: 'May 2025',
      sentence: 'The new timetable starts next May.',
      ref: '2024-08-10',
      expect: [date('next May', 'month-of-year', '2025-05', null, 'month', 'inferred')],
    },
    {
      given: '"last September" written in February 2024',
      then: 'September 2023',
      sentence: 'The roof was patched last September.',
      ref: '2024-02-10',
      expect: [date('last September', 'month-of-year', '2023-09', null, 'month', 'inferred')],
    },
    {
      given: '"In October of that year" after a sentence naming 1987, in an article of 2024',
      then: 'October 1987, the year told before, not 2024',
      told: 'The mill closed in 1987.',
      sentence: 'In October of that year the last looms were sold for scrap.',
      ref: '2024-02-10',
      expect: [date('October of that year', 'month-of-year', '1987-10', null, 'month', 'inferred')],
    },
    {
      given: '"the following May" after "elected in November 2016"',
      then: 'May 2017',
      told: 'She was elected in November 2016.',
      sentence: 'She stood down the following May.',
      ref: '2024-02-10',
      expect: [date('the following May', 'month-of-year', '2017-05', null, 'month', 'inferred')],
    },
    {
      given: '"in March of that year" with no year told before',
      then: 'skipped, never given the document’s year',
      sentence: 'In March of that year the depot shut.',
      ref: '2024-02-10',
      expect: [skip('March of that year', 'month-of-year', 'no-earlier-date')],
    },
  ],
  anniversary: [
    {
      given: '"Twenty years today since the pit closed" written on 5 Mar 2024',
      then: '5 Mar 2004',
      sentence: 'Twenty years today since the pit closed.',
      ref: '2024-03-05',
      expect: [date('Twenty years today', 'anniversary', '2004-03-05', null, 'day', 'inferred')],
    },
    {
      given: '"A year ago today" written on 30 Nov 2023',
      then: '30 Nov 2022',
      sentence: 'A year ago today we opened the food bank.',
      ref: '2023-11-30',
      expect: [date('A year ago today', 'anniversary', '2022-11-30', null, 'day', 'inferred')],
    },
    {
      given: 'the same in a document known only to the month',
      then: 'skipped',
      sentence: 'A year ago today we opened the food bank.',
      ref: '2023-11',
      expect: [skip('A year ago today', 'anniversary', 'reference-not-to-the-day')],
    },
  ],
  'counted-from': [
    {
      given: '"three years later" after "in 2003" in the same sentence',
      then: '2006',
      sentence: 'He joined the council in 2003 and three years later became its leader.',
      ref: '2024-02-10',
      expect: [
        date('2003', 'year', '2003', null, 'year'),
        date('three years later', 'counted-from', '2006', null, 'year', 'inferred'),
      ],
    },
    {
      given: '"nine days later" after a sentence naming 4 May 1926',
      then: '13 May 1926',
      told: 'The general strike began on 4 May 1926.',
      sentence: 'It was called off nine days later.',
      ref: '2024-02-10',
      expect: [date('nine days later', 'counted-from', '1926-05-13', null, 'day', 'inferred')],
    },
    {
      given: '"Later that year" after "founded in 1889"',
      then: '1889',
      told: 'The union was founded in 1889.',
      sentence: 'Later that year it won its first strike.',
      ref: '2024-02-10',
      expect: [date('Later that year', 'counted-from', '1889', null, 'year', 'inferred')],
    },
    {
      given: '"The following year" after "opened in 1932"',
      then: '1933',
      told: 'The bridge opened in 1932.',
      sentence: 'The following year it carried a million cars.',
      ref: '2024-02-10',
      expect: [date('The following year', 'counted-from', '1933', null, 'year', 'inferred')],
    },
    {
      given: '"the day before" at the end of a clause, after "on 12 May 2022"',
      then: '11 May 2022',
      told: 'The vote was held on 12 May 2022.',
      sentence: 'Two ministers had resigned the day before.',
      ref: '2024-02-10',
      expect: [date('the day before', 'counted-from', '2022-05-11', null, 'day', 'inferred')],
    },
    {
      given: '"the day before the vote" (counted from the vote, not from a date)',
      then: 'not a date',
      told: 'The vote was held on 12 May 2022.',
      sentence: 'Two ministers resigned the day before the vote.',
      ref: '2024-02-10',
      expect: [],
    },
    {
      given: '"A year earlier" after "in March 2009"',
      then: '2008',
      told: 'The plant shut in March 2009.',
      sentence: 'A year earlier it had employed 900 people.',
      ref: '2024-02-10',
      expect: [date('A year earlier', 'counted-from', '2008', null, 'year', 'inferred')],
    },
    {
      given: '"Two days later" with nothing told before',
      then: 'skipped, not counted from the document’s date',
      sentence: 'Two days later the roof collapsed.',
      ref: '2024-02-10',
      expect: [skip('Two days later', 'counted-from', 'no-earlier-date')],
    },
  ],
  'relative-day': [
    {
      given: '"last night" written on 28 Feb 2024',
      then: '27 Feb 2024',
      sentence: 'The council approved the budget last night.',
      ref: '2024-02-28',
      expect: [date('last night', 'relative-day', '2024-02-27', null, 'day', 'inferred')],
    },
    {
      given: '"tomorrow" written on 28 Feb 2024 (a leap year)',
      then: '29 Feb 2024',
      sentence: 'The inquiry reopens tomorrow.',
      ref: '2024-02-28',
      expect: [date('tomorrow', 'relative-day', '2024-02-29', null, 'day', 'inferred')],
    },
    {
      given: '"this morning" in a line with no verb, in a post of 15 Jan 2024',
      then: 'that day',
      sentence: 'Snow on the hills this morning.',
      ref: '2024-01-15',
      expect: [date('this morning', 'relative-day', '2024-01-15', null, 'day', 'inferred')],
    },
    {
      given: '"this Saturday" in a document with no date',
      then: 'skipped, never given a year',
      sentence: 'Come to the street party this Saturday.',
      ref: null,
      expect: [skip('this Saturday', 'weekday', 'no-reference')],
    },
  ],
  'perfect-now': [
    {
      given: '"has just appointed" written on 3 Jun 2024',
      then: 'that day',
      sentence: 'The trust has just appointed a new chief executive.',
      ref: '2024-06-03',
      expect: [date('just', 'perfect-now', '2024-06-03', null, 'day', 'inferred')],
    },
  ],
  'relative-week': [
    {
      given: '"the last week of the month" (any month)',
      then: 'not a date',
      sentence: 'Food banks are busiest in the last week of the month.',
      ref: '2024-02-10',
      expect: [],
    },
  ],
  'year-range': [
    {
      given: '"Between 1998 and 2004" opening a sentence',
      then: '1998–2004',
      sentence: 'Between 1998 and 2004 the branch doubled in size.',
      ref: '2024-02-10',
      expect: [date('Between 1998 and 2004', 'year-range', '1998', '2004', 'range')],
    },
  ],
};
