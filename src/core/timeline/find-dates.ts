/**
 * Finds every date expression in a sentence by running `DATE_RULES` in order; a rule only reads
 * text that no earlier rule has claimed. Look-alikes claim their text and yield nothing.
 */
import { DATE_RULES, isAboutPlans, type DateRule } from './date-rules.js';
import { isSkip, type RuleContext } from './resolve-date.js';
import type { DateMention, DateReference, FoundDates, SkippedMention } from './types.js';

/** Dates in one sentence, resolved against the reference (publication or update date). */
export function findDates(
  sentence: string,
  reference: DateReference | null,
  rules: readonly DateRule[] = DATE_RULES,
  /** The last year written before this sentence in its passage ("that year"). */
  yearBefore?: number,
): FoundDates {
  const ctx: RuleContext = { sentence, reference, plans: isAboutPlans(sentence), yearBefore };
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
