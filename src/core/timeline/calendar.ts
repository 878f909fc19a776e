/**
 * Calendar arithmetic on plain year/month/day numbers (UTC, proleptic Gregorian), and the
 * partial-date strings the timeline uses.
 */
import type { PartialDate } from '../types.js';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** The parts of a partial date: month and day are undefined when the date does not give them. */
export interface DateParts {
  year: number;
  month: number | undefined;
  day: number | undefined;
}

export function partsOf(date: PartialDate): DateParts {
  const [y, m, d] = date.value.split('-');
  return {
    year: Number(y),
    month: m === undefined ? undefined : Number(m),
    day: d === undefined ? undefined : Number(d),
  };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as far as the parts go. */
export function partialValue(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, '0');
  if (month === undefined) return y;
  const m = String(month).padStart(2, '0');
  if (day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(day).padStart(2, '0')}`;
}

export function ymdValue(date: Ymd): string {
  return partialValue(date.year, date.month, date.day);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  );
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Adds months to a year/month pair. */
export function addMonths(
  year: number,
  month: number,
  months: number,
): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: Ymd): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Monday of the week that holds `date` (weeks run Monday to Sunday in Britain). */
export function mondayOf(date: Ymd): Ymd {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}
