/**
 * Documents → dated events: every date expression in every quotable sentence (reader comments
 * and page furniture left out), resolved against the document's date (or the date of the update
 * or the post it is in), anchored to its sentence and passage, merged across tellings, oldest
 * first.
 */
import type { AnalysedDocument, Document, Passage, Sentence, Span } from '../types.js';
import { formatPartialDate } from '../corpus/index.js';
import { findDates } from './find-dates.js';
import { isFurnitureLine } from './furniture-lines.js';
import { findPostHeaders } from './post-headers.js';
import { labelOf } from './event-label.js';
import { mergeEventSteps } from './merge-events.js';
import { referencesOf } from './date-references.js';
import { runSync, type Scheduler, type Steps } from '../schedule/index.js';
import type { EventDate, EventSource, FoundDates, Timeline, TimelineEvent } from './types.js';

/** Events plus the date expressions left out rather than guessed (undated posts, no document date). */
export function extractTimeline(documents: Iterable<AnalysedDocument>): Timeline {
  return runSync(extractTimelineSteps(documents));
}

/**
 * `extractTimeline` in the scheduler's slices, the event loop free between: reading the dates of 100,000
 * passages and merging their tellings takes seconds. Same steps, so the same result.
 */
export function extractTimelineInSlices(
  documents: Iterable<AnalysedDocument>,
  scheduler: Scheduler,
  onError?: DocumentError,
): Promise<Timeline> {
  return scheduler.runInSlices(extractTimelineSteps(documents, onError));
}

/**
 * Told about a document whose dates could not be read (a bug in a rule): it then has no events
 * and the others still do. Without it, the error is thrown.
 */
export type DocumentError = (document: AnalysedDocument, err: unknown) => void;

/** The extraction as steps: one per passage read, then one per event merged. */
function* extractTimelineSteps(
  documents: Iterable<AnalysedDocument>,
  onError?: DocumentError,
): Steps<Timeline> {
  const { events, skipped } = yield* mentionSteps(documents, onError);
  const merged = yield* mergeEventSteps(events);
  yield;
  return { events: merged.sort(byDate), skipped };
}

/**
 * One event per date expression, before merging, in document order: what the date rules read
 * (the gold timeline scores this).
 */
export function extractMentions(documents: Iterable<AnalysedDocument>): Timeline {
  return runSync(mentionSteps(documents));
}

function* mentionSteps(
  documents: Iterable<AnalysedDocument>,
  onError?: DocumentError,
): Steps<Timeline> {
  const raw: TimelineEvent[] = [];
  const skipped: Timeline['skipped'] = [];
  for (const analysed of documents) {
    try {
      const found = yield* documentMentionSteps(analysed);
      raw.push(...found.events);
      skipped.push(...found.skipped);
    } catch (err) {
      if (!onError) throw err;
      onError(analysed, err);
    }
  }
  return { events: raw, skipped };
}

/** One document's date expressions, in document order: one step per passage. */
function* documentMentionSteps(analysed: AnalysedDocument): Steps<Timeline> {
  const { document } = analysed;
  const source: EventSource = {
    id: document.id,
    title: document.title,
    published: document.published ? formatPartialDate(document.published) : null,
  };
  const reader = sentenceReader(analysed);
  const seen = new Set<number>();
  const found: { at: number; event: TimelineEvent }[] = [];
  const skipped: Timeline['skipped'] = [];
  // innermost passages first: a date inside a quotation belongs to the person quoted
  const passages = analysed.passages
    .filter((p) => p.role !== 'commenter')
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const passage of passages) {
    for (const sentence of passage.sentences) {
      const text = document.body.slice(sentence.start, sentence.end);
      const dates = reader.datesOf(sentence);
      const spans = dates.dates.map((d) => ({ start: d.index, end: d.index + d.text.length }));
      for (const d of dates.dates) {
        const at = sentence.start + d.index;
        if (seen.has(at)) continue;
        seen.add(at);
        found.push({
          at,
          event: {
            ...d.date,
            id: `${passage.id}-${at - passage.start}`,
            label: labelOf(text, d, spans),
            evidence: text,
            speaker: passage.speaker,
            role: passage.role,
            quoteId: passage.id,
            sources: [source],
            mentions: [mentionOf(document, passage, sentence, text, d.text, d.rule)],
          },
        });
      }
      for (const s of dates.skipped) {
        const at = sentence.start + s.index;
        if (seen.has(at)) continue;
        seen.add(at);
        skipped.push({ ...s, documentId: document.id, quoteId: passage.id });
      }
    }
    yield;
  }
  // document order within a document, so merging and equal dates keep the reading order
  return { events: found.sort((a, b) => a.at - b.at).map((f) => f.event), skipped };
}

/**
 * Reads the dates of a document's sentences, each once: against the reference of its place
 * (publication, post header or update), with the date told last before it (in its paragraph or
 * the one before) for "that year" and "two days later", and without the lines that are furniture (copyright, post
 * headers, bylines, datelines).
 */
function sentenceReader(analysed: AnalysedDocument): { datesOf(sentence: Span): FoundDates } {
  const { document, passages } = analysed;
  const body = document.body;
  const referenceAt = referencesOf(analysed);
  const headers = findPostHeaders(body, document.published);
  const paragraphBreaks = [...body.matchAll(PARAGRAPH_BREAK)].map((m) => m.index + m[0].length);
  /** Where the paragraph before the one holding `offset` starts (0 for the first two). */
  const previousParagraphStart = (offset: number) => {
    let start = 0;
    let before = 0;
    for (const b of paragraphBreaks) {
      if (b > offset) break;
      before = start;
      start = b;
    }
    return before;
  };
  // every sentence once, in document order (a quotation's sentences lie inside its paragraph's)
  const sentences = uniqueSpans(
    passages.filter((p) => p.role !== 'commenter').flatMap((p) => p.sentences),
  );
  const memo = new Map<string, FoundDates>();

  // the last date told before, in the sentence's paragraph or else the one before it ("The strike
  // began in 1984. ¶ In March of that year …")
  const toldBefore = (start: number): EventDate | undefined => {
    const from = previousParagraphStart(start);
    for (let i = sentences.length - 1; i >= 0; i--) {
      const s = sentences[i]!;
      if (s.end > start) continue;
      if (s.start < from) break;
      const dates = datesOf(s).dates;
      if (dates.length > 0) return dates[dates.length - 1]!.date;
    }
    return undefined;
  };

  const datesOf = (sentence: Span): FoundDates => {
    const key = `${sentence.start}:${sentence.end}`;
    const cached = memo.get(key);
    if (cached) return cached;
    const text = body.slice(sentence.start, sentence.end);
    const raw = findDates(text, referenceAt(sentence.start), {
      toldBefore: () => toldBefore(sentence.start),
    });
    const keep = (d: { index: number }) => {
      const at = sentence.start + d.index;
      if (headers.some((h) => at >= h.start && at < h.end)) return false;
      return !isFurnitureLine(lineAround(text, d.index));
    };
    const result = { dates: raw.dates.filter(keep), skipped: raw.skipped.filter(keep) };
    memo.set(key, result);
    return result;
  };
  return { datesOf };
}

/** Blank lines end a paragraph. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/** The line of `text` that holds `index`. */
function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end === -1 ? text.length : end);
}

function uniqueSpans(spans: readonly Span[]): Span[] {
  const byKey = new Map<string, Span>();
  for (const s of spans) byKey.set(`${s.start}:${s.end}`, { start: s.start, end: s.end });
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

function mentionOf(
  document: Document,
  passage: Passage,
  sentence: Sentence,
  evidence: string,
  expression: string,
  rule: string,
) {
  return {
    documentId: document.id,
    quoteId: passage.id,
    speaker: passage.speaker,
    role: passage.role,
    evidence,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    expression,
    rule,
  };
}

/** Oldest first: by first day, then last day (shorter spans first), then document order. */
export function byDate(a: TimelineEvent, b: TimelineEvent): number {
  const as = firstDay(a.start);
  const bs = firstDay(b.start);
  if (as !== bs) return as < bs ? -1 : 1;
  const ae = lastDay(a.end ?? a.start);
  const be = lastDay(b.end ?? b.start);
  if (ae !== be) return ae < be ? -1 : 1;
  return 0;
}

function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

function lastDay(value: string): string {
  return value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-31` : value;
}
