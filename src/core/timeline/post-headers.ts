/**
 * Post headers of a social page (`Name @handle · Jun 12`, `· Jun 12, 2022`, `· 3h`): each dates
 * the post under it. A header with no year takes the latest such day on or before the page's
 * date (posts come before the page was saved): `· Jun 12` on a page of 20 June 2024 is
 * 12 June 2024, never the year 2012. The header lines themselves are page furniture.
 *
 * An e-mail reproduced in a page (`Date: Wed, 15 Mar 2023, 22:41`) is dated the same way: its
 * "yesterday" and "today" are the day it was sent, not the day the page was published.
 */
import type { PartialDate } from '../types.js';
import { parsePartialDate } from '../corpus/index.js';
import { addDays, isValidDay, partialValue, partsOf } from './calendar.js';
import { DAY, MONTH, YEAR, monthNumber } from './date-patterns.js';

/** A post header line and the date of its post (null when it cannot be placed in a year). */
export interface PostHeader {
  /** Span of the header line in the body. */
  start: number;
  end: number;
  date: PartialDate | null;
}

/** `Name @handle · when`: the line of a post header, with `·` or `•` before its time. */
const HEADER_LINE =
  /^[^\n@]{0,80}@[A-Za-z0-9_]{1,30}[ \t]*[·•][ \t]*(?<when>[^\n·•]{1,24}?)[ \t]*$/gm;
const WHEN_DATE = new RegExp(
  `^(?:(?<m>${MONTH})\\s+(?<d>${DAY})|(?<d_b>${DAY})\\s+(?<m_b>${MONTH}))(?:,?\\s+(?<y>${YEAR}))?$`,
);
/** `Date: Wed, 15 Mar 2023, 22:41` or `Sent: Tuesday, March 14, 2023 9:02 PM`: a full date only. */
const MAIL_DATE_LINE = /^(?:Date|Sent)[ \t]*:[ \t]*(?<when>[^\n]{6,60}?)[ \t]*$/gm;
const MAIL_WHEN = new RegExp(
  `^(?:[A-Z][a-z]{2,8},?\\s+)?(?:(?<m>${MONTH})\\s+(?<d>${DAY}),?|(?<d_b>${DAY})\\s+(?<m_b>${MONTH}),?)\\s+(?<y>${YEAR})\\b`,
);
const WHEN_AGO = /^(?<n>\d{1,3})\s*(?<unit>s|m|min|mins|h|hr|hrs|d)$|^(?<now>now|just now)$/i;

/** The post headers of a body, in order. */
export function findPostHeaders(body: string, page: PartialDate | null): PostHeader[] {
  const out: PostHeader[] = [];
  for (const m of body.matchAll(HEADER_LINE)) {
    const when = (m.groups?.when ?? '').trim();
    const date = dateOfPost(when, page);
    if (date === undefined) continue;
    out.push({ start: m.index, end: m.index + m[0].length, date });
  }
  for (const m of body.matchAll(MAIL_DATE_LINE)) {
    const g = MAIL_WHEN.exec(m.groups?.when ?? '')?.groups;
    const month = g && monthNumber(g.m ?? g.m_b);
    const day = parseInt(g?.d ?? g?.d_b ?? '', 10);
    if (!g || month === undefined || !isValidDay(Number(g.y), month, day)) continue;
    const date = withApproximate(partialValue(Number(g.y), month, day), false);
    out.push({ start: m.index, end: m.index + m[0].length, date });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The date a header's time gives, null when it has no year to take, undefined when it is no time. */
function dateOfPost(when: string, page: PartialDate | null): PartialDate | null | undefined {
  const ago = WHEN_AGO.exec(when);
  if (ago?.groups) {
    if (!page || page.precision !== 'day') return null;
    const p = partsOf(page);
    const days = ago.groups.unit?.toLowerCase() === 'd' ? Number(ago.groups.n) : 0;
    const day = addDays({ year: p.year, month: p.month ?? 1, day: p.day ?? 1 }, -days);
    return withApproximate(partialValue(day.year, day.month, day.day), page.approximate);
  }
  const g = WHEN_DATE.exec(when)?.groups;
  if (!g) return undefined;
  const month = monthNumber(g.m ?? g.m_b);
  const day = parseInt(g.d ?? g.d_b ?? '', 10);
  if (month === undefined) return undefined;
  if (g.y)
    return isValidDay(Number(g.y), month, day)
      ? withApproximate(partialValue(Number(g.y), month, day), false)
      : undefined;
  if (!page) return null;
  const p = partsOf(page);
  // the latest such day on or before the page's date
  const after =
    p.month !== undefined && (month > p.month || (month === p.month && day > (p.day ?? 31)));
  const year = after ? p.year - 1 : p.year;
  if (!isValidDay(year, month, day)) return undefined;
  return withApproximate(partialValue(year, month, day), page.approximate || p.month === undefined);
}

function withApproximate(value: string, approximate: boolean): PartialDate | null {
  const date = parsePartialDate(value);
  return date ? { ...date, approximate } : null;
}
