/**
 * Building blocks of the date rules: the shape of a rule, the regex fragments for months, days
 * and years, and small readers for what the fragments capture.
 */
import type { Outcome, RuleContext } from './resolve-date.js';

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
export const NUMBER_WORDS: Record<string, number> = {
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

/**
 * Words that make a sentence about plans: there a month without a year looks forward
 * ("will take place from 26 – 28 September", "is organising a Festival … on October 16/17").
 */
export const PLAN_CUES =
  /\b(?:will|shall|would|going to|is to|are to|plans?|planned|planning|organi[sz]ing|scheduled|due(?: to| on| in)?|upcoming|forthcoming|coming up|later this|next (?:week|month|year)|hopes? to|aims? to|set to|expected to|to be|takes? (?:place|effect)|starts?|begins?|opens?|closes?|runs? (?:from|until|to|through)|is out|are out|goes on sale|go on sale|goes live|kicks? off|launches|assembles?|comes? into force|expires?|deadline|join us|are invited|is invited|register by|(?:have|has) until)\b|['’]ll\b|\b(?:am|are|is|['’]m|['’]re)\s+(?:\w+ing)\b/i;

/**
 * Past-tense words: where one stands between a date and a plan cue in the same clause, the date
 * belongs to the past act ("In March she announced she would stand").
 */
export const PAST_CUES =
  /\b(?:was|were|had|did|said|told|wrote|announced|declared|confirmed|revealed|became|began|won|lost|went|came|made|took|gave|left|met|held|ran|spoke|sent|stood|fought|brought|bought|thought|kept|found|sat|led|fell|rose|saw|got|\w{3,}ed)\b/i;

/** Where one clause ends and the next begins: punctuation, or a word that opens a new clause. */
const CLAUSE_BREAK =
  /[,;:()—–]|\b(?:that|and|but|before|after|while|when|because|although|though|who|which)\b/gi;

/**
 * True when the clause holding `text[start, end)` talks about plans. The clause, not the sentence:
 * in "announced on Monday that she would step down next month" the announcement is past and only
 * the stepping down is planned.
 */
export function isAboutPlansAt(sentence: string, start: number, end: number): boolean {
  const { from, to } = clauseAround(sentence, start, end);
  const clause = sentence.slice(from, to);
  const plan = PLAN_CUES.exec(clause);
  if (!plan) return startsListing(sentence, start);
  // a past act between the date and the plan: "In March she announced she would stand"
  const dateEnd = end - from;
  if (plan.index >= dateEnd && PAST_CUES.test(clause.slice(dateEnd, plan.index))) return false;
  return true;
}

/** True when the clause holding `text[start, end)` is in the past tense ("was", "announced"). */
export function isPastAt(sentence: string, start: number, end: number): boolean {
  const { from, to } = clauseAround(sentence, start, end);
  return (
    PAST_CUES.test(sentence.slice(from, to)) || /\bago\b|\blast\b/i.test(sentence.slice(from, to))
  );
}

/**
 * A line of an event listing: it opens with the date ("Wednesday 5 October, 7pm – Online
 * briefing", "14 September: Rally at the Pier Head"): listings announce what is to come.
 */
function startsListing(sentence: string, start: number): boolean {
  if (start > 12) return false;
  return new RegExp(
    `^\\s*(?:${WEEKDAYS.join('|')})?,?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b[^.]{0,40}?(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)|[–—:-])`,
    'i',
  ).test(sentence);
}

/** The clause around `text[start, end)`: from the break before it to the break after it. */
function clauseAround(sentence: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { from, to };
}

/** The context for one match: "about plans" is read from the clause around it. */
export function forMatch(ctx: RuleContext, index: number, length: number): RuleContext {
  return {
    ...ctx,
    plans: isAboutPlansAt(ctx.sentence, index, index + length),
    past: isPastAt(ctx.sentence, index, index + length),
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
