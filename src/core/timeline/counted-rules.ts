/**
 * Rules that count from the date told before them, in the same sentence or earlier in the
 * paragraph, not from the document's date: "In March of that year", "later that year", "the
 * following year", "two days later". With no date told before, they are skipped, never guessed.
 */
import { addDays, addMonths, partialValue, ymdValue } from './calendar.js';
import { COUNT, countOf, regexRule } from './date-patterns.js';
import { makeDate, type Outcome, type RuleContext } from './resolve-date.js';
import type { EventDate } from './types.js';

type Unit = 'year' | 'month' | 'week' | 'day';

/** "after"/"before" count from the date told only at the end of a clause ("the day before."), not "the day before the vote". */
const CLAUSE_END = '(?=\\s*(?:[,.;:!?)—–]|$))';

export const countedFrom = regexRule(
  'counted-from',
  'A year, month or day counted from the date told before ("later that year", "the following year", "two days later", "a year earlier").',
  new RegExp(
    `\\b(?:(?:later|earlier|early|late)\\s+(?:in\\s+)?)?(?<same>that|the\\s+same)\\s+year\\b(?!['’]s)` +
      `|\\bthe\\s+(?<dir1>following|next|previous|preceding)\\s+(?<unit1>year|month|week|day)\\b` +
      `|\\bthe\\s+(?<unit2>year|month|week|day)\\s+(?<dir2>after|before)${CLAUSE_END}` +
      `|\\b(?<n>${COUNT})\\s+(?<unit3>years?|months?|weeks?|days?)\\s+(?:(?<dir3>later|earlier)\\b|(?<dir4>after|before)${CLAUSE_END})`,
    'gi',
  ),
  (m, ctx) => {
    const g = m.groups ?? {};
    if (g.same) return countFrom(ctx, m.index, 'year', 0, true);
    const unit = (g.unit1 ?? g.unit2 ?? g.unit3 ?? '').toLowerCase().replace(/s$/, '') as Unit;
    const dir = (g.dir1 ?? g.dir2 ?? g.dir3 ?? g.dir4 ?? '').toLowerCase();
    const n = g.n ? countOf(g.n) : 1;
    if (n === undefined) return undefined;
    const sign = /^(?:following|next|after|later)$/.test(dir) ? 1 : -1;
    // "the next month" with nothing told before is the reference's next month: another rule's
    return countFrom(ctx, m.index, unit, sign * n, dir !== 'next');
  },
);

function countFrom(
  ctx: RuleContext,
  index: number,
  unit: Unit,
  offset: number,
  mustCount: boolean,
): Outcome {
  const told = ctx.dateBefore(index);
  const from = told ? fromDate(told, unit) : undefined;
  if (!told || !from) return mustCount ? { skip: 'no-earlier-date' } : undefined;
  if (unit === 'year')
    return makeDate(partialValue(from.year + offset), null, true, told.approximate);
  if (unit === 'month') {
    const m = addMonths(from.year, from.month, offset);
    return makeDate(partialValue(m.year, m.month), null, true, told.approximate);
  }
  const days = unit === 'week' ? 7 * offset : offset;
  return makeDate(ymdValue(addDays(from, days)), null, true, told.approximate);
}

/** The parts of the told date (a range's end) a unit counts from: a day needs a day, a month a month. */
function fromDate(
  told: EventDate,
  unit: Unit,
): { year: number; month: number; day: number } | undefined {
  const [y, m, d] = (told.end ?? told.start).split('-').map(Number);
  if (y === undefined) return undefined;
  if (unit === 'year') return { year: y, month: m ?? 1, day: d ?? 1 };
  if (m === undefined || (unit !== 'month' && d === undefined)) return undefined;
  return { year: y, month: m, day: d ?? 1 };
}
