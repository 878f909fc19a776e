/**
 * Partial dates: `2019`, `2019-11`, `2019-11-06`, with the EDTF (ISO 8601-2) qualifiers `~`
 * (approximate), `?` (uncertain) and `%` (both) as a suffix. Uncertain counts as approximate here:
 * both mean "do not present this as a known fact".
 */
import type { PartialDate, Precision } from '../types.js';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** Parses a partial date; returns null (never throws) when it is not one. */
export function parsePartialDate(input: string | number): PartialDate | null {
  const text = String(input).trim();
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d, q] = m;
  const year = Number(y);
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return null;
    if (d !== undefined) {
      const day = Number(d);
      if (day < 1 || day > daysInMonth(year, month)) return null;
    }
  }
  const precision: Precision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  const value = [y, mo, d].filter((p) => p !== undefined).join('-');
  return { value, precision, approximate: q !== undefined };
}

/** `2019-11-06~` style: the value with its qualifier. */
export function formatPartialDate(date: PartialDate): string {
  return `${date.value}${date.approximate ? '~' : ''}`;
}

/** Human form: "6 Nov 2019", "Feb 2019", "2019", prefixed "c. " when approximate. */
export function labelPartialDate(date: PartialDate): string {
  const [y, m, d] = date.value.split('-');
  let label: string;
  if (date.precision === 'day') label = `${Number(d)} ${MONTHS_SHORT[Number(m) - 1]} ${y}`;
  else if (date.precision === 'month') label = `${MONTHS_SHORT[Number(m) - 1]} ${y}`;
  else label = y ?? date.value;
  return date.approximate ? `c. ${label}` : label;
}

/** First day covered by the date, as `YYYY-MM-DD` (for range filters and sorting). */
export function startOf(date: PartialDate): string {
  const [y, m = '01', d = '01'] = date.value.split('-');
  return `${y}-${m}-${d}`;
}

/** Last day covered by the date, as `YYYY-MM-DD`. */
export function endOf(date: PartialDate): string {
  const [y, m, d] = date.value.split('-');
  if (d !== undefined && m !== undefined) return `${y}-${m}-${d}`;
  if (m !== undefined)
    return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/** True when the date's span overlaps [from, to] (either bound may be missing). */
export function overlaps(
  date: PartialDate,
  from: PartialDate | null,
  to: PartialDate | null,
): boolean {
  if (from && endOf(date) < startOf(from)) return false;
  if (to && startOf(date) > endOf(to)) return false;
  return true;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
