/**
 * Building blocks of the date rules: the shape of a rule, the regex fragments for months, days
 * and years, and small readers for what the fragments capture.
 */
import type { Outcome, RuleContext } from './resolve-date.js';
import { tenseAt, type Tense } from './tense.js';

/** A match of a rule: where, what was written, and what it means. */
export interface RuleHit {
  index: number;
  text: string;
  outcome: Outcome;
}

export interface DateRule {
  name: string;
  /** What the rule reads, with an example from the seeds. */
  description: string;
  find(ctx: RuleContext): RuleHit[];
}

export const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December';
export const MONTH = `(?:${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?`;
export const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
export const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
export const DASH = '\\s*[–—-]\\s*';
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};
export const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;

/** The context for one match: the tense is read from the clause around it, when a rule asks. */
export function forMatch(ctx: RuleContext, index: number, length: number): RuleContext {
  let tense: Tense | undefined;
  return {
    sentence: ctx.sentence,
    reference: ctx.reference,
    dateBefore: ctx.dateBefore,
    get tense() {
      return (tense ??= tenseAt(ctx.sentence, index, index + length));
    },
  };
}

/** A rule made of a regular expression and what a match means (`group`: report that group only). */
export function regexRule(
  name: string,
  description: string,
  pattern: RegExp,
  resolve: (m: RegExpExecArray, ctx: RuleContext) => Outcome,
  group?: string,
): DateRule {
  return {
    name,
    description,
    find(ctx) {
      const hits: RuleHit[] = [];
      for (const m of ctx.sentence.matchAll(pattern)) {
        const match = m as RegExpExecArray;
        const text = group ? (match.groups?.[group] ?? match[0]) : match[0];
        const index = group ? match.index + match[0].indexOf(text) : match.index;
        hits.push({ index, text, outcome: resolve(match, forMatch(ctx, index, text.length)) });
      }
      return hits;
    },
  };
}

const WEEKDAY_BEFORE = new RegExp(`\\b(${WEEKDAYS.join('|')}),?\\s+(?:the\\s+)?$`);

/** The weekday written just before `index` ("Friday 14 October", "Thursday the 4th of July"), 0 = Sunday. */
export function weekdayBefore(sentence: string, index: number): number | undefined {
  const m = WEEKDAY_BEFORE.exec(sentence.slice(Math.max(0, index - 16), index));
  return m ? WEEKDAYS.indexOf(m[1]!) : undefined;
}

export function monthNumber(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const key = word.slice(0, 3).toLowerCase();
  const i = [
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
  ].indexOf(key);
  return i === -1 ? undefined : i + 1;
}

export function offsetOf(which: string | undefined): number {
  const w = (which ?? '').toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

export function countOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
  return n !== undefined && n > 0 ? n : undefined;
}
