/**
 * Helpers for the date-rule tables: a compact way to write a reference date and the expected
 * dates of a sentence, turned into the exact `FoundDates` value `findDates` must return.
 */
import { parsePartialDate } from '../../src/core/corpus/partial-date.js';
import { findDates, type FindOptions } from '../../src/core/timeline/find-dates.js';
import type {
  DateReference,
  EventPrecision,
  FoundDates,
  SkipReason,
} from '../../src/core/timeline/types.js';

export type Expected =
  | {
      text: string;
      rule: string;
      start: string;
      end: string | null;
      precision: EventPrecision;
      inferred: boolean;
      approximate: boolean;
      /** Which occurrence of `text` in the sentence (0 = first). */
      nth?: number;
    }
  | { text: string; rule: string; skip: SkipReason; nth?: number };

export interface RuleCase {
  given: string;
  then: string;
  sentence: string;
  /** `2019-11-06` (a dated document), `posts 2019-02~` (a page of undated posts), or null. */
  ref: string | null;
  /** A sentence before this one in its paragraph: its last date is what "that year" counts from. */
  told?: string;
  expect: Expected[];
}

/** A date: flags are any of `inferred`, `approximate`. */
export function date(
  text: string,
  rule: string,
  start: string,
  end: string | null,
  precision: EventPrecision,
  flags = '',
  nth = 0,
): Expected {
  return {
    text,
    rule,
    start,
    end,
    precision,
    inferred: flags.includes('inferred'),
    approximate: flags.includes('approximate'),
    nth,
  };
}

export function skip(text: string, rule: string, reason: SkipReason): Expected {
  return { text, rule, skip: reason };
}

export function referenceOf(ref: string | null): DateReference | null {
  if (ref === null) return null;
  const posts = ref.startsWith('posts ');
  const parsed = parsePartialDate(posts ? ref.slice(6) : ref);
  if (!parsed) throw new Error(`bad reference in a test table: ${ref}`);
  return { date: parsed, undatedPosts: posts };
}

/** The options `findDates` is given for a case: the last date of the sentence told before. */
export function optionsOf(c: RuleCase): FindOptions {
  if (c.told === undefined) return {};
  const told = findDates(c.told, referenceOf(c.ref)).dates;
  return { toldBefore: () => told[told.length - 1]?.date };
}

/** The exact value `findDates` must return for a case. */
export function expectedFound(c: RuleCase): FoundDates {
  const indexOf = (text: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) {
      i = c.sentence.indexOf(text, i + 1);
      if (i === -1) throw new Error(`"${text}" is not in the sentence of "${c.given}"`);
    }
    return i;
  };
  const found: FoundDates = { dates: [], skipped: [] };
  for (const e of c.expect) {
    const index = indexOf(e.text, e.nth);
    if ('skip' in e) found.skipped.push({ index, text: e.text, rule: e.rule, reason: e.skip });
    else {
      const { text, rule, start, end, precision, inferred, approximate } = e;
      found.dates.push({
        index,
        text,
        rule,
        date: { start, end, precision, inferred, approximate },
      });
    }
  }
  found.dates.sort((a, b) => a.index - b.index);
  found.skipped.sort((a, b) => a.index - b.index);
  return found;
}
