/**
 * Tables for dates written without a year, placed by the tense of their clause: forward from the
 * document's date in the future and in schedules ("opens on", "is due in", "begins in"), back in
 * the past, nearest it for a future seen from the past ("would end on") and a listing line with no
 * verb; a weekday written with the day picks the year in which that day is that weekday. Every
 * sentence here is constructed for its rule.
 */
import { date, type RuleCase } from './date-rule-helpers.js';

export const TENSE_TABLES: Record<string, RuleCase[]> = {
  'calendar-date': [
    {
      given: '"opens to readers on 9 November" (a schedule) in a release of 26 Sep 2024',
      then: '9 Nov 2024, forward',
      sentence: 'The new library wing opens to readers on 9 November.',
      ref: '2024-09-26',
      expect: [date('9 November', 'calendar-date', '2024-11-09', null, 'day', 'inferred')],
    },
    {
      given: '"is due in February" written in November 2023',
      then: 'February 2024',
      sentence: 'The inspectors’ report is due in February.',
      ref: '2023-11-02',
      expect: [date('February', 'calendar-date', '2024-02', null, 'month', 'inferred')],
    },
    {
      given: '"is out in May" in an interview of 5 Mar 2024',
      then: 'May 2024, not May 2023',
      sentence: 'Her memoir is out in May, and she is already writing the next one.',
      ref: '2024-03-05',
      expect: [date('May', 'calendar-date', '2024-05', null, 'month', 'inferred')],
    },
    {
      given: '"Construction begins in January" written in October 2022',
      then: 'January 2023',
      sentence: 'Construction begins in January, once the last tenants have moved out.',
      ref: '2022-10-05',
      expect: [date('January', 'calendar-date', '2023-01', null, 'month', 'inferred')],
    },
    {
      given: '"In August the trust announced it would close the ward" written in May 2025',
      then: 'August 2024: the announcement is past, though what it announced lies ahead',
      sentence: 'In August the trust announced it would close the ward.',
      ref: '2025-05-20',
      expect: [date('August', 'calendar-date', '2024-08', null, 'month', 'inferred')],
    },
    {
      given: '"would end on 2 June" (a future seen from the past) written on 12 May 2021',
      then: 'the 2 June nearest the document: 2 Jun 2021',
      sentence: 'The minister said the consultation would end on 2 June.',
      ref: '2021-05-12',
      expect: [date('2 June', 'calendar-date', '2021-06-02', null, 'day', 'inferred')],
    },
    {
      given: 'the same sentence written on 12 Jul 2021',
      then: 'still 2 Jun 2021, the nearer one',
      sentence: 'The minister said the consultation would end on 2 June.',
      ref: '2021-07-12',
      expect: [date('2 June', 'calendar-date', '2021-06-02', null, 'day', 'inferred')],
    },
    {
      given:
        'a listing line "Tuesday 4 March, 10am – Drop-in advice session" in a release of 20 Feb 2025',
      then: '4 Mar 2025, a Tuesday',
      sentence: 'Tuesday 4 March, 10am – Drop-in advice session at the town hall',
      ref: '2025-02-20',
      expect: [date('Tuesday 4 March', 'calendar-date', '2025-03-04', null, 'day', 'inferred')],
    },
    {
      given: '"took place on Saturday 14 June" written in January 2026',
      then: '14 Jun 2025, a Saturday',
      sentence: 'The festival took place on Saturday 14 June in the rain.',
      ref: '2026-01-10',
      expect: [date('Saturday 14 June', 'calendar-date', '2025-06-14', null, 'day', 'inferred')],
    },
    {
      given: '"is listed for Monday 3 March" written on 20 Mar 2025',
      then: '3 Mar 2025: the weekday picks the year (3 Mar 2026 is a Tuesday)',
      sentence: 'The appeal is listed for Monday 3 March at the Crown Court.',
      ref: '2025-03-20',
      expect: [date('Monday 3 March', 'calendar-date', '2025-03-03', null, 'day', 'inferred')],
    },
    {
      given: '"on Thursday the 2nd of May" written in April 2024',
      then: '2 May 2024, a Thursday',
      sentence: 'Polls open on Thursday the 2nd of May at seven.',
      ref: '2024-04-10',
      expect: [
        date('Thursday the 2nd of May', 'calendar-date', '2024-05-02', null, 'day', 'inferred'),
      ],
    },
    {
      given: '"closes on March 18" (month first) written on 1 Mar 2021',
      then: '18 Mar 2021, not March 2018',
      sentence: 'Voting closes on March 18.',
      ref: '2021-03-01',
      expect: [date('March 18', 'calendar-date', '2021-03-18', null, 'day', 'inferred')],
    },
    {
      given:
        '"in June 1911 … and by August had brought" (a sequence told in the past) in a 2023 post',
      then: 'August 1911, the year the sentence is telling, not August 2023',
      sentence:
        'The strike began in June 1911, spread to the railways, and by August had closed the port.',
      ref: '2023-11-14',
      expect: [
        date('June 1911', 'calendar-date', '1911-06', null, 'month'),
        date('August', 'calendar-date', '1911-08', null, 'month', 'inferred'),
      ],
    },
    {
      given: '"in November 2022 … and in March" (an earlier month follows)',
      then: 'March 2023, the next one after November 2022',
      sentence: 'She won the case in November 2022 and in March was elected chair.',
      ref: '2024-06-01',
      expect: [
        date('November 2022', 'calendar-date', '2022-11', null, 'month'),
        date('March', 'calendar-date', '2023-03', null, 'month', 'inferred'),
      ],
    },
    {
      given: '"elected in 2017 … suspended in February" (only a year before)',
      then: 'February of the document’s year: a year alone starts no sequence',
      sentence: 'Williamson, who was first elected in 2017, was suspended in February.',
      ref: '2019-11-06',
      expect: [
        date('2017', 'year', '2017', null, 'year'),
        date('February', 'calendar-date', '2019-02', null, 'month', 'inferred'),
      ],
    },
    {
      given: '"In May, 2,300 tenants" (a number after the month)',
      then: 'May, not 2 May',
      sentence: 'In May, 2,300 tenants signed the petition.',
      ref: '2022-09-01',
      expect: [date('May', 'calendar-date', '2022-05', null, 'month', 'inferred')],
    },
  ],
  'day-range': [
    {
      given: '"takes place on 14–16 October" in a release of 27 Sep 2023',
      then: '14–16 Oct 2023, not the October before',
      sentence: 'The beer festival takes place on 14–16 October at the Corn Hall.',
      ref: '2023-09-27',
      expect: [date('14–16 October', 'day-range', '2023-10-14', '2023-10-16', 'range', 'inferred')],
    },
    {
      given: '"runs from 12 to 18 January" written in November 2023',
      then: '12–18 Jan 2024',
      sentence: 'The exhibition runs from 12 to 18 January in the old mill.',
      ref: '2023-11-30',
      expect: [
        date('12 to 18 January', 'day-range', '2024-01-12', '2024-01-18', 'range', 'inferred'),
      ],
    },
  ],
  'open-close': [
    {
      given: '"open on 1 May and close on 30 June" written in March 2024',
      then: 'one range, 1 May – 30 Jun 2024',
      sentence: 'Applications open on 1 May and close on 30 June.',
      ref: '2024-03-11',
      expect: [
        date(
          '1 May and close on 30 June',
          'open-close',
          '2024-05-01',
          '2024-06-30',
          'range',
          'inferred',
        ),
      ],
    },
    {
      given: '"opened on 4 September and closed on 16 October" written in January 2025',
      then: 'the range before: 4 Sep – 16 Oct 2024',
      sentence: 'The consultation opened on 4 September and closed on 16 October.',
      ref: '2025-01-15',
      expect: [
        date(
          '4 September and closed on 16 October',
          'open-close',
          '2024-09-04',
          '2024-10-16',
          'range',
          'inferred',
        ),
      ],
    },
  ],
  weekday: [
    {
      given: '"We\'re meeting the landlord on Thursday" written on Monday 13 May 2024',
      then: 'the Thursday after: 16 May 2024',
      sentence: 'We’re meeting the landlord on Thursday.',
      ref: '2024-05-13',
      expect: [date('Thursday', 'weekday', '2024-05-16', null, 'day', 'inferred')],
    },
    {
      given: '"this Friday" with no past tense, written on Monday 13 May 2024',
      then: 'the coming Friday, 17 May 2024',
      sentence: 'Come to the open day this Friday.',
      ref: '2024-05-13',
      expect: [date('this Friday', 'weekday', '2024-05-17', null, 'day', 'inferred')],
    },
    {
      given: '"on Saturday, 2pm" (a weekday and a time) in an invitation',
      then: 'the coming Saturday',
      sentence: 'Join the picket on Saturday, 2pm, outside the depot.',
      ref: '2024-05-13',
      expect: [date('Saturday', 'weekday', '2024-05-18', null, 'day', 'inferred')],
    },
    {
      given: '"a wet Tuesday in November" (any such day)',
      then: 'no day; November is the month before',
      sentence: 'It was a wet Tuesday in November and nobody came.',
      ref: '2024-05-13',
      expect: [date('November', 'calendar-date', '2023-11', null, 'month', 'inferred')],
    },
    {
      given: '"Bloody Sunday" and "Sunday best" (names, not days)',
      then: 'not dates',
      sentence: 'They marched in their Sunday best to remember Bloody Sunday.',
      ref: '2024-05-13',
      expect: [],
    },
  ],
};
