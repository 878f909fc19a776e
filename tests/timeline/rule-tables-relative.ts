/**
 * Tables for the rules that resolve relative expressions against the document's date: weekdays,
 * weekends, weeks, days, "now", months, years, spans and counts back. Real sentences from the
 * seeds; some are run against another reference date to show how the rule resolves.
 */
import { date, skip, type RuleCase } from './date-rule-helpers.js';

const QUIT =
  'A high-profile target of Labour’s “anti-Semitism crisis” witch hunt on Wednesday quit the party, announcing an independent run for the UK’s Parliament.';
const READING_GROUP =
  'Derby Social Club have their first Tribune Magazine reading group on Wednesday next week.';
const NEC =
  'Labour’s ruling National Executive Committee decided earlier on Wednesday that Williamson, who was suspended pending investigation earlier this year, would not be allowed to stand as a Labour candidate in the 12 December general election.';
const WEEKEND = 'In the Morning Star this past weekend, he wrote explaining his decision to run.';
const ROUGH_SLEEPING =
  'Meanwhile rough sleeping has increased for seven consecutive years and, last week, a homeless man died a stones throw from parliament.';
const VISIT = "Excellent visit to the Crossroads Women's Centre in Camden today.";
const HEARTLANDS =
  'Writing for Labour Heartlands earlier this month, Chris made the case for abandoning Momentum.';

export const RELATIVE_TABLES: Record<string, RuleCase[]> = {
  weekday: [
    {
      given: '"on Wednesday" in an article of Wednesday 6 Nov 2019',
      then: 'that day, inferred',
      sentence: QUIT,
      ref: '2019-11-06',
      expect: [date('Wednesday', 'weekday', '2019-11-06', null, 'day', 'inferred')],
    },
    {
      given: 'the same sentence dated Friday 8 Nov 2019',
      then: 'the Wednesday before',
      sentence: QUIT,
      ref: '2019-11-08',
      expect: [date('Wednesday', 'weekday', '2019-11-06', null, 'day', 'inferred')],
    },
    {
      given: '"Wednesday next week" in an undated post',
      then: 'skipped: the post has no date',
      sentence: READING_GROUP,
      ref: 'posts 2019-02~',
      expect: [skip('Wednesday next week', 'weekday', 'undated-post')],
    },
    {
      given: '"Wednesday next week" written on Wednesday 20 Feb 2019',
      then: '27 Feb 2019',
      sentence: READING_GROUP,
      ref: '2019-02-20',
      expect: [date('Wednesday next week', 'weekday', '2019-02-27', null, 'day', 'inferred')],
    },
    {
      given: '"on Wednesday" in a document known only to the month',
      then: 'skipped, not guessed',
      sentence: QUIT,
      ref: '2021-09~',
      expect: [skip('Wednesday', 'weekday', 'reference-not-to-the-day')],
    },
    {
      given:
        '(constructed) "announced on Monday that she would step down next month" on Thursday 15 Mar 2012',
      then: 'the Monday before: the plan is in the next clause, the announcement is past',
      sentence: 'The council leader announced on Monday that she would step down next month.',
      ref: '2012-03-15',
      expect: [
        date('Monday', 'weekday', '2012-03-12', null, 'day', 'inferred'),
        date('next month', 'relative-month', '2012-04', null, 'month', 'inferred'),
      ],
    },
    {
      given: '(constructed) "will meet on Monday" on Thursday 15 Mar 2012',
      then: 'the Monday after: the clause is about plans',
      sentence: 'The committee will meet on Monday to choose a successor.',
      ref: '2012-03-15',
      expect: [date('Monday', 'weekday', '2012-03-19', null, 'day', 'inferred')],
    },
  ],
  weekend: [
    {
      given: '"this past weekend" in the update of Tuesday 12 Nov 2019',
      then: 'Sat 9 – Sun 10 Nov 2019',
      sentence: WEEKEND,
      ref: '2019-11-12',
      expect: [
        date('this past weekend', 'weekend', '2019-11-09', '2019-11-10', 'range', 'inferred'),
      ],
    },
    {
      given: 'the same words on Wednesday 6 Nov 2019',
      then: 'the weekend of 2–3 Nov',
      sentence: WEEKEND,
      ref: '2019-11-06',
      expect: [
        date('this past weekend', 'weekend', '2019-11-02', '2019-11-03', 'range', 'inferred'),
      ],
    },
  ],
  'relative-week': [
    {
      given: '"last week" in an undated post',
      then: 'skipped',
      sentence: ROUGH_SLEEPING,
      ref: 'posts 2019-02~',
      expect: [skip('last week', 'relative-week', 'undated-post')],
    },
    {
      given: '"last week" written on Thursday 20 Dec 2018',
      then: 'Monday 10 – Sunday 16 Dec 2018',
      sentence: ROUGH_SLEEPING,
      ref: '2018-12-20',
      expect: [date('last week', 'relative-week', '2018-12-10', '2018-12-16', 'range', 'inferred')],
    },
  ],
  'relative-day': [
    {
      given: '"today" in an undated post',
      then: 'skipped',
      sentence: VISIT,
      ref: 'posts 2019-02~',
      expect: [skip('today', 'relative-day', 'undated-post')],
    },
    {
      given: 'the same visit in a post dated 15 Jan 2019',
      then: 'that day',
      sentence: VISIT,
      ref: '2019-01-15',
      expect: [date('today', 'relative-day', '2019-01-15', null, 'day', 'inferred')],
    },
    {
      given: '"Earlier today" in an interview dated c. Sep 2021',
      then: 'skipped: the interview is not dated to the day',
      sentence:
        'Earlier today I was reading an old letter in support of you and your readmission to the Labour Party.',
      ref: '2021-09~',
      expect: [skip('Earlier today', 'relative-day', 'reference-not-to-the-day')],
    },
    {
      given: '"yesterday" in a reader comment of 6 Nov 2019',
      then: '5 Nov 2019',
      sentence:
        'I felt physically sick yesterday when I heard that the NEC had not endorsed Chris.',
      ref: '2019-11-06',
      expect: [date('yesterday', 'relative-day', '2019-11-05', null, 'day', 'inferred')],
    },
    {
      given: '"start today than…" (rhetoric)',
      then: 'not a date',
      sentence:
        'But as I keep saying, it’s better to start today than to leave it to another generation.',
      ref: '2021-09-20',
      expect: [],
    },
    {
      given: '"lacks today" (rhetoric)',
      then: 'not a date',
      sentence: 'This fearlessness is what the Labour Party lacks today.',
      ref: '2019-11-09',
      expect: [],
    },
  ],
  'perfect-now': [
    {
      given: '"has now officially registered" after the 12 Nov update',
      then: '12 Nov 2019',
      sentence: 'Williamson has now officially registered his independent campaign for Parliament.',
      ref: '2019-11-12',
      expect: [date('now', 'perfect-now', '2019-11-12', null, 'day', 'inferred')],
    },
    {
      given: '"would be prime minister now" (rhetoric)',
      then: 'not a date',
      sentence:
        'If they had taken a leaf out of Ken’s book and stood by their comrades, and stood up to our enemies, Jeremy would be prime minister now, I would still be a Labour MP and Ken Loach would be one of Labour’s greatest assets.',
      ref: '2021-09-20',
      expect: [],
    },
    {
      given: '"Now the govt wants…"',
      then: 'not a date',
      sentence: 'Now the govt wants to make the same mistake again.',
      ref: '2019-01-15',
      expect: [],
    },
  ],
  'relative-month': [
    {
      given: '"last month" on 6 Nov 2019',
      then: 'October 2019',
      sentence:
        'The national executive’s decision flies in the face of a judge’s ruling last month.',
      ref: '2019-11-06',
      expect: [date('last month', 'relative-month', '2019-10', null, 'month', 'inferred')],
    },
    {
      given: '"next month’s election" on 6 Nov 2019',
      then: 'December 2019',
      sentence:
        'Left-winger Chris Williamson, the current MP for Derby North in the Midlands, told The Electronic Intifada that he would stand in next month’s election as an independent socialist candidate.',
      ref: '2019-11-06',
      expect: [date('next month’s', 'relative-month', '2019-12', null, 'month', 'inferred')],
    },
    {
      given: '"earlier this month" in an article of c. Jan 2020',
      then: 'c. Jan 2020',
      sentence: HEARTLANDS,
      ref: '2020-01~',
      expect: [
        date(
          'earlier this month',
          'relative-month',
          '2020-01',
          null,
          'month',
          'inferred approximate',
        ),
      ],
    },
    {
      given: 'the same in a document dated only 2020',
      then: 'skipped: no month to count from',
      sentence: HEARTLANDS,
      ref: '2020',
      expect: [skip('earlier this month', 'relative-month', 'reference-not-to-the-month')],
    },
  ],
  'relative-year': [
    {
      given: 'three dates in the NEC sentence',
      then: 'Wednesday 6 Nov, 2019 ("earlier this year") and 12 Dec 2019 (an election ahead)',
      sentence: NEC,
      ref: '2019-11-06',
      expect: [
        date('Wednesday', 'weekday', '2019-11-06', null, 'day', 'inferred'),
        date('earlier this year', 'relative-year', '2019', null, 'year', 'inferred'),
        date('12 December', 'calendar-date', '2019-12-12', null, 'day', 'inferred'),
      ],
    },
    {
      given: '"just last year" in an interview of c. Sep 2021',
      then: 'c. 2020',
      sentence:
        'And just last year, the EHRC report into the vastly exaggerated Labour antisemitism crisis found that Mr Williamson had not contributed to ‘unlawful harassment related to Jewish ethnicity’ in the Labour Party – a complete vindication, and a firm two-fingered salute to the orchestrators of the witch hunt.',
      ref: '2021-09~',
      expect: [
        date('just last year', 'relative-year', '2020', null, 'year', 'inferred approximate'),
      ],
    },
    {
      given: '"by the end of the year"',
      then: 'c. 2021',
      sentence:
        'I hope to get it published by the end of the year, but that will depend on the publishers.',
      ref: '2021-09~',
      expect: [
        date(
          'by the end of the year',
          'relative-year',
          '2021',
          null,
          'year',
          'inferred approximate',
        ),
      ],
    },
    {
      given: 'the headline "… Later This Year"',
      then: 'c. 2020',
      sentence: 'Chris Williamson to Launch “New Grassroots Movement” Later This Year',
      ref: '2020-01~',
      expect: [
        date('Later This Year', 'relative-year', '2020', null, 'year', 'inferred approximate'),
      ],
    },
    {
      given: '"last year" with no document date',
      then: 'skipped',
      sentence:
        'In spite of resistance from the Parliamentary Labour Party, Jeremy told me last year to “keep going” with my campaign.',
      ref: null,
      expect: [skip('last year', 'relative-year', 'no-reference')],
    },
  ],
  'span-of-years': [
    {
      given: '"For the past two years" on 6 Nov 2019',
      then: '2017–2019',
      sentence:
        'For the past two years, Williamson has been one of the primary targets of Labour’s internal Israel lobby.',
      ref: '2019-11-06',
      expect: [date('the past two years', 'span-of-years', '2017', '2019', 'range', 'inferred')],
    },
    {
      given: '"the past four years" in the op-ed of c. 9 Nov 2019',
      then: 'c. 2015–2019',
      sentence:
        'Because those who seek to reverse the gains of the past four years under Jeremy’s leadership are working in overdrive now to plan the party’s future after that election.',
      ref: '2019-11-09~',
      expect: [
        date(
          'the past four years',
          'span-of-years',
          '2015',
          '2019',
          'range',
          'inferred approximate',
        ),
      ],
    },
    {
      given: '"seven consecutive years" (a duration)',
      then: 'not a date',
      sentence: 'Meanwhile rough sleeping has increased for seven consecutive years.',
      ref: '2019-01-15',
      expect: [],
    },
  ],
  'years-ago': [
    {
      given: '"35 years ago" in the op-ed of c. 9 Nov 2019',
      then: 'c. 1984',
      sentence:
        'That’s why I strongly support the creation of a Defence Diversification Agency, to protect and grow high-tech jobs away from defence, which has, in any event, already haemorrhaged two-thirds of the jobs that were in the industry 35 years ago.',
      ref: '2019-11-09~',
      expect: [date('35 years ago', 'years-ago', '1984', null, 'year', 'inferred approximate')],
    },
    {
      given: '"that long ago"',
      then: 'not a date',
      sentence:
        'It really wasn’t that long ago the Party had £13 million in the kitty, the largest membership of any political organisation in Europe and plentiful funding from the unions.',
      ref: '2021-09~',
      expect: [],
    },
  ],
};
