/**
 * Timeline types: a date read from a sentence, and an event anchored to that sentence.
 * Dates are partial (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and never more precise than the text.
 */
import type { PartialDate, Precision, Role } from '../types.js';

/** `range` when the text gives two ends; the ends keep their own precision in `start`/`end`. */
export type EventPrecision = Precision | 'range';

/** When something happened, as precise as the text says and no more. */
export interface EventDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  start: string;
  /** The last day/month/year of a range (same form as `start`); null for a single date. */
  end: string | null;
  precision: EventPrecision;
  /** Part of the date did not come from the text: a year taken from the document's date, a weekday resolved to a day, a relative expression. */
  inferred: boolean;
  /** Resolved against a date that is itself approximate, or a round figure ("35 years ago"): shown as "c. …". */
  approximate: boolean;
}

/** What relative expressions in a sentence resolve against. */
export interface DateReference {
  /** The document's publication date, or the date of the update the sentence follows. */
  date: PartialDate;
  /**
   * A page of undated posts (a social page): its date only bounds the posts from above, so
   * nothing resolves forward from it, relative expressions are skipped and inferred years are approximate.
   */
  undatedPosts: boolean;
}

/** A date expression found in a sentence and resolved. */
export interface DateMention {
  /** UTF-16 offset of the expression in the sentence. */
  index: number;
  /** The expression as written. */
  text: string;
  /** Name of the rule that read it (see `DATE_RULES`). */
  rule: string;
  date: EventDate;
}

/** Why a date expression was found but not turned into a date. */
export type SkipReason =
  /** The document has no date to resolve against. */
  | 'no-reference'
  /** A day-level expression ("on Wednesday", "today") in a document not dated to the day. */
  | 'reference-not-to-the-day'
  /** A month-level expression ("last month") in a document dated only to the year. */
  | 'reference-not-to-the-month'
  /** A relative expression in an undated post: the page's date only bounds it. */
  | 'undated-post'
  /** A date counted from one told before ("that year", "two days later") with none told before it. */
  | 'no-earlier-date';

/** A date expression that was found but left out rather than guessed. */
export interface SkippedMention {
  index: number;
  text: string;
  rule: string;
  reason: SkipReason;
}

/** Dates found in one sentence: resolved ones, and ones skipped rather than guessed. */
export interface FoundDates {
  dates: DateMention[];
  skipped: SkippedMention[];
}

/** A source document of an event, as shown and as printed by `--json`. */
export interface EventSource {
  id: string;
  title: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, `~` when approximate; null when unknown. */
  published: string | null;
}

/** One telling of an event: the sentence and passage it came from. */
export interface EventMention {
  documentId: string;
  quoteId: string;
  speaker: string;
  role: Role;
  /** The full sentence, verbatim (`body.slice(sentenceStart, sentenceEnd)`). */
  evidence: string;
  /** The sentence's span in the document body. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The date expression as written and the rule that read it. */
  expression: string;
  rule: string;
}

/** A dated event of the timeline. */
export interface TimelineEvent extends EventDate {
  /** Stable id: quote id of the first telling + offset of its date expression. */
  id: string;
  /** Short text drawn from the sentence (a clause around the date expression). */
  label: string;
  /** The full sentence of the main telling, verbatim. */
  evidence: string;
  speaker: string;
  role: Role;
  /** Passage (quote) id of the main telling. */
  quoteId: string;
  /** Every document that tells this event, main telling first. */
  sources: EventSource[];
  /** Every telling merged into this event, main telling first. */
  mentions: EventMention[];
}

/** Events in timeline order, read a slice at a time (a page, or all for `--json`); an array is one. */
export interface EventList {
  readonly length: number;
  slice(start: number, end: number): TimelineEvent[];
}

/** Dated events of a set of documents, plus the expressions left out rather than guessed. */
export interface Timeline {
  events: TimelineEvent[];
  skipped: (SkippedMention & { documentId: string; quoteId: string })[];
}
