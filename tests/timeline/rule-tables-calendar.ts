/**
 * Tables for the rules that read written dates: datelines, ranges, calendar dates, holidays,
 * decades and years. Real sentences from the seeds unless the row says "constructed".
 */
import { date, skip, type RuleCase } from './date-rule-helpers.js';

const URGE =
  'I would urge people to join us in the deliberations in Nottingham in October and come to the Resist Event at the Rialto Theatre in Brighton that will take place from 26 – 28 September.';
const FESTIVAL =
  'The Resist Movement for a People’s Party is organising a Festival of Resistance in Nottingham on October 16/17 to consider the way forward.';
const SHADOW =
  'He was Shadow Minister for Communities and Local Government from October 2010 to October 2013 under Ed Miliband, and the Shadow Minister for Fire and Emergency Services from 2017–2018, under Jeremy Corbyn.';
const FEBRUARY =
  'Williamson was first suspended in February, days after booking a room in Parliament to screen the documentary, WitchHunt.';
const ELECTED =
  'I was first elected to parliament in 2010, before losing in 2015 by 41 votes, then winning my seat back in 2017.';

export const CALENDAR_TABLES: Record<string, RuleCase[]> = {
  dateline: [
    {
      given: 'the update line of the EI article',
      then: 'it is a marker, not an event',
      sentence: 'Update, 12 November',
      ref: '2019-11-06',
      expect: [],
    },
    {
      given: 'a constructed dateline with a year',
      then: 'nothing is dated',
      sentence: 'Updated: 3 March 2020',
      ref: '2019-11-06',
      expect: [],
    },
    {
      given: 'a wire story opening with its dateline (constructed)',
      then: 'the dateline is a marker; the event is the weekday',
      sentence: 'LEEDS, 14 June (PA) – A councillor was cleared of misconduct on Tuesday.',
      ref: '2022-06-14',
      expect: [date('Tuesday', 'weekday', '2022-06-14', null, 'day', 'inferred')],
    },
  ],
  'day-range': [
    {
      given: 'the Brighton event "from 26 – 28 September" in a plan (Sep 2021 interview)',
      then: 'the days of Sep 2021, inferred, and October 2021 for the plan',
      sentence: URGE,
      ref: '2021-09~',
      expect: [
        date('October', 'calendar-date', '2021-10', null, 'month', 'inferred'),
        date('26 – 28 September', 'day-range', '2021-09-26', '2021-09-28', 'range', 'inferred'),
      ],
    },
    {
      given: '"October 16/17" while organising (a plan)',
      then: 'October 2021 although it lies after the document date',
      sentence: FESTIVAL,
      ref: '2021-09~',
      expect: [date('October 16/17', 'day-range', '2021-10-16', '2021-10-17', 'range', 'inferred')],
    },
    {
      given: 'the same days told as past (constructed: "held")',
      then: 'the future-month rule puts them in the year before',
      sentence: 'The Resist Movement held a Festival of Resistance in Nottingham on October 16/17.',
      ref: '2021-09~',
      expect: [date('October 16/17', 'day-range', '2020-10-16', '2020-10-17', 'range', 'inferred')],
    },
    {
      given: 'days across two months with a year (constructed)',
      then: 'a written range, not inferred',
      sentence: 'The conference ran from 30 September – 2 October 2019 in Brighton.',
      ref: '2021-09~',
      expect: [
        date('30 September – 2 October 2019', 'day-range', '2019-09-30', '2019-10-02', 'range'),
      ],
    },
  ],
  'month-range': [
    {
      given: 'his shadow ministries',
      then: 'Oct 2010 – Oct 2013 at month precision, and 2017–2018',
      sentence: SHADOW,
      ref: '2021-09~',
      expect: [
        date('October 2010 to October 2013', 'month-range', '2010-10', '2013-10', 'range'),
        date('2017–2018', 'year-range', '2017', '2018', 'range'),
      ],
    },
  ],
  'year-range': [
    {
      given: 'two terms in one sentence',
      then: 'two ranges',
      sentence:
        'Chris Williamson was the Member of Parliament for Derby North from 2010 until 2015, and from 2017 to 2019.',
      ref: '2021-09~',
      expect: [
        date('2010 until 2015', 'year-range', '2010', '2015', 'range'),
        date('2017 to 2019', 'year-range', '2017', '2019', 'range'),
      ],
    },
    {
      given: 'his council years',
      then: '1991–2011',
      sentence:
        'Prior to his time as an MP Chris was previously a local councillor in Derby, representing the Normanton ward from 1991 until 2011, serving twice as leader of Derby City Council.',
      ref: '2021-09~',
      expect: [date('1991 until 2011', 'year-range', '1991', '2011', 'range')],
    },
    {
      given: '"between 2010 and 2015" with a short end "2017-18" (constructed)',
      then: 'both read as ranges',
      sentence: 'He sat between 2010 and 2015 and was a shadow minister in 2017-18.',
      ref: '2021-09~',
      expect: [
        date('between 2010 and 2015', 'year-range', '2010', '2015', 'range'),
        date('2017-18', 'year-range', '2017', '2018', 'range'),
      ],
    },
  ],
  holiday: [
    {
      given: '"This Boxing Day" in an undated post of a page collected c. Feb 2019',
      then: 'the Boxing Day before the page date, approximate',
      sentence:
        'This Boxing Day, the bloodsports brigade continue indulging in their perverted fox-hunting pastime, flouting the existing law.',
      ref: 'posts 2019-02~',
      expect: [
        date('This Boxing Day', 'holiday', '2018-12-26', null, 'day', 'inferred approximate'),
      ],
    },
    {
      given: '"will wake up on Christmas Day" in an undated post',
      then: 'never after the page date, though the sentence looks forward',
      sentence: 'Tory policy means 120,000 kids will wake up on Christmas Day without a home.',
      ref: 'posts 2019-02~',
      expect: [date('Christmas Day', 'holiday', '2018-12-25', null, 'day', 'inferred approximate')],
    },
    {
      given: 'the same sentence in a document dated 20 Dec 2018',
      then: 'the coming Christmas, not approximate',
      sentence: 'Tory policy means 120,000 kids will wake up on Christmas Day without a home.',
      ref: '2018-12-20',
      expect: [date('Christmas Day', 'holiday', '2018-12-25', null, 'day', 'inferred')],
    },
    {
      given: 'the greeting "Merry Christmas"',
      then: 'not a date',
      sentence: 'Merry Christmas and good will to ALL.',
      ref: 'posts 2019-02~',
      expect: [],
    },
  ],
  'calendar-date': [
    {
      given: '"in February" in a November 2019 article',
      then: 'February 2019 at month precision, inferred',
      sentence: FEBRUARY,
      ref: '2019-11-06',
      expect: [date('February', 'calendar-date', '2019-02', null, 'month', 'inferred')],
    },
    {
      given: 'the same sentence dated 20 Jan 2019',
      then: 'February would lie in the future: the year before',
      sentence: FEBRUARY,
      ref: '2019-01-20',
      expect: [date('February', 'calendar-date', '2018-02', null, 'month', 'inferred')],
    },
    {
      given: '"in September, only the week before his court hearing"',
      then: 'September only: "the week before" is relative to the hearing',
      sentence:
        'However, Labour suspended him yet again on similar trumped-up charges in September, only the week before his court hearing.',
      ref: '2019-11-06',
      expect: [date('September', 'calendar-date', '2019-09', null, 'month', 'inferred')],
    },
    {
      given: '"In July … at the end of 2017"',
      then: 'July 2019 and the year 2017, no more precise than written',
      sentence:
        'In July, membership dipped below half a million, down from a peak of 564,000 at the end of 2017.',
      ref: '2019-11-06',
      expect: [
        date('July', 'calendar-date', '2019-07', null, 'month', 'inferred'),
        date('2017', 'year', '2017', null, 'year'),
      ],
    },
    {
      given: 'a full date and a British numeric date (constructed)',
      then: 'written dates, day/month order',
      sentence:
        'He stood in the 12 December 2019 general election; the letter was dated 12/11/2019.',
      ref: '2021-09~',
      expect: [
        date('12 December 2019', 'calendar-date', '2019-12-12', null, 'day'),
        date('12/11/2019', 'calendar-date', '2019-11-12', null, 'day'),
      ],
    },
    {
      given: 'an ISO date (constructed)',
      then: 'the day, not a range of years "2010-11"',
      sentence: 'The minutes are dated 2010-11-06 and signed by the chair.',
      ref: '2021-09~',
      expect: [date('2010-11-06', 'calendar-date', '2010-11-06', null, 'day')],
    },
    {
      given: '"Morning Star"',
      then: 'not a time of day',
      sentence: 'In the Morning Star, he wrote explaining his decision to run.',
      ref: '2019-11-12',
      expect: [],
    },
    {
      given: '"a second referendum"',
      then: 'not a second',
      sentence: 'What is more calls for a second referendum are misplaced.',
      ref: 'posts 2019-02~',
      expect: [],
    },
    {
      given: '"may" the modal',
      then: 'not May',
      sentence:
        'Keir may never win the keys to Number 10, But in the present climate who would want the job?',
      ref: '2019-11-06',
      expect: [],
    },
    {
      given: '"march" the verb and "May" the name (constructed)',
      then: 'no months',
      sentence: 'We will march on Downing Street, and Theresa May will hear us.',
      ref: '2019-11-06',
      expect: [],
    },
    {
      given: '"March" as a verb after "and" (constructed)',
      then: 'not a month',
      sentence: 'Join the picket and March on Parliament with us.',
      ref: '2019-11-06',
      expect: [],
    },
    {
      given: 'a list of months "in June and July" (constructed)',
      then: 'both months',
      sentence: 'He was suspended in June and July.',
      ref: '2019-11-06',
      expect: [
        date('June', 'calendar-date', '2019-06', null, 'month', 'inferred'),
        date('July', 'calendar-date', '2019-07', null, 'month', 'inferred'),
      ],
    },
    {
      given: 'no document date',
      then: 'the month is skipped, not guessed',
      sentence: FEBRUARY,
      ref: null,
      expect: [skip('February', 'calendar-date', 'no-reference')],
    },
  ],
  decade: [
    {
      given: 'a decade (constructed)',
      then: 'its ten years',
      sentence: 'Inequality rocketed in the 1980s.',
      ref: '2021-09~',
      expect: [date('the 1980s', 'decade', '1980', '1989', 'range')],
    },
  ],
  year: [
    {
      given: 'three years in one sentence, and "41 votes"',
      then: 'three events, no count',
      sentence: ELECTED,
      ref: '2021-09~',
      expect: [
        date('2010', 'year', '2010', null, 'year'),
        date('2015', 'year', '2015', null, 'year'),
        date('2017', 'year', '2017', null, 'year'),
      ],
    },
    {
      given: '"2017’s general election"',
      then: '2017',
      sentence:
        'The parliamentary constituency of Derby North is a marginal seat, with only about 2,000 votes separating Williamson and the Conservative candidate in 2017’s general election.',
      ref: '2019-11-06',
      expect: [date('2017', 'year', '2017', null, 'year')],
    },
    {
      given: '"since 1945" as a yardstick',
      then: 'not an event',
      sentence:
        "His disdain for grassroots members was palpable as was his contempt for Labour's progressive policy programme that secured the party's biggest increase in vote share since 1945.",
      ref: 'posts 2019-02~',
      expect: [],
    },
    {
      given: 'a profile’s counts (constructed)',
      then: 'not years',
      sentence: '1998 Following 2017 Followers',
      ref: '2021-09~',
      expect: [],
    },
    {
      given: 'an amount',
      then: 'not a year',
      sentence:
        'The Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela.',
      ref: 'posts 2019-02~',
      expect: [],
    },
    {
      given: 'a book title',
      then: 'not a date',
      sentence: 'The title of the book will be ’10 Years Hard Labour’.',
      ref: '2021-09~',
      expect: [],
    },
  ],
};
