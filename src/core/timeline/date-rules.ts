/**
 * Every date rule in one place. `findDates` runs them in this order: a rule only reads text no
 * earlier rule has claimed, so ranges come before their ends, and the bare-year rule comes last.
 * A rule answers with a date, a reason to skip (rather than guess), or `null` for a look-alike
 * ("Morning Star", "for a second", "start today than…", "since 1945" as a yardstick).
 * Each rule has a table of real sentences (tests/timeline/rule-tables-*.ts, run by date-rules.test.ts).
 * The calendar-date rule reads with chrono-node (chrono-dates.ts); regex fragments are in date-patterns.ts.
 */
import { isValidDay, partialValue } from './calendar.js';
import { findCalendarDates } from './chrono-dates.js';
import {
  COUNT,
  DASH,
  DAY,
  MONTH,
  WEEKDAYS,
  YEAR,
  countOf,
  monthNumber,
  offsetOf,
  regexRule,
  PAST_CUES,
  PLAN_CUES,
  type DateRule,
} from './date-patterns.js';
import {
  inferYear,
  makeDate,
  relativeDay,
  relativeMonth,
  relativeWeek,
  relativeYear,
  resolveWeekday,
  weekend,
  written,
  yearOfWeekday,
  yearsUpToReference,
  type Direction,
} from './resolve-date.js';

/** A bare month name counts only after one of these words ("in February", "since May"). */
const MONTH_LEAD_WORDS = new Set(
  'in since by until till from during of early late mid last next this before after throughout between'.split(
    ' ',
  ),
);

/** "today" is a date only in a sentence that reports something; not in "better to start today than…". */
const REPORT_CUES =
  /\b(?:was|were|had|did|been)\b|\b\w{3,}ed\b|\b(?:visit|meeting|speech|comments?|interview|debate|rally|vote|statement|announcement|hearing|ruling|decision)\b/i;

/** A yardstick, not an event: "the party's biggest increase in vote share since 1945". */
const YARDSTICK_BEFORE =
  /\b(?:biggest|largest|highest|lowest|best|worst|greatest|smallest|first time|most)\b[^.;]*\bsince\s+$/i;

/** Fixed-date days named without a year. */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  'boxing day': [12, 26],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'bonfire night': [11, 5],
  'burns night': [1, 25],
  "valentine's day": [2, 14],
  halloween: [10, 31],
};

export type { DateRule } from './date-patterns.js';

export const DATE_RULES: readonly DateRule[] = [
  {
    name: 'dateline',
    description:
      'A line that only dates the text after it ("Update, 12 November"): a marker, not an event.',
    find: (ctx) =>
      datelineParts(ctx.sentence) ? [{ index: 0, text: ctx.sentence, outcome: null }] : [],
  },
  regexRule(
    'day-range',
    'Days of one month, or across two ("26 – 28 September", "October 16/17", "30 September – 2 October").',
    new RegExp(
      `\\b(?<d1>${DAY})(?:${DASH}|\\s*/\\s*|\\s+(?:to|and|until)\\s+)(?<d2>${DAY})\\s+(?<m>${MONTH})(?:,?\\s+(?<y>${YEAR}))?\\b` +
        `|\\b(?<m_b>${MONTH})\\s+(?<d1_b>${DAY})(?:${DASH}|\\s*/\\s*|\\s+(?:to|and)\\s+)(?<d2_b>${DAY})(?:,?\\s+(?<y_b>${YEAR}))?\\b(?![/.-]\\d)` +
        `|\\b(?<d1_c>${DAY})\\s+(?<m1_c>${MONTH})(?:${DASH}|\\s+(?:to|until)\\s+)(?<d2_c>${DAY})\\s+(?<m2_c>${MONTH})(?:,?\\s+(?<y_c>${YEAR}))?\\b`,
      'g',
    ),
    (m, ctx) => {
      const g = m.groups ?? {};
      const m1 = monthNumber(g.m ?? g.m_b ?? g.m1_c);
      const m2 = g.m2_c ? monthNumber(g.m2_c) : m1;
      const d1 = parseInt(g.d1 ?? g.d1_b ?? g.d1_c ?? '', 10);
      const d2 = parseInt(g.d2 ?? g.d2_b ?? g.d2_c ?? '', 10);
      const y = g.y ?? g.y_b ?? g.y_c;
      if (m1 === undefined || m2 === undefined) return undefined;
      let year: number;
      let inferred = false;
      let approximate = false;
      if (y) year = Number(y);
      else {
        const got = inferYear(ctx, m1, d1);
        if ('skip' in got) return got;
        ({ year, approximate } = got);
        inferred = true;
      }
      const endYear = m2 < m1 ? year + 1 : year;
      if (!isValidDay(year, m1, d1) || !isValidDay(endYear, m2, d2)) return null;
      const start = partialValue(year, m1, d1);
      const end = partialValue(endYear, m2, d2);
      if (end <= start) return null;
      return makeDate(start, end, inferred, approximate);
    },
  ),
  regexRule(
    'weekday-date',
    'A weekday with its date ("Friday 14 October", "Thursday the 4th of July", "Tuesday, June 18"): the year in which that day is that weekday.',
    new RegExp(
      `\\b(?<wd>${WEEKDAYS.join('|')}),?\\s+(?:the\\s+)?(?<d>${DAY})(?:\\s+of)?\\s+(?<m>${MONTH})(?:,?\\s+(?<y>${YEAR}))?\\b` +
        `|\\b(?<wd_b>${WEEKDAYS.join('|')}),?\\s+(?<m_b>${MONTH})\\s+(?<d_b>${DAY})(?:,?\\s+(?<y_b>${YEAR}))?\\b`,
      'g',
    ),
    (m, ctx) => {
      const g = m.groups ?? {};
      const month = monthNumber(g.m ?? g.m_b);
      const day = parseInt(g.d ?? g.d_b ?? '', 10);
      const weekday = WEEKDAYS.indexOf(g.wd ?? g.wd_b ?? '');
      if (month === undefined || !Number.isFinite(day)) return undefined;
      const y = g.y ?? g.y_b;
      if (y)
        return isValidDay(Number(y), month, day)
          ? written(partialValue(Number(y), month, day))
          : null;
      const year = yearOfWeekday(ctx, month, day, weekday);
      if (year !== null) return makeDate(partialValue(year, month, day), null, true, false);
      const got = inferYear(ctx, month, day);
      if ('skip' in got) return got;
      return makeDate(partialValue(got.year, month, day), null, true, got.approximate);
    },
  ),
  regexRule(
    'month-range',
    'From one month to another ("from October 2010 to October 2013").',
    new RegExp(
      `\\b(?<m1>${MONTH})(?:\\s+(?<y1>${YEAR}))?(?:${DASH}|\\s+(?:to|until|till|through|and)\\s+)(?<m2>${MONTH})\\s+(?<y2>${YEAR})\\b`,
      'g',
    ),
    (m) => {
      const g = m.groups ?? {};
      const m1 = monthNumber(g.m1);
      const m2 = monthNumber(g.m2);
      if (m1 === undefined || m2 === undefined) return undefined;
      const y2 = Number(g.y2);
      const y1 = g.y1 ? Number(g.y1) : m1 <= m2 ? y2 : y2 - 1;
      const start = partialValue(y1, m1);
      const end = partialValue(y2, m2);
      return end > start ? written(start, end) : null;
    },
  ),
  regexRule(
    'year-range',
    'From one year to another ("from 1991 until 2011", "2017–2018", "between 2010 and 2015").',
    new RegExp(
      `\\b(?<y1>${YEAR})(?:${DASH}|\\s+(?:to|until|till|through)\\s+)(?<y2>${YEAR}|\\d{2})\\b(?![,.]?\\d)|\\b[Bb]etween\\s+(?<y1_b>${YEAR})\\s+and\\s+(?<y2_b>${YEAR})\\b`,
      'g',
    ),
    (m) => {
      const g = m.groups ?? {};
      const y1 = Number(g.y1 ?? g.y1_b);
      let y2 = Number(g.y2 ?? g.y2_b);
      if (y2 < 100) y2 = Math.floor(y1 / 100) * 100 + y2;
      return y2 > y1 ? written(partialValue(y1), partialValue(y2)) : undefined;
    },
  ),
  regexRule(
    'that-year',
    'A year told by the one written before it ("in October of that year", "the following year", "later that year"): never the document’s own year by default.',
    new RegExp(
      `\\b(?:(?<m>${MONTH})\\s+(?:of\\s+)?)?(?<which>(?:[Ll]ater|[Ee]arlier)\\s+that\\s+year|[Tt]hat\\s+(?:same\\s+)?year|[Tt]he\\s+same\\s+year|[Tt]he\\s+(?:following|next|previous)\\s+year|[Tt]he\\s+year\\s+(?:after|before)|[Aa]\\s+year\\s+later|(?<n>${COUNT})\\s+years\\s+(?:later|on))\\b`,
      'g',
    ),
    (m, ctx) => {
      const base = lastYearWritten(ctx.sentence.slice(0, m.index)) ?? ctx.yearBefore;
      if (base === undefined) return { skip: 'no-reference' };
      const which = (m.groups?.which ?? '').toLowerCase();
      const year =
        base +
        (/following|next|after|later$/.test(which) ? 1 : /previous|before/.test(which) ? -1 : 0);
      const month = m.groups?.m ? monthNumber(m.groups.m) : undefined;
      return makeDate(partialValue(year, month), null, true, false);
    },
  ),
  regexRule(
    'month-of-relative-year',
    'A month of the year before, of or after the document’s ("in March last year", "May next year"), and a named month ahead or behind ("next May", "last October").',
    new RegExp(
      `\\b(?:(?<d>${DAY})\\s+)?(?<m>${MONTH})\\s+(?<which>last|this|next)\\s+year\\b|\\b(?<dir>last|next|this\\s+coming|this)\\s+(?<m_b>${MONTH})\\b`,
      'g',
    ),
    (m, ctx) => {
      const g = m.groups ?? {};
      if (g.m) {
        const month = monthNumber(g.m);
        const anchor = relativeYear(ctx, offsetOf(g.which));
        if (month === undefined || !anchor || 'skip' in anchor) return anchor ?? undefined;
        const year = Number(anchor.start);
        const day = g.d ? parseInt(g.d, 10) : undefined;
        if (day !== undefined && !isValidDay(year, month, day)) return null;
        return makeDate(partialValue(year, month, day), null, true, anchor.approximate);
      }
      const month = monthNumber(g.m_b);
      if (month === undefined) return undefined;
      const dir = (g.dir ?? '').toLowerCase();
      const got = inferYear(
        ctx,
        month,
        undefined,
        dir === 'last' ? 'last' : dir === 'this' ? undefined : 'next',
      );
      if ('skip' in got) return got;
      return makeDate(partialValue(got.year, month), null, true, got.approximate);
    },
  ),
  regexRule(
    'weekday',
    'A weekday, resolved to a day before the document date or, in plans, after it ("on Wednesday", "Wednesday next week").',
    new RegExp(
      `(?<!\\b(?:Ash|Black|Good|Holy|Maundy|Super|Cyber)\\s)\\b(?:(?<dir>last|this|next)\\s+)?(?<wd>${WEEKDAYS.join('|')})(?:\\s+(?<week>last|this|next)\\s+week)?\\b(?!,?\\s+(?:the\\s+)?\\d|,?\\s+${MONTH})`,
      'g',
    ),
    (m, ctx) => {
      const g = m.groups ?? {};
      return resolveWeekday(
        ctx,
        WEEKDAYS.indexOf(g.wd ?? ''),
        g.dir as Direction,
        g.week as 'last' | 'this' | 'next' | undefined,
      );
    },
  ),
  regexRule(
    'weekend',
    'A weekend around the document date ("this past weekend", "last weekend", "this weekend").',
    /\b(?<which>this\s+past|the\s+past|last|this|next)\s+weekend\b/gi,
    (m, ctx) => {
      const which = (m.groups?.which ?? '').toLowerCase();
      return weekend(ctx, which === 'this' ? 'this' : which === 'next' ? 'next' : 'last');
    },
  ),
  regexRule(
    'relative-week',
    'A Monday–Sunday week around the document date ("last week", "next week").',
    /\b(?<which>last|this|next)\s+week\b(?!end|\s+of\b)/gi,
    (m, ctx) => relativeWeek(ctx, offsetOf(m.groups?.which)),
  ),
  regexRule(
    'relative-day',
    'A day around the document date ("yesterday", "earlier today"); "today" only where something is reported, never in rhetoric ("better to start today than…").',
    /\b(?:(?<when>earlier|later)\s+)?(?<day>today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b(?!['’]s)/gi,
    (m, ctx) => {
      const day = (m.groups?.day ?? '').toLowerCase();
      if (day === 'yesterday') return relativeDay(ctx, -1);
      if (day === 'tomorrow') return relativeDay(ctx, 1);
      if (!m.groups?.when && !isReportedToday(ctx.sentence, m.index)) return null;
      return relativeDay(ctx, 0);
    },
  ),
  regexRule(
    'perfect-now',
    '"now" in a present perfect ("has now officially registered"): the event is as of the document date. Other "now"s are not dates.',
    /\b(?:has|have)\s+(?<now>now)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn)\b/gi,
    (_m, ctx) => relativeDay(ctx, 0),
    'now',
  ),
  regexRule(
    'relative-month',
    'A month around the document date ("last month", "earlier this month", "next month’s election").',
    /\b(?:(?:just|earlier|later|early|late)\s+)?(?<which>this|last|next)\s+month(?:['’]s)?\b/gi,
    (m, ctx) => relativeMonth(ctx, offsetOf(m.groups?.which)),
  ),
  regexRule(
    'relative-year',
    'A year around the document date ("just last year", "earlier this year", "by the end of the year").',
    /\b(?:(?:just|earlier|later|early|late)\s+)?(?<which>this|last|next)\s+year(?:['’]s)?\b|\b(?:by|at|before|until|towards?)\s+the\s+end\s+of\s+(?<end>the|this|next|last)\s+year\b/gi,
    (m, ctx) => relativeYear(ctx, offsetOf(m.groups?.which ?? m.groups?.end)),
  ),
  regexRule(
    'span-of-years',
    'The years up to the document date ("for the past two years", "the past four years").',
    new RegExp(`\\bthe\\s+(?:past|last|previous)\\s+(?<n>${COUNT})\\s+years\\b`, 'gi'),
    (m, ctx) => {
      const n = countOf(m.groups?.n);
      return n !== undefined && n >= 2 ? yearsUpToReference(ctx, n) : undefined;
    },
  ),
  regexRule(
    'years-ago',
    'A round count back from the document date ("35 years ago"): approximate by nature.',
    new RegExp(`\\b(?<n>${COUNT})\\s+(?<unit>years?|months?)\\s+ago\\b`, 'gi'),
    (m, ctx) => {
      const n = countOf(m.groups?.n);
      if (n === undefined) return undefined;
      const date = /^y/i.test(m.groups?.unit ?? '')
        ? relativeYear(ctx, -n)
        : relativeMonth(ctx, -n);
      return date && !('skip' in date) ? { ...date, approximate: true } : date;
    },
  ),
  regexRule(
    'holiday',
    'A fixed-date day named without a year ("This Boxing Day", "on Christmas Day"); greetings ("Merry Christmas") are not dates.',
    /\b(?:(?<dir>This|this|Last|last|Next|next)\s+)?(?<name>Christmas Day|Christmas Eve|Boxing Day|New Year['’]s Day|New Year['’]s Eve|Bonfire Night|Burns Night|Valentine['’]s Day|Halloween)\b/g,
    (m, ctx) => {
      const key = (m.groups?.name ?? '').toLowerCase().replace('’', "'");
      const fixed = HOLIDAYS[key];
      if (!fixed) return undefined;
      const dir = (m.groups?.dir?.toLowerCase() as Direction) ?? undefined;
      const got = inferYear(ctx, fixed[0], fixed[1], dir);
      if ('skip' in got) return got;
      return makeDate(partialValue(got.year, fixed[0], fixed[1]), null, true, got.approximate);
    },
  ),
  {
    name: 'calendar-date',
    description:
      'Dates with a month, read by chrono-node’s British English parser ("12 December 2019", "in February", "12/11/2019"); a month with no day or year counts only after a preposition (not "March" the verb, "May" the modal).',
    find: (ctx) => findCalendarDates(ctx, followsLeadWord),
  },
  regexRule(
    'decade',
    'A decade ("the 1980s").',
    /\b(?:the\s+)?(?:early\s+|mid-|late\s+)?(?<decade>(?:1[89]|20)\d0)s\b/g,
    (m) => {
      const start = Number(m.groups?.decade);
      return written(partialValue(start), partialValue(start + 9));
    },
  ),
  regexRule(
    'year',
    'A year on its own ("in 2015", "2017’s general election"); not a count ("41 votes"), an amount or a yardstick ("since 1945").',
    new RegExp(
      `(?<![\\d£$€#]|\\d[,.])\\b(?<y>${YEAR})\\b(?![%]|[,.]?\\d|-year|\\s*(?:votes?|members?|people|jobs|seats|pounds|signatures|times)\\b|\\s+(?:Act|Bill|Regulations|Treaty|Convention|Order)\\b)`,
      'g',
    ),
    (m, ctx) => {
      if (YARDSTICK_BEFORE.test(ctx.sentence.slice(0, m.index))) return null;
      return written(m.groups?.y ?? '');
    },
  ),
];

/** The day, month and year (if any) of a dateline sentence ("Update, 12 November"). */
export function datelineParts(
  sentence: string,
): { day: number; month: number; year: number | undefined } | null {
  const m = new RegExp(
    `^(?:Update[sd]?|Posted|Published|Last updated|Updated on)\\b[\\s,:–—-]*(?:(?<d>${DAY})\\s+(?<m>${MONTH})|(?<m_b>${MONTH})\\s+(?<d_b>${DAY}))(?:,?\\s+(?<y>${YEAR}))?[\\s.:]*$`,
    'i',
  ).exec(sentence.trim());
  if (!m?.groups) return null;
  const month = monthNumber(m.groups.m ?? m.groups.m_b);
  const day = parseInt(m.groups.d ?? m.groups.d_b ?? '', 10);
  if (month === undefined || !Number.isFinite(day)) return null;
  return { day, month, year: m.groups.y ? Number(m.groups.y) : undefined };
}

export { PLAN_CUES };

/** The last four-digit year written in a text, or undefined. */
export function lastYearWritten(text: string): number | undefined {
  let year: number | undefined;
  for (const m of text.matchAll(new RegExp(`(?<![\\d£$€#])\\b${YEAR}\\b(?![,.]?\\d)`, 'g')))
    year = Number(m[0]);
  return year;
}

/** True when a sentence talks about plans (see `PLAN_CUES`). */
export function isAboutPlans(sentence: string): boolean {
  return PLAN_CUES.test(sentence);
}

/**
 * "in February", "since May": the word before a bare month name is a preposition or the like;
 * after "and"/"or" only in a list of months ("in June and July"), not "… and March on".
 */
const IS_MONTH = new RegExp(`^${MONTH}$`);

function followsLeadWord(sentence: string, index: number, text: string): boolean {
  const inside = /^(\w+)\s/.exec(text)?.[1];
  if (inside && MONTH_LEAD_WORDS.has(inside.toLowerCase())) return true;
  const before = /(?:(\w+)\W+)?(\w+)\W*$/.exec(sentence.slice(0, index));
  const last = before?.[2]?.toLowerCase();
  if (last === 'and' || last === 'or') return IS_MONTH.test(before?.[1] ?? '');
  return last !== undefined && MONTH_LEAD_WORDS.has(last);
}

function isReportedToday(sentence: string, index: number): boolean {
  const around = sentence.slice(Math.max(0, index - 30), index + 40);
  if (/\bthan\b/i.test(around)) return false;
  return REPORT_CUES.test(sentence) || PAST_CUES.test(sentence);
}
