/**
 * The calendar-date rule's reader: chrono-node's British English parser (day before month,
 * "12/11/2019" is 12 November) for dates with a month. Only the calendar is read here; relative
 * expressions are other rules, which know the document's date and its precision.
 */
import * as chrono from 'chrono-node';
import { partialValue } from './calendar.js';
import { forMatch, MONTH, type RuleHit } from './date-patterns.js';
import {
  inferYear,
  makeDate,
  written,
  yearOfWeekday,
  type Outcome,
  type RuleContext,
} from './resolve-date.js';

/** Decides whether a month written alone (no day, no year) at `index` is a month at all. */
export type BareMonthCheck = (sentence: string, index: number, text: string) => boolean;

// The instant only fills parts chrono may not guess for us: years are inferred by the rules.
const CHRONO_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
const MONTH_WORD = new RegExp(`\\b${MONTH}`, 'i');
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

export function findCalendarDates(ctx: RuleContext, isMonth: BareMonthCheck): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const r of chrono.en.GB.parse(ctx.sentence, CHRONO_REFERENCE)) {
    const text = r.text.replace(/[\s,.;:]+$/, '');
    const monthWord = MONTH_WORD.exec(text)?.[0];
    if (!monthWord && !NUMERIC_DATE.test(text)) continue; // weekdays, times, "Morning": not ours
    if (!r.start.isCertain('month')) continue;
    // "In March, 1,400 members": a number with a thousands separator is not a day
    const thousands =
      /,\s*\d{1,2}$/.test(text) && /^,\d{3}/.test(ctx.sentence.slice(r.index + text.length));
    if (thousands) {
      const month = text.replace(/,\s*\d{1,2}$/, '');
      const got = inferYear(
        forMatch(ctx, r.index, month.length),
        r.start.get('month') ?? 1,
        undefined,
      );
      hits.push({
        index: r.index,
        text: month,
        outcome:
          'skip' in got
            ? got
            : makeDate(
                partialValue(got.year, r.start.get('month') ?? 1),
                null,
                true,
                got.approximate,
              ),
      });
      continue;
    }
    const hit = { index: r.index, text };
    if (monthWord && monthWord[0] !== monthWord[0]!.toUpperCase()) {
      hits.push({ ...hit, outcome: null }); // "march" the verb, "may" the modal
      continue;
    }
    hits.push({
      ...hit,
      outcome: calendarOutcome(r, forMatch(ctx, r.index, r.text.length), isMonth),
    });
  }
  return hits;
}

function calendarOutcome(
  r: chrono.ParsedResult,
  ctx: RuleContext,
  isMonth: BareMonthCheck,
): Outcome {
  const start = componentsOutcome(r.start, r, ctx, isMonth);
  if (!r.end || !start || 'skip' in start) return start;
  const end = componentsOutcome(r.end, r, ctx, isMonth);
  if (!end || 'skip' in end || end.start <= start.start) return start;
  return makeDate(
    start.start,
    end.start,
    start.inferred || end.inferred,
    start.approximate || end.approximate,
  );
}

function componentsOutcome(
  c: chrono.ParsedComponents,
  r: chrono.ParsedResult,
  ctx: RuleContext,
  isMonth: BareMonthCheck,
): Outcome {
  const month = c.get('month') ?? 1;
  let day = c.isCertain('day') ? (c.get('day') ?? undefined) : undefined;
  let yearWritten = c.isCertain('year');
  // the British parser reads "March 18" and "Jun 12" as month and two-digit year: it is a day
  if (yearWritten && day === undefined && !/\d{4}|['’]\d{2}\b/.test(r.text)) {
    const number = /\b(\d{1,2})\b/.exec(r.text);
    if (number && Number(number[1]) <= 31) {
      day = Number(number[1]);
      yearWritten = false;
    }
  }
  if (yearWritten) return written(partialValue(c.get('year') ?? 0, month, day));
  if (day === undefined && !isMonth(ctx.sentence, r.index, r.text)) return null; // "May" the name
  // "Friday 14 October": the year, near the document's, in which that day is a Friday
  const weekday = c.isCertain('weekday') ? c.get('weekday') : null;
  const byWeekday =
    day !== undefined && weekday !== null ? yearOfWeekday(ctx, month, day, weekday) : null;
  if (byWeekday !== null) return makeDate(partialValue(byWeekday, month, day), null, true, false);
  const got = inferYear(ctx, month, day);
  if ('skip' in got) return got;
  return makeDate(partialValue(got.year, month, day), null, true, got.approximate);
}
