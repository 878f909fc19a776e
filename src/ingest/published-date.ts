/**
 * Publication dates as the corpus writes them (`2024`, `2024-03`, `2024-03-05`), at the precision
 * the source gives: an ISO timestamp keeps the date as the publisher wrote it (its own time
 * zone), "March 2024" stays a month.
 */

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** A date from metadata or a `<time>` element, or null when it is not one. */
export function toPartialDate(input: string | null | undefined): string | null {
  const text = (input ?? '').trim();
  if (!text) return null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s+Z])/.exec(text);
  if (iso) return checked(iso[1]!, iso[2], iso[3]);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (compact) return checked(compact[1]!, compact[2], compact[3]);
  // "5 March 2024", "March 5, 2024", "Tue, 05 Mar 2024 10:00:00 GMT", "March 2024"
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (dayFirst) return named(dayFirst[3]!, dayFirst[2]!, dayFirst[1]);
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (monthFirst) return named(monthFirst[3]!, monthFirst[1]!, monthFirst[2]);
  const monthYear = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(text);
  if (monthYear) return named(monthYear[2]!, monthYear[1]!, undefined);
  return null;
}

function named(year: string, monthName: string, day: string | undefined): string | null {
  const index = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  if (index < 0) return null;
  return checked(year, String(index + 1).padStart(2, '0'), day?.padStart(2, '0'));
}

function checked(year: string, month: string | undefined, day: string | undefined): string | null {
  const y = Number(year);
  if (y < 1000 || y > 2999) return null;
  if (month === undefined) return year;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (day === undefined) return `${year}-${month}`;
  const d = Number(day);
  if (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${year}-${month}-${day}`;
}
