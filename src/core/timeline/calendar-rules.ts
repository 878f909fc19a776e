/**
 * Rules that read written dates: datelines, ranges of days, months and years, calendar dates
 * (chrono-node), decades and years. A year left out is inferred by `inferYear` from the clause's
 * tense; the reference date only places it.
 */
import { isValidDay, partialValue } from './calendar.js';
import { findCalendarDates } from './chrono-dates.js';
import {
  DASH,
  DAY,
  MONTH,
  YEAR,
  monthNumber,
  regexRule,
  weekdayBefore,
  type DateRule,
} from './date-patterns.js';
import { inferYear, makeDate, written, type Outcome, type RuleContext } from './resolve-date.js';

/** A bare month name counts only after one of these words ("in February", "since May"). */
const MONTH_LEAD_WORDS = new Set(
  'in since by until till from during of early late mid last next this before after through throughout between'.split(
    ' ',
  ),
);

/** A yardstick, not an event: "the party's biggest increase in vote share since 1945". */
const YARDSTICK_BEFORE =
  /\b(?:biggest|largest|highest|lowest|best|worst|greatest|smallest|first time|most)\b[^.;]*\bsince\s+$/i;

const IS_MONTH = new RegExp(`^${MONTH}$`);

/** A wire story's dateline: "LONDON, March 3 (Reuters) -", "LEEDS, 14 June (PA) –". */
const WIRE_DATELINE = new RegExp(
  `^\\s*\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .]{1,30})?,\\s+(?<date>(?:${DAY}\\s+${MONTH}|${MONTH}\\s+${DAY})(?:,?\\s+${YEAR})?)\\s*(?:\\([^)]{1,40}\\)\\s*)?[-–—]`,
  'u',
);

export const dateline: DateRule = {
  name: 'dateline',
  description:
    'A line that only dates the text after it ("Update, 12 November"), or a wire story’s dateline ("LONDON, March 3 (Reuters) -"): a marker, not an event.',
  find: (ctx) => {
    if (datelineParts(ctx.sentence)) return [{ index: 0, text: ctx.sentence, outcome: null }];
    const wire = WIRE_DATELINE.exec(ctx.sentence);
    const date = wire?.groups?.date;
    if (!wire || !date) return [];
    return [{ index: wire[0].indexOf(date), text: date, outcome: null }];
  },
};

export const openClose = regexRule(
  'open-close',
  'Something that opens on one day and closes on another ("opens on 3 May and closes on 28 June", "opened on … and closed on …"): one range.',
  new RegExp(
    `\\b(?:open(?:s|ed)?|start(?:s|ed)?|begins?|began|runs?|ran)\\s+(?:on\\s+)?(?<span>(?<d1>${DAY})\\s+(?<m1>${MONTH})(?:\\s+(?<y1>${YEAR}))?\\s+and\\s+(?:clos(?:es|ed|e)|end(?:s|ed)?|finish(?:es|ed)?)\\s+(?:on\\s+)?(?<d2>${DAY})\\s+(?<m2>${MONTH})(?:\\s+(?<y2>${YEAR}))?)\\b`,
    'g',
  ),
  (m, ctx) => {
    const g = m.groups ?? {};
    const d1 = parseInt(g.d1 ?? '', 10);
    const d2 = parseInt(g.d2 ?? '', 10);
    return dayRangeOutcome(ctx, d1, monthNumber(g.m1), d2, monthNumber(g.m2), g.y1 ?? g.y2);
  },
  'span',
);

export const dayRange = regexRule(
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
    return dayRangeOutcome(ctx, d1, m1, d2, m2, g.y ?? g.y_b ?? g.y_c);
  },
);

function dayRangeOutcome(
  ctx: RuleContext,
  d1: number,
  m1: number | undefined,
  d2: number,
  m2: number | undefined,
  y: string | undefined,
): Outcome {
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
}

export const monthRange = regexRule(
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
);

export const yearRange = regexRule(
  'year-range',
  'From one year to another ("from 1991 until 2011", "2017–2018", "between 2010 and 2015").',
  new RegExp(
    `\\b(?<y1>${YEAR})(?:${DASH}|\\s+(?:to|until|till|through)\\s+)(?<y2>${YEAR}|\\d{2})\\b(?![,./-]?\\d)|\\b[Bb]etween\\s+(?<y1_b>${YEAR})\\s+and\\s+(?<y2_b>${YEAR})\\b`,
    'g',
  ),
  (m) => {
    const g = m.groups ?? {};
    const y1 = Number(g.y1 ?? g.y1_b);
    let y2 = Number(g.y2 ?? g.y2_b);
    if (y2 < 100) y2 = Math.floor(y1 / 100) * 100 + y2;
    return y2 > y1 ? written(partialValue(y1), partialValue(y2)) : undefined;
  },
);

export const calendarDate: DateRule = {
  name: 'calendar-date',
  description:
    'Dates with a month, read by chrono-node’s British English parser ("12 December 2019", "in February", "12/11/2019", "Friday 14 October"); a month with no day or year counts only after a preposition (not "March" the verb, "May" the modal).',
  find: (ctx) => findCalendarDates(ctx, followsLeadWord, weekdayBefore),
};

export const decade = regexRule(
  'decade',
  'A decade ("the 1980s").',
  /\b(?:the\s+)?(?:early\s+|mid-|late\s+)?(?<decade>(?:1[89]|20)\d0)s\b/g,
  (m) => {
    const start = Number(m.groups?.decade);
    return written(partialValue(start), partialValue(start + 9));
  },
);

export const year = regexRule(
  'year',
  'A year on its own ("in 2015", "2017’s general election"); not a count ("41 votes"), an amount or a yardstick ("since 1945").',
  new RegExp(
    `(?<![\\d£$€#]|\\d[,.])\\b(?<y>${YEAR})\\b(?![%]|[,.]?\\d|-year|\\s*(?:votes?|members?|people|jobs|seats|pounds|signatures|times|[Ff]ollowers|[Ff]ollowing|[Pp]osts|[Ll]ikes|[Rr]eposts|[Rr]etweets|[Vv]iews|[Rr]eplies|[Cc]omments|[Ss]hares)\\b)`,
    'g',
  ),
  (m, ctx) => {
    if (YARDSTICK_BEFORE.test(ctx.sentence.slice(0, m.index))) return null;
    return written(m.groups?.y ?? '');
  },
);

const DATELINE = new RegExp(
  `^(?:Update[sd]?|Posted|Published|Last updated|Updated on)\\b[\\s,:–—-]*(?:(?<d>${DAY})\\s+(?<m>${MONTH})|(?<m_b>${MONTH})\\s+(?<d_b>${DAY}))(?:,?\\s+(?<y>${YEAR}))?[\\s.:]*$`,
  'i',
);

/** The day, month and year (if any) of a dateline sentence ("Update, 12 November"). */
export function datelineParts(
  sentence: string,
): { day: number; month: number; year: number | undefined } | null {
  const m = DATELINE.exec(sentence.trim());
  if (!m?.groups) return null;
  const month = monthNumber(m.groups.m ?? m.groups.m_b);
  const day = parseInt(m.groups.d ?? m.groups.d_b ?? '', 10);
  if (month === undefined || !Number.isFinite(day)) return null;
  return { day, month, year: m.groups.y ? Number(m.groups.y) : undefined };
}

/**
 * "in February", "since May": the word before a bare month name is a preposition or the like;
 * after "and"/"or" only in a list of months ("in June and July"), not "… and March on".
 */
function followsLeadWord(sentence: string, index: number, text: string): boolean {
  const inside = /^(\w+)\s/.exec(text)?.[1];
  if (inside && MONTH_LEAD_WORDS.has(inside.toLowerCase())) return true;
  const before = /(?:(\w+)\W+)?(\w+)\W*$/.exec(sentence.slice(0, index));
  const last = before?.[2]?.toLowerCase();
  if (last === 'and' || last === 'or') return IS_MONTH.test(before?.[1] ?? '');
  return last !== undefined && MONTH_LEAD_WORDS.has(last);
}
