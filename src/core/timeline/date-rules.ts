/**
 * Every date rule in one place. `findDates` runs them in this order: a rule only reads text no
 * earlier rule has claimed, so ranges come before their ends, phrases before the words in them
 * ("March last year" before "last year", "A year ago today" before "today"), and the bare-year
 * rule comes last. A rule answers with a date, a reason to skip (rather than guess), or `null` for
 * a look-alike ("Morning Star", "for a second", "start today than…", "since 1945" as a yardstick).
 * A year left out is placed by the tense of the clause (tense.ts): back from the document's date
 * in the past, forward in the future and in schedules.
 * Each rule has a table of sentences (tests/timeline/rule-tables-*.ts, run by date-rules.test.ts).
 * Written dates: calendar-rules.ts; relative to the document's date: relative-rules.ts; counted
 * from the date told before: counted-rules.ts; regex fragments: date-patterns.ts.
 */
import {
  calendarDate,
  dateline,
  dayRange,
  decade,
  monthRange,
  openClose,
  year,
  yearRange,
} from './calendar-rules.js';
import { countedFrom } from './counted-rules.js';
import type { DateRule } from './date-patterns.js';
import {
  anniversary,
  holiday,
  monthOfYear,
  perfectNow,
  relativeDayRule,
  relativeMonthRule,
  relativeWeekRule,
  relativeYearRule,
  spanOfYears,
  weekday,
  weekend,
  yearsAgo,
} from './relative-rules.js';

export type { DateRule } from './date-patterns.js';
export { datelineParts } from './calendar-rules.js';

export const DATE_RULES: readonly DateRule[] = [
  dateline,
  openClose,
  dayRange,
  monthRange,
  yearRange,
  monthOfYear,
  weekday,
  weekend,
  relativeWeekRule,
  anniversary,
  relativeDayRule,
  perfectNow,
  countedFrom,
  relativeMonthRule,
  relativeYearRule,
  spanOfYears,
  yearsAgo,
  holiday,
  calendarDate,
  decade,
  year,
];
