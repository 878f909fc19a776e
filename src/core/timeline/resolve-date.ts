/**
 * How a date expression becomes an `EventDate`: explicit dates, years inferred from the
 * reference date (the future-month rule), and relative expressions resolved against it. The
 * rules that decide *which* resolution applies live in `date-rules.ts`.
 */
import type { DateReference, EventDate, SkipReason } from './types.js';
import {
  addDays,
  addMonths,
  mondayOf,
  partialValue,
  partsOf,
  weekdayOf,
  isValidDay,
  ymdValue,
  type DateParts,
  type Ymd,
} from './calendar.js';

/** What a rule needs to know about the sentence it reads. */
export interface RuleContext {
  sentence: string;
  reference: DateReference | null;
  /** The sentence talks about plans: a month without a year looks forward, not back. */
  plans: boolean;
  /** The last year written out before this sentence in its passage ("that year" refers to it). */
  yearBefore?: number;
  /** The clause is in the past tense: a month without a year looks back. Neither past nor plans: the nearest. */
  past?: boolean;
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
 * The future-month rule: a month (and day) written without a year takes the reference's year,
 * unless it would then lie after the reference: then it belongs to the year before, except in a
 * sentence about plans, where a month before the reference belongs to the year after.
 */
export function inferYear(
  ctx: RuleContext,
  month: number,
  day: number | undefined,
  direction: Direction = undefined,
): { year: number; approximate: boolean } | { skip: SkipReason } {
  const ref = ctx.reference;
  if (!ref) return { skip: 'no-reference' };
  const r = partsOf(ref.date);
  // a document dated only to the year: the month cannot be placed before or after it
  if (r.month === undefined) return { year: r.year, approximate: true };
  let cmp = month - r.month;
  if (cmp === 0 && day !== undefined && r.day !== undefined) cmp = day - r.day;
  const forward = ctx.plans && !ref.undatedPosts;
  let year: number;
  if (direction === 'last') year = cmp >= 0 ? r.year - 1 : r.year;
  else if (direction === 'next') year = cmp <= 0 ? r.year + 1 : r.year;
  else if (forward) year = cmp < 0 ? r.year + 1 : r.year;
  else if (ctx.past === false && !ref.undatedPosts) year = nearestYear(r, month, day);
  else year = cmp > 0 ? r.year - 1 : r.year;
  return { year, approximate: ref.undatedPosts };
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
 * before/after the reference ("last/next Wednesday"), or else the nearest one on or before the
 * reference day (on or after it in a sentence about plans).
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
    else if (ctx.plans) result = addDays(day, ahead);
    else result = addDays(day, -back);
  }
  return makeDate(ymdValue(result), null, true, false);
}

/**
 * "Friday 14 October": the year, among the document's and the ones either side, in which that
 * day is that weekday (at most one of three consecutive years can be); null when none is or the
 * document has no date.
 */
export function yearOfWeekday(
  ctx: RuleContext,
  month: number,
  day: number,
  weekday: number,
): number | null {
  const ref = ctx.reference;
  if (!ref) return null;
  const r = partsOf(ref.date);
  const fits = [r.year, r.year + 1, r.year - 1].filter(
    (y) => isValidDay(y, month, day) && weekdayOf({ year: y, month, day }) === weekday,
  );
  return fits[0] ?? null;
}

/**
 * In a clause with neither a past act nor a plan ("the first test comes on 14 September"), the
 * occurrence of `day month` nearest the reference: the year before, of or after it.
 */
function nearestYear(r: DateParts, month: number, day: number | undefined): number {
  const refAt = r.year * 12 + (r.month ?? 1) + (r.day ?? 15) / 31;
  const distance = (year: number) => Math.abs(year * 12 + month + (day ?? 15) / 31 - refAt);
  return [r.year, r.year - 1, r.year + 1].reduce((best, y) =>
    distance(y) < distance(best) ? y : best,
  );
}
