/**
 * An event's date as people write it, as precise as known and no more: "12 Dec 2019",
 * "Feb 2019", "2019", "2010–2015", "26–28 Sep 2021", "Oct 2010 – Oct 2013", "c. 2020".
 */
import type { EventDate } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function labelEventDate(date: Pick<EventDate, 'start' | 'end' | 'approximate'>): string {
  const text = date.end === null ? labelValue(date.start) : labelRange(date.start, date.end);
  return date.approximate ? `c. ${text}` : text;
}

function labelRange(start: string, end: string): string {
  const [sy, sm, sd] = start.split('-');
  const [ey, em, ed] = end.split('-');
  if (start.length !== end.length) return `${labelValue(start)} – ${labelValue(end)}`;
  if (sm === undefined || em === undefined) return `${sy}–${ey}`;
  if (sd === undefined || ed === undefined) {
    return sy === ey
      ? `${month(sm)}–${month(em)} ${ey}`
      : `${labelValue(start)} – ${labelValue(end)}`;
  }
  if (sy === ey && sm === em) return `${Number(sd)}–${Number(ed)} ${month(em)} ${ey}`;
  if (sy === ey) return `${Number(sd)} ${month(sm)} – ${Number(ed)} ${month(em)} ${ey}`;
  return `${labelValue(start)} – ${labelValue(end)}`;
}

function labelValue(value: string): string {
  const [y, m, d] = value.split('-');
  if (m === undefined) return y ?? value;
  if (d === undefined) return `${month(m)} ${y}`;
  return `${Number(d)} ${month(m)} ${y}`;
}

function month(m: string): string {
  return MONTHS[Number(m) - 1] ?? m;
}
