/**
 * Rules that resolve expressions relative to the document's date (or its post's or update's):
 * weekdays, weekends, weeks, days, "now", months, years, anniversaries, spans and counts back,
 * months named with a year phrase ("March last year", "next May") and holidays.
 */
import { isValidDay, partialValue } from './calendar.js';
import {
  COUNT,
  MONTH,
  MONTH_NAMES,
  WEEKDAYS,
  countOf,
  monthNumber,
  offsetOf,
  regexRule,
} from './date-patterns.js';
import {
  anchorDay,
  inferYear,
  makeDate,
  relativeAnchor,
  relativeDay,
  relativeMonth,
  relativeWeek,
  relativeYear,
  resolveWeekday,
  weekend as resolveWeekend,
  yearsUpToReference,
  type Direction,
  type Outcome,
  type RuleContext,
} from './resolve-date.js';

/** "today" is a date only in a sentence that reports something; not in "better to start today than…". */
const REPORT_CUES =
  /\b(?:was|were|had|did|been)\b|\b\w{3,}ed\b|\b(?:visit|meeting|speech|comments?|interview|debate|rally|vote|statement|announcement|hearing|ruling|decision)\b/i;

/** A weekday after these is any such day ("on a wet Friday", "every Sunday", "the second Saturday"). */
const GENERIC_WEEKDAY_BEFORE =
  /\b(?:a|an|every|each|any|first|second|third|fourth|fifth|one)\s+(?:[a-z]+\s+)?$/i;

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

export const weekday = regexRule(
  'weekday',
  'A weekday, resolved by the tense around it: before the document date in the past, after it in plans and schedules ("on Wednesday", "I’m coming round on Saturday", "this Saturday", "Wednesday next week"); not a kind of day ("a wet Friday", "Bloody Sunday", "Sunday best").',
  new RegExp(
    `(?<!\\b(?:Ash|Black|Bloody|Good|Holy|Maundy|Super|Cyber)\\s)\\b(?:(?<dir>last|this|next)\\s+)?(?<wd>${WEEKDAYS.join('|')})(?:\\s+(?<week>last|this|next)\\s+week)?\\b(?!,?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}|,?\\s+${MONTH}|\\s+(?:best|school|roast|league|papers?|Times|Telegraph|Mirror|Express|Post|People)\\b)`,
    'g',
  ),
  (m, ctx) => {
    const g = m.groups ?? {};
    if (!g.dir && GENERIC_WEEKDAY_BEFORE.test(ctx.sentence.slice(0, m.index))) return null;
    return resolveWeekday(
      ctx,
      WEEKDAYS.indexOf(g.wd ?? ''),
      g.dir as Direction,
      g.week as 'last' | 'this' | 'next' | undefined,
    );
  },
);

export const weekend = regexRule(
  'weekend',
  'A weekend around the document date ("this past weekend", "last weekend", "this weekend").',
  /\b(?<which>this\s+past|the\s+past|last|this|next)\s+weekend\b/gi,
  (m, ctx) => {
    const which = (m.groups?.which ?? '').toLowerCase();
    return resolveWeekend(ctx, which === 'this' ? 'this' : which === 'next' ? 'next' : 'last');
  },
);

export const relativeWeekRule = regexRule(
  'relative-week',
  'A Monday–Sunday week around the document date ("last week", "next week"); not "the last week of the month".',
  /(?<!\bthe\s)\b(?<which>last|this|next)\s+week\b(?!end)/gi,
  (m, ctx) => relativeWeek(ctx, offsetOf(m.groups?.which)),
);

export const anniversary = regexRule(
  'anniversary',
  'A day a round number of years before the document’s day ("A year ago today", "Ten years today since…").',
  new RegExp(`\\b(?<n>${COUNT})\\s+years?\\s+(?:ago\\s+)?(?:today|this\\s+day)\\b`, 'gi'),
  (m, ctx) => {
    const n = countOf(m.groups?.n);
    if (n === undefined) return undefined;
    const anchor = relativeAnchor(ctx, 'day');
    if ('skip' in anchor) return anchor;
    const day = anchorDay(anchor.parts);
    const year = day.year - n;
    // 29 February falls back to the 28th in a year that has none
    const d = isValidDay(year, day.month, day.day) ? day.day : day.day - 1;
    return makeDate(partialValue(year, day.month, d), null, true, false);
  },
);

export const relativeDayRule = regexRule(
  'relative-day',
  'A day around the document date ("yesterday", "earlier today", "last night", "this morning"); a bare "today" only where something is reported, never in rhetoric ("better to start today than…").',
  /\b(?:(?<when>earlier|later)\s+)?(?<day>today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b(?!['’]s)/gi,
  (m, ctx) => {
    const day = (m.groups?.day ?? '').toLowerCase();
    if (day === 'yesterday' || /^last/.test(day)) return relativeDay(ctx, -1);
    if (day === 'tomorrow') return relativeDay(ctx, 1);
    // a bare "today" may be rhetoric; "tonight", "this morning" are not
    if (day === 'today' && !m.groups?.when && !isReportedToday(ctx.sentence, m.index)) return null;
    return relativeDay(ctx, 0);
  },
);

export const perfectNow = regexRule(
  'perfect-now',
  '"now" or "just" in a present perfect ("has now officially registered", "has just called"): the event is as of the document date. Other "now"s are not dates.',
  /\b(?:has|have)\s+(?<now>now|just)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn)\b/gi,
  (_m, ctx) => relativeDay(ctx, 0),
  'now',
);

export const relativeMonthRule = regexRule(
  'relative-month',
  'A month around the document date ("last month", "earlier this month", "next month’s election").',
  /\b(?:(?:just|earlier|later|early|late)\s+)?(?<which>this|last|next)\s+month(?:['’]s)?\b/gi,
  (m, ctx) => relativeMonth(ctx, offsetOf(m.groups?.which)),
);

export const relativeYearRule = regexRule(
  'relative-year',
  'A year around the document date ("just last year", "earlier this year", "by the end of the year").',
  /\b(?:(?:just|earlier|later|early|late)\s+)?(?<which>this|last|next)\s+year(?:['’]s)?\b|\b(?:by|at|before|until|towards?)\s+the\s+end\s+of\s+(?<end>the|this|next|last)\s+year\b/gi,
  (m, ctx) => relativeYear(ctx, offsetOf(m.groups?.which ?? m.groups?.end)),
);

export const spanOfYears = regexRule(
  'span-of-years',
  'The years up to the document date ("for the past two years", "the past four years").',
  new RegExp(`\\bthe\\s+(?:past|last|previous)\\s+(?<n>${COUNT})\\s+years\\b`, 'gi'),
  (m, ctx) => {
    const n = countOf(m.groups?.n);
    return n !== undefined && n >= 2 ? yearsUpToReference(ctx, n) : undefined;
  },
);

export const yearsAgo = regexRule(
  'years-ago',
  'A round count back from the document date ("35 years ago"): approximate by nature.',
  new RegExp(`\\b(?<n>${COUNT})\\s+(?<unit>years?|months?)\\s+ago\\b`, 'gi'),
  (m, ctx) => {
    const n = countOf(m.groups?.n);
    if (n === undefined) return undefined;
    const date = /^y/i.test(m.groups?.unit ?? '') ? relativeYear(ctx, -n) : relativeMonth(ctx, -n);
    return date && !('skip' in date) ? { ...date, approximate: true } : date;
  },
);

export const monthOfYear = regexRule(
  'month-of-year',
  'A month named with the year it belongs to ("in March last year", "October of that year", "the following May") or its direction ("next May", "last September"); "that year" is the year of the date told before it.',
  new RegExp(
    `\\b(?<m>${MONTH_NAMES})\\s+(?:of\\s+)?(?<which>last|this|next|that|the\\s+same|the\\s+following|the\\s+previous|the\\s+preceding)\\s+year\\b` +
      `|\\b(?:(?<dir>last|next|this)|the\\s+(?<after>following|next|previous|preceding))\\s+(?<m_b>${MONTH_NAMES})\\b`,
    'g',
  ),
  (m, ctx) => {
    const g = m.groups ?? {};
    const month = monthNumber(g.m ?? g.m_b);
    if (month === undefined) return undefined;
    if (g.dir) {
      const got = inferYear(ctx, month, undefined, g.dir as Direction);
      if ('skip' in got) return got;
      return makeDate(partialValue(got.year, month), null, true, got.approximate);
    }
    const which = (g.which ?? g.after ?? '').replace(/\s+/g, ' ');
    if (which === 'last' || which === 'this' || which === 'next') {
      const y = relativeYear(ctx, offsetOf(which));
      if (!y || 'skip' in y) return y;
      return makeDate(partialValue(Number(y.start), month), null, true, y.approximate);
    }
    return monthAfterTold(ctx, m.index, month, which, g.after !== undefined);
  },
);

/**
 * "October of that year", "the following May": the year of the date told before. After "the
 * following" a month comes after that date ("In November 2019 … the following May" is 2020).
 */
function monthAfterTold(
  ctx: RuleContext,
  index: number,
  month: number,
  which: string,
  monthFirst: boolean,
): Outcome {
  const told = ctx.dateBefore(index);
  if (!told) return { skip: 'no-earlier-date' };
  const toldYear = Number(told.start.slice(0, 4));
  const toldMonth = told.start.length >= 7 ? Number(told.start.slice(5, 7)) : undefined;
  let year = toldYear;
  if (monthFirst) {
    // the first such month after (or before) the date told
    const forward = which === 'following' || which === 'next';
    if (forward) year = toldMonth === undefined || month <= toldMonth ? toldYear + 1 : toldYear;
    else year = toldMonth === undefined || month >= toldMonth ? toldYear - 1 : toldYear;
  } else if (which === 'the following') year = toldYear + 1;
  else if (which === 'the previous' || which === 'the preceding') year = toldYear - 1;
  return makeDate(partialValue(year, month), null, true, told.approximate);
}

export const holiday = regexRule(
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
);

function isReportedToday(sentence: string, index: number): boolean {
  const around = sentence.slice(Math.max(0, index - 30), index + 40);
  if (/\bthan\b/i.test(around)) return false;
  return REPORT_CUES.test(sentence);
}
