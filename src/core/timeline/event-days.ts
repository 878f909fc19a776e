/**
 * The days an event's date covers, as `YYYY-MM-DD`: what the date filters compare. A month ends
 * on its last day and a year on 31 December; a range ends where its end does.
 */
import { endOf, startOf } from '../corpus/index.js';

export function firstDayOf(value: string): string {
  return startOf({ value, precision: 'day', approximate: false });
}

export function lastDayOf(value: string): string {
  const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return endOf({ value, precision, approximate: false });
}
