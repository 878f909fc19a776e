/**
 * Documents → dated events: every date expression in every quotable sentence (reader comments
 * and page furniture left out), resolved against the document's date (or the date of the update
 * it follows), anchored to its sentence and passage, merged across tellings, oldest first.
 */
import type { AnalysedDocument, Document, PartialDate, Passage, Sentence } from '../types.js';
import { formatPartialDate, parsePartialDate } from '../corpus/partial-date.js';
import { partialValue, partsOf } from './calendar.js';
import { datelineParts } from './date-rules.js';
import { findDates } from './find-dates.js';
import { labelOf } from './event-label.js';
import { mergeEvents } from './merge-events.js';
import type { DateReference, EventSource, Timeline, TimelineEvent } from './types.js';

/** Every dated event of the documents, merged and oldest first. */
export function extractEvents(documents: Iterable<AnalysedDocument>): TimelineEvent[] {
  return extractTimeline(documents).events;
}

/** Events plus the date expressions left out rather than guessed (undated posts, no document date). */
export function extractTimeline(documents: Iterable<AnalysedDocument>): Timeline {
  const { events, skipped } = extractMentions(documents);
  return { events: mergeEvents(events).sort(byDate), skipped };
}

/**
 * One event per date expression, before merging, in document order: what the date rules read
 * (the gold timeline scores this).
 */
export function extractMentions(documents: Iterable<AnalysedDocument>): Timeline {
  const raw: TimelineEvent[] = [];
  const skipped: Timeline['skipped'] = [];
  for (const analysed of documents) {
    const { document } = analysed;
    const source: EventSource = {
      id: document.id,
      title: document.title,
      published: document.published ? formatPartialDate(document.published) : null,
    };
    const referenceAt = referencesOf(analysed);
    const seen = new Set<number>();
    const found: { at: number; event: TimelineEvent }[] = [];
    // innermost passages first: a date inside a quotation belongs to the person quoted
    const passages = analysed.passages
      .filter((p) => p.role !== 'commenter')
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    for (const passage of passages) {
      for (const sentence of passage.sentences) {
        const text = document.body.slice(sentence.start, sentence.end);
        const dates = findDates(text, referenceAt(sentence.start));
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
    }
    // document order within a document, so merging and equal dates keep the reading order
    raw.push(...found.sort((a, b) => a.at - b.at).map((f) => f.event));
  }
  return { events: raw, skipped };
}

/**
 * What each offset of a document resolves against: its publication date, or after a dateline
 * ("Update, 12 November") the update's date. A page of undated posts is flagged as such.
 */
export function referencesOf(analysed: AnalysedDocument): (offset: number) => DateReference | null {
  const { document } = analysed;
  const base: DateReference | null = document.published
    ? {
        date: document.published,
        undatedPosts: document.kind === 'social' && document.published.precision !== 'day',
      }
    : null;
  const updates: { at: number; reference: DateReference }[] = [];
  if (base) {
    for (const p of analysed.passages) {
      for (const s of p.sentences) {
        const date = updateDate(document, base.date, document.body.slice(s.start, s.end));
        if (date) updates.push({ at: s.end, reference: { date, undatedPosts: false } });
      }
    }
    updates.sort((a, b) => a.at - b.at);
  }
  return (offset) => {
    let reference = base;
    for (const u of updates) if (u.at <= offset) reference = u.reference;
    return reference;
  };
}

/** The date of an update line: the document's `updated` when it agrees, else the line's own day. */
function updateDate(
  document: Document,
  published: PartialDate,
  sentence: string,
): PartialDate | null {
  const parts = datelineParts(sentence);
  if (!parts) return null;
  const p = partsOf(published);
  let year = parts.year ?? p.year;
  if (parts.year === undefined && p.month !== undefined && parts.month < p.month) year++; // an update follows publication
  const fromLine = parsePartialDate(partialValue(year, parts.month, parts.day));
  if (!fromLine) return null;
  const updated = document.updated;
  if (updated && updated.value === fromLine.value) return updated;
  return { ...fromLine, approximate: published.approximate };
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
