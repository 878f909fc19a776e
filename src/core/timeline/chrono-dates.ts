/**
 * The calendar-date rule's reader: chrono-node's British English parser (day before month,
 * "12/11/2019" is 12 November) for dates with a month. Only the calendar is read here; relative
 * expressions are other rules, which know the document's date and its precision. Two readings of
 * chrono are corrected: "March 18" is the 18th, not March 2018 ("Jun 12" in a post header is not
 * 2012), and "March, 1,400 members" is March, not 1 March.
 */
// Only the English parsers: the full package loads every locale (0.4 s of every start).
import * as en from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import { isValidDay, partialValue } from './calendar.js';
import {
  DAY,
  MONTH,
  WEEKDAYS,
  YEAR,
  forMatch,
  monthNumber,
  type RuleHit,
} from './date-patterns.js';
import { inferYear, makeDate, written, type Outcome, type RuleContext } from './resolve-date.js';

/** Decides whether a month written alone (no day, no year) at `index` is a month at all. */
export type BareMonthCheck = (sentence: string, index: number, text: string) => boolean;
/** The weekday written just before `index`, if any (0 = Sunday). */
export type WeekdayBefore = (sentence: string, index: number) => number | undefined;

// The instant only fills parts chrono may not guess for us: years are inferred by the rules.
const CHRONO_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
const MONTH_WORD = new RegExp(`\\b${MONTH}`, 'i');
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
/** "March 18", "Jun 12": a month and one or two digits, which chrono reads as a year. */
const MONTH_AND_SHORT_NUMBER = new RegExp(`${MONTH}\\s+(\\d{1,2})$`);
/** The day read is part of a larger number ("March, 1,400"; "May 12.5%"). */
const NUMBER_GOES_ON = /^[,.]?\d/;

const WEEKDAY_WORD = `(?:${WEEKDAYS.join('|')}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?`;
/**
 * A day and month written out, read before chrono, which splits "Friday 4 August, 6.30pm" into
 * "Friday" and "August, 6": "(Friday) 4 August (2023)", "the 4th of July", "(Fri) Aug 4(, 2023)".
 */
const WRITTEN_DAY = new RegExp(
  `(?<![\\d.,/£$€])\\b(?:(?<wd>${WEEKDAY_WORD}),?\\s+(?:the\\s+)?)?(?<d>${DAY})(?:\\s+of)?\\s+(?<m>${MONTH})(?![\\p{L}])(?:,?\\s+(?<y>${YEAR})\\b)?` +
    `|\\b(?:(?<wd_b>${WEEKDAY_WORD}),?\\s+)?(?<m_b>${MONTH})\\s+(?<d_b>${DAY})(?![\\d\\p{L}]|[.,]\\d)(?:,?\\s+(?<y_b>${YEAR})\\b)?`,
  'gu',
);

/** What a chrono reading says, corrected: month, day (if certain), year (if written), weekday. */
interface Reading {
  month: number;
  day: number | undefined;
  year: number | undefined;
  weekday: number | undefined;
}

export function findCalendarDates(
  ctx: RuleContext,
  isMonth: BareMonthCheck,
  weekdayBefore: WeekdayBefore,
): RuleHit[] {
  const hits = writtenDays(ctx);
  const taken = (index: number, length: number) =>
    hits.some((h) => index < h.index + h.text.length && h.index < index + length);
  for (const r of en.GB.parse(ctx.sentence, CHRONO_REFERENCE)) {
    if (taken(r.index, r.text.length)) continue;
    let text = r.text.replace(/[\s,.;:]+$/, '');
    const monthWord = MONTH_WORD.exec(text);
    if (!monthWord && !NUMERIC_DATE.test(text)) continue; // weekdays, times, "Morning": not ours
    if (!r.start.isCertain('month')) continue;
    if (monthWord && monthWord[0][0] !== monthWord[0][0]!.toUpperCase()) {
      hits.push({ index: r.index, text, outcome: null }); // "march" the verb, "may" the modal
      continue;
    }
    const start = readingOf(r.start, text, weekdayBefore(ctx.sentence, r.index));
    if (monthWord && NUMBER_GOES_ON.test(ctx.sentence.slice(r.index + text.length))) {
      // "In March, 1,400 members": the month alone
      text = text.slice(0, monthWord.index + monthWord[0].length);
      start.day = undefined;
    }
    const ruleCtx = forMatch(ctx, r.index, text.length);
    const isBareMonth = () => isMonth(ctx.sentence, r.index, text);
    let outcome = readingOutcome(start, ruleCtx, r.index, isBareMonth);
    if (r.end && outcome && !('skip' in outcome) && text === r.text.replace(/[\s,.;:]+$/, '')) {
      const end = readingOutcome(readingOf(r.end, text, undefined), ruleCtx, r.index, isBareMonth);
      if (end && !('skip' in end) && end.start > outcome.start)
        outcome = makeDate(
          outcome.start,
          end.start,
          outcome.inferred || end.inferred,
          outcome.approximate || end.approximate,
        );
    }
    hits.push({ index: r.index, text, outcome });
  }
  return hits;
}

const YEAR_WRITTEN = new RegExp(`\\b${YEAR}\\b`);

/** An ISO date ("2023-10-14"). */
const ISO_DAY = new RegExp(
  `\\b(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])\\b`,
  'g',
);

function writtenDays(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of ctx.sentence.matchAll(ISO_DAY)) {
    const [y, mo, d] = [m.groups?.y, m.groups?.m, m.groups?.d].map(Number) as [
      number,
      number,
      number,
    ];
    hits.push({
      index: m.index,
      text: m[0],
      outcome: isValidDay(y, mo, d) ? written(partialValue(y, mo, d)) : null,
    });
  }
  for (const m of ctx.sentence.matchAll(WRITTEN_DAY)) {
    const g = m.groups ?? {};
    const month = monthNumber(g.m ?? g.m_b);
    const day = parseInt(g.d ?? g.d_b ?? '', 10);
    if (month === undefined) continue;
    const wd = g.wd ?? g.wd_b;
    const weekday = wd ? WEEKDAYS.findIndex((w) => w.startsWith(wd.replace('.', ''))) : -1;
    const y = g.y ?? g.y_b;
    const reading: Reading = {
      month,
      day,
      year: y ? Number(y) : undefined,
      weekday: weekday === -1 ? undefined : weekday,
    };
    const text = m[0].replace(/\.$/, ''); // "9 November." ends a sentence
    const outcome = readingOutcome(
      reading,
      forMatch(ctx, m.index, text.length),
      m.index,
      () => true,
    );
    const valid =
      !outcome ||
      'skip' in outcome ||
      isValidDay(...(outcome.start.split('-').map(Number) as [number, number, number]));
    hits.push({ index: m.index, text, outcome: valid ? outcome : null });
  }
  return hits;
}

function readingOf(c: ParsedComponents, text: string, weekdayWritten: number | undefined): Reading {
  const month = c.get('month') ?? 1;
  let day = c.isCertain('day') ? (c.get('day') ?? undefined) : undefined;
  let year = c.isCertain('year') ? (c.get('year') ?? undefined) : undefined;
  const short = MONTH_AND_SHORT_NUMBER.exec(text);
  if (
    year !== undefined &&
    day === undefined &&
    short &&
    Number(short[1]) <= 31 &&
    !/\d{4}|['’]\d\d/.test(text)
  ) {
    day = Number(short[1]);
    year = undefined;
  }
  const weekday = c.isCertain('weekday') ? (c.get('weekday') ?? undefined) : weekdayWritten;
  return { month, day, year, weekday };
}

function readingOutcome(
  reading: Reading,
  ctx: RuleContext,
  index: number,
  isBareMonth: () => boolean,
): Outcome {
  const { month, day, year, weekday } = reading;
  if (year !== undefined) return written(partialValue(year, month, day));
  if (day === undefined && !isBareMonth()) return null; // "May" the name
  const sequel = weekday === undefined ? yearInSequence(ctx, index, month) : undefined;
  if (sequel !== undefined) return makeDate(partialValue(sequel, month, day), null, true, false);
  const got = inferYear(ctx, month, day, undefined, weekday);
  if ('skip' in got) return got;
  return makeDate(partialValue(got.year, month, day), null, true, got.approximate);
}

/**
 * "The strike began in June 1911, spread to the railways and by August had brought the city to a
 * standstill": a month told after a month written with its year, in the same sentence and not in
 * the future, continues that year (the next one when it comes earlier in the calendar).
 */
function yearInSequence(ctx: RuleContext, index: number, month: number): number | undefined {
  if (!YEAR_WRITTEN.test(ctx.sentence.slice(0, index)) || ctx.tense === 'future') return undefined;
  const told = ctx.dateBefore(index, true);
  if (!told || told.inferred || told.end !== null || told.start.length < 7) return undefined;
  const [y, m] = told.start.split('-').map(Number) as [number, number];
  return month >= m ? y : y + 1;
}
