/**
 * Finds every date expression in a sentence by running `DATE_RULES` in order; a rule only reads
 * text that no earlier rule has claimed. Look-alikes claim their text and yield nothing.
 */
import { DATE_RULES, type DateRule } from './date-rules.js';
import { isSkip, type RuleContext } from './resolve-date.js';
import type { DateMention, DateReference, EventDate, FoundDates, SkippedMention } from './types.js';

/**
 * Every rule reads a digit, a month or weekday name, or one of these words: a sentence with none
 * of them holds no date, and most sentences are passed over at the cost of one search.
 */
const MAY_HOLD_A_DATE =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|day|week|month|year|now|just|ago|night|morning|afternoon|evening|tomorrow|christmas|halloween|valentine|bonfire/i;

export interface FindOptions {
  /**
   * The last date told before this sentence (in its paragraph or the one before): what "that
   * year" or "two days later" count from when the sentence itself told none before them. Asked
   * only when needed.
   */
  toldBefore?: () => EventDate | undefined;
  rules?: readonly DateRule[];
}

/** Dates in one sentence, resolved against the reference (publication, post or update date). */
export function findDates(
  sentence: string,
  reference: DateReference | null,
  options: FindOptions = {},
): FoundDates {
  const rules = options.rules ?? DATE_RULES;
  if (!MAY_HOLD_A_DATE.test(sentence)) return { dates: [], skipped: [] };
  const ctx: RuleContext = {
    sentence,
    reference,
    tense: 'none',
    dateBefore: (index, inSentence = false) => {
      // the sentence up to the expression is read for its own last date first
      const own = index > 0 ? findDates(sentence.slice(0, index), reference, options).dates : [];
      if (own.length > 0) return own[own.length - 1]!.date;
      return inSentence ? undefined : options.toldBefore?.();
    },
  };
  const claimed: { start: number; end: number }[] = [];
  const dates: DateMention[] = [];
  const skipped: SkippedMention[] = [];
  for (const rule of rules) {
    for (const hit of rule.find(ctx)) {
      if (hit.outcome === undefined) continue;
      const start = hit.index;
      const end = hit.index + hit.text.length;
      if (claimed.some((c) => start < c.end && c.start < end)) continue;
      claimed.push({ start, end });
      if (hit.outcome === null) continue;
      if (isSkip(hit.outcome))
        skipped.push({ index: start, text: hit.text, rule: rule.name, reason: hit.outcome.skip });
      else dates.push({ index: start, text: hit.text, rule: rule.name, date: hit.outcome });
    }
  }
  dates.sort((a, b) => a.index - b.index);
  skipped.sort((a, b) => a.index - b.index);
  return { dates, skipped };
}
