/**
 * How a date expression becomes an `EventDate`: explicit dates, years inferred from the
 * reference date by the clause's tense (`inferYear`), and relative expressions resolved against
 * it. The
 * rules that decide *which* resolution applies live in `date-rules.ts`.
 */
import type { DateReference, EventDate, SkipReason } from './types.js';
import type { Tense } from './tense.js';
import {
  addDays,
  addMonths,
  isValidDay,
  mondayOf,
  partialValue,
  partsOf,
  weekdayOf,
  ymdValue,
  type DateParts,
  type Ymd,
} from './calendar.js';

/** What a rule needs to know about the sentence it reads. */
export interface RuleContext {
  sentence: string;
  reference: DateReference | null;
  /** The tense of the clause around the match (see `tenseAt`): where a year-less date lies. */
  tense: Tense;
  /**
   * The last date told before `index` in this sentence, or else (unless `inSentence`) in the
   * sentences before it, in its paragraph or the one before: what "that year", "two days later"
   * count from.
   */
  dateBefore(index: number, inSentence?: boolean): EventDate | undefined;
}

/** A date, a reason to skip it, `null` for a look-alike (claimed, not a date), `undefined` for "not mine". */
export type Outcome = EventDate | { skip: SkipReason } | null | undefined;

export function isSkip(outcome: Outcome): outcome is { skip: SkipReason } {
  return typeof outcome === 'object' && outcome !== null && 'skip' in outcome;
}

/** A date written out in full (or a range whose ends both are). */
export function written(start: string, end: string | null = null): EventDate {
  return makeDate(start, end, false, false);
}

export function makeDate(
  start: string,
  end: string | null,
  inferred: boolean,
  approximate: boolean,
): EventDate {
  if (end === start) end = null;
  const precision =
    end !== null ? 'range' : start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
  return { start, end, precision, inferred, approximate };
}

/** `last`/`next` force the direction ("last Christmas"); `this` or none use the sentence's tense. */
export type Direction = 'last' | 'next' | 'this' | undefined;

/**
 * The year of a month (and day) written without one. `last`/`next` force the direction; otherwise
 * the clause's tense does: the past looks back from the reference, the future (and the present of
 * a schedule: "takes place", "starts") forward, and a clause with no tense (a listing line) or a
 * future seen from the past ("would begin") takes the occurrence nearest the reference. A weekday
 * written with the day ("Friday 14 October") picks the year, next to the reference's, in which
 * that day is that weekday. A page of undated posts only bounds its posts from above: back.
 */
export function inferYear(
  ctx: RuleContext,
  month: number,
  day: number | undefined,
  direction: Direction = undefined,
  weekday?: number,
): { year: number; approximate: boolean } | { skip: SkipReason } {
  const ref = ctx.reference;
  if (!ref) return { skip: 'no-reference' };
  const r = partsOf(ref.date);
  // a document dated only to the year: the month cannot be placed before or after it
  if (r.month === undefined) return { year: r.year, approximate: true };
  const approximate = ref.undatedPosts;
  if (weekday !== undefined && day !== undefined) {
    const years = [r.year - 1, r.year, r.year + 1].filter(
      (y) => isValidDay(y, month, day) && weekdayOf({ year: y, month, day }) === weekday,
    );
    if (years.length === 1) return { year: years[0]!, approximate };
  }
  let cmp = month - r.month;
  if (cmp === 0 && day !== undefined && r.day !== undefined) cmp = day - r.day;
  const lean = ref.undatedPosts ? 'past' : ctx.tense;
  let year: number;
  if (direction === 'last') year = cmp >= 0 ? r.year - 1 : r.year;
  else if (direction === 'next') year = cmp <= 0 ? r.year + 1 : r.year;
  else if (direction === 'this' && !ref.undatedPosts) year = r.year;
  else if (lean === 'future') year = cmp < 0 ? r.year + 1 : r.year;
  else if (lean === 'past') year = cmp > 0 ? r.year - 1 : r.year;
  else year = nearestYear(r, month, day);
  return { year, approximate };
}

/** The year that puts month/day nearest the reference (half a year either way; a tie looks back). */
function nearestYear(r: DateParts, month: number, day: number | undefined): number {
  const at = (y: number, m: number, d: number) => y * 372 + (m - 1) * 31 + (d - 1);
  const refAt = at(r.year, r.month ?? 1, r.day ?? 16);
  let best = r.year;
  let bestDistance = Infinity;
  for (const y of [r.year - 1, r.year, r.year + 1]) {
    const distance = Math.abs(at(y, month, day ?? 16) - refAt);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

/** How fine the reference must be for a relative expression of this level. */
export type RelativeLevel = 'year' | 'month' | 'day';

/**
 * The reference a relative expression ("last month", "on Wednesday") resolves against, or why it
 * cannot be: no date, an undated post, or a reference coarser than the expression.
 */
export function relativeAnchor(
  ctx: RuleContext,
  level: RelativeLevel,
): { parts: DateParts; approximate: boolean } | { skip: SkipReason } {
  const ref = ctx.reference;
  if (!ref) return { skip: 'no-reference' };
  if (ref.undatedPosts) return { skip: 'undated-post' };
  const parts = partsOf(ref.date);
  if (level === 'day' && (parts.day === undefined || ref.date.approximate))
    return { skip: 'reference-not-to-the-day' };
  if (level === 'month' && parts.month === undefined) return { skip: 'reference-not-to-the-month' };
  return { parts, approximate: ref.date.approximate };
}

/** The reference day of an anchor that passed `relativeAnchor(ctx, 'day')`. */
export function anchorDay(parts: DateParts): Ymd {
  return { year: parts.year, month: parts.month ?? 1, day: parts.day ?? 1 };
}

/** A year relative to the reference ("last year" → -1). */
export function relativeYear(ctx: RuleContext, offset: number): Outcome {
  const anchor = relativeAnchor(ctx, 'year');
  if ('skip' in anchor) return anchor;
  return makeDate(partialValue(anchor.parts.year + offset), null, true, anchor.approximate);
}

/** A month relative to the reference ("next month" → +1). */
export function relativeMonth(ctx: RuleContext, offset: number): Outcome {
  const anchor = relativeAnchor(ctx, 'month');
  if ('skip' in anchor) return anchor;
  const m = addMonths(anchor.parts.year, anchor.parts.month ?? 1, offset);
  return makeDate(partialValue(m.year, m.month), null, true, anchor.approximate);
}

/** The span from `years` years before the reference's year to that year ("the past two years"). */
export function yearsUpToReference(ctx: RuleContext, years: number): Outcome {
  const anchor = relativeAnchor(ctx, 'year');
  if ('skip' in anchor) return anchor;
  const y = anchor.parts.year;
  return makeDate(partialValue(y - years), partialValue(y), true, anchor.approximate);
}

/** A day relative to the reference day ("yesterday" → -1). */
export function relativeDay(ctx: RuleContext, offset: number): Outcome {
  const anchor = relativeAnchor(ctx, 'day');
  if ('skip' in anchor) return anchor;
  return makeDate(ymdValue(addDays(anchorDay(anchor.parts), offset)), null, true, false);
}

/** A Monday–Sunday week relative to the reference's week ("last week" → -1). */
export function relativeWeek(ctx: RuleContext, offset: number): Outcome {
  const anchor = relativeAnchor(ctx, 'day');
  if ('skip' in anchor) return anchor;
  const monday = addDays(mondayOf(anchorDay(anchor.parts)), 7 * offset);
  return makeDate(ymdValue(monday), ymdValue(addDays(monday, 6)), true, false);
}

/**
 * A Saturday–Sunday weekend: `last` is the latest one that began before the reference day,
 * `this` the one in progress or next to come, `next` the one after that.
 */
export function weekend(ctx: RuleContext, which: 'last' | 'this' | 'next'): Outcome {
  const anchor = relativeAnchor(ctx, 'day');
  if ('skip' in anchor) return anchor;
  const day = anchorDay(anchor.parts);
  const wd = weekdayOf(day);
  let saturday: Ymd;
  if (which === 'last') saturday = addDays(day, -((wd + 1) % 7 || 7));
  else saturday = addDays(day, wd === 0 ? -1 : 6 - wd);
  if (which === 'next') saturday = addDays(saturday, 7);
  return makeDate(ymdValue(saturday), ymdValue(addDays(saturday, 1)), true, false);
}

/**
 * A weekday (0 = Sunday) resolved to a day: within a given week ("Wednesday next week"), strictly
 * before/after the reference ("last/next Wednesday"), or else by the clause's tense: the nearest
 * one on or after the reference day in a future or a schedule ("will meet on Monday", "I'm coming
 * round on Saturday") and for "this Saturday" unless told in the past, else on or before it.
 */
export function resolveWeekday(
  ctx: RuleContext,
  weekday: number,
  direction: Direction,
  week: 'last' | 'this' | 'next' | undefined,
): Outcome {
  const anchor = relativeAnchor(ctx, 'day');
  if ('skip' in anchor) return anchor;
  const day = anchorDay(anchor.parts);
  let result: Ymd;
  if (week) {
    const monday = addDays(mondayOf(day), week === 'last' ? -7 : week === 'next' ? 7 : 0);
    result = addDays(monday, (weekday + 6) % 7);
  } else {
    const back = (weekdayOf(day) - weekday + 7) % 7;
    const ahead = (weekday - weekdayOf(day) + 7) % 7;
    if (direction === 'last') result = addDays(day, -(back || 7));
    else if (direction === 'next') result = addDays(day, ahead || 7);
    else if (looksForward(ctx.tense, direction)) result = addDays(day, ahead);
    else result = addDays(day, -back);
  }
  return makeDate(ymdValue(result), null, true, false);
}

function looksForward(tense: Tense, direction: Direction): boolean {
  if (tense === 'future' || tense === 'near') return true;
  return direction === 'this' && tense !== 'past';
}
