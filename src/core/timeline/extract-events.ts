/**
 * Documents → dated events: every date expression in every quotable sentence (reader comments
 * and page furniture left out), resolved against the document's date (or the date of the update
 * it follows), anchored to its sentence and passage, merged across tellings, oldest first.
 */
import type { AnalysedDocument, Document, PartialDate, Passage, Sentence } from '../types.js';
import { formatPartialDate, parsePartialDate } from '../corpus/partial-date.js';
import { partialValue, partsOf } from './calendar.js';
import { DATE_RULES, datelineParts, lastYearWritten } from './date-rules.js';
import { makeDate } from './resolve-date.js';
import { findDates } from './find-dates.js';
import { labelOf } from './event-label.js';
import { mergeEventSteps } from './merge-events.js';
import { runInSlices, runSync, type Steps } from '../search/steps.js';
import type { DateReference, EventSource, Timeline, TimelineEvent } from './types.js';

/** Every dated event of the documents, merged and oldest first. */
export function extractEvents(documents: Iterable<AnalysedDocument>): TimelineEvent[] {
  return extractTimeline(documents).events;
}

/** Events plus the date expressions left out rather than guessed (undated posts, no document date). */
export function extractTimeline(documents: Iterable<AnalysedDocument>): Timeline {
  return runSync(extractTimelineSteps(documents));
}

/**
 * `extractTimeline` with the event loop free every `sliceMs`: reading the dates of 100,000
 * passages and merging their tellings takes seconds. Same steps, so the same result.
 */
export function extractTimelineInSlices(
  documents: Iterable<AnalysedDocument>,
  sliceMs: number,
  onError?: DocumentError,
): Promise<Timeline> {
  return runInSlices(extractTimelineSteps(documents, onError), sliceMs);
}

/**
 * Told about a document whose dates could not be read (a bug in a rule): it then has no events
 * and the others still do. Without it, the error is thrown.
 */
export type DocumentError = (document: AnalysedDocument, err: unknown) => void;

/** The extraction as steps: one per passage read, then one per event merged. */
export function* extractTimelineSteps(
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

/** How far back (in characters) "that year" looks for the year it refers to: a few paragraphs. */
const YEAR_LOOKBACK = 1500;

/** One document's date expressions, in document order: one step per passage. */
function* documentMentionSteps(analysed: AnalysedDocument): Steps<Timeline> {
  const { document } = analysed;
  const source: EventSource = {
    id: document.id,
    title: document.title,
    published: document.published ? formatPartialDate(document.published) : null,
  };
  const referenceAt = referencesOf(analysed);
  const seen = new Set<number>();
  const found: { at: number; event: TimelineEvent }[] = [];
  const skipped: Timeline['skipped'] = [];
  // innermost passages first: a date inside a quotation belongs to the person quoted
  const passages = analysed.passages
    .filter((p) => p.role !== 'commenter')
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  const postDates = postDatesOf(analysed);
  for (const passage of passages) {
    const before = found.length;
    for (const sentence of passage.sentences) {
      const text = document.body.slice(sentence.start, sentence.end);
      // "that year" is the last year written before the sentence, in this paragraph or earlier ones
      const yearBefore = lastYearWritten(
        document.body.slice(Math.max(0, sentence.start - YEAR_LOOKBACK), sentence.start),
      );
      const dates = findDates(text, referenceAt(sentence.start), DATE_RULES, yearBefore);
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
    // a post that reports something and names no date is dated by its header ("· Jun 12")
    const first = passage.sentences[0];
    const postDate =
      passage.kind === 'post' && passage.role !== 'commenter' ? postDates(passage.start) : null;
    if (postDate && first && found.length === before && !seen.has(first.start)) {
      const text = document.body.slice(first.start, first.end);
      if (REPORTS.test(text)) {
        seen.add(first.start);
        const date = { ...makeDate(postDate.value, null, false, false) };
        const d = { index: 0, text: '', rule: 'post-header', date };
        found.push({
          at: first.start,
          event: {
            ...date,
            id: `${passage.id}-0`,
            label: labelOf(text, d, []),
            evidence: text,
            speaker: passage.speaker,
            role: passage.role,
            quoteId: passage.id,
            sources: [source],
            mentions: [mentionOf(document, passage, first, text, '', 'post-header')],
          },
        });
      }
    }
    yield;
  }
  // document order within a document, so merging and equal dates keep the reading order
  return { events: found.sort((a, b) => a.at - b.at).map((f) => f.event), skipped };
}

/**
 * What each offset of a document resolves against: its publication date, or after a dateline
 * ("Update, 12 November") the update's date. A page of undated posts is flagged as such.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const POST_DATE =
  /(?:^|·\s*|\s)(?:(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2})|(?<d2>\d{1,2})\s+(?<m2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?:,?\s+(?<y>(?:19|20)\d{2}))?\b|·\s*(?<ago>\d{1,2})\s*(?:h|hr|hrs|m|min|mins|s)\b/;

/**
 * The day a post header gives (`· Jun 12`, `· 12 Jun 2022`, `· 3h`), its year from the page's
 * date when not written (a post is never after the page was saved); null when it gives none.
 */
export function postHeaderDate(header: string, page: PartialDate | null): PartialDate | null {
  const m = POST_DATE.exec(header);
  if (!m?.groups) return null;
  const g = m.groups;
  const ref = page ? partsOf(page) : null;
  if (g.ago !== undefined) return page && page.precision === 'day' ? page : null;
  const month = MONTHS.indexOf((g.m ?? g.m2 ?? '').slice(0, 3).toLowerCase()) + 1;
  const day = Number(g.d ?? g.d2);
  if (month < 1 || !(day >= 1 && day <= 31)) return null;
  let year = g.y ? Number(g.y) : undefined;
  if (year === undefined) {
    if (!ref) return null;
    const after =
      ref.month !== undefined &&
      (month > ref.month || (month === ref.month && ref.day !== undefined && day > ref.day));
    year = after ? ref.year - 1 : ref.year;
  }
  return parsePartialDate(partialValue(year, month, day));
}

/** A post's first sentence that reports an act: "I'm so proud to have been selected", "Signed today". */
const REPORTS =
  /\b(?:has|have|had|was|were)\s+(?:just\s+)?(?:been\s+)?\w+(?:ed|en|wn)\b|\b(?:just|today|tonight)\b|\b\w{3,}ed\b/i;

/** The post header date a passage at `offset` sits under (within a post's length of it), or null. */
function postDatesOf(analysed: AnalysedDocument): (offset: number) => PartialDate | null {
  const headers = analysed.furniture
    .filter((f) => /post|handle/.test(f.reason))
    .map((f) => ({
      end: f.end,
      date: postHeaderDate(
        analysed.document.body.slice(f.start, f.end),
        analysed.document.published,
      ),
    }))
    .filter((h): h is { end: number; date: PartialDate } => h.date !== null)
    .sort((a, b) => a.end - b.end);
  return (offset) => {
    let best: PartialDate | null = null;
    for (const h of headers) if (h.end <= offset && offset - h.end < POST_REACH) best = h.date;
    return best;
  };
}

/** How far (characters) below its header a post's text may start. */
const POST_REACH = 400;

export function referencesOf(analysed: AnalysedDocument): (offset: number) => DateReference | null {
  const { document } = analysed;
  const base: DateReference | null = document.published
    ? {
        date: document.published,
        undatedPosts: document.kind === 'social' && document.published.precision !== 'day',
      }
    : null;
  const updates: { at: number; reference: DateReference }[] = [];
  // a social page's post headers ("Maya Okafor @mayaokafor · Jun 12") date the posts under them
  for (const f of analysed.furniture) {
    if (!/post|handle/.test(f.reason)) continue;
    const date = postHeaderDate(document.body.slice(f.start, f.end), document.published);
    if (date) updates.push({ at: f.end, reference: { date, undatedPosts: false } });
  }
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
