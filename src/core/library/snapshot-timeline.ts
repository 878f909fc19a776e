/**
 * The timeline in the snapshot: one line per event, then the skipped expressions in lines of a
 * thousand. What the corpus already holds is not stored again: a telling's document, speaker and
 * role are its passage's, its sentence is `body.slice(sentenceStart, sentenceEnd)` (cut again on
 * load, sharing the body's memory), and an event's sentence, speaker, quote id and sources are
 * those of its tellings. Encoding checks that each event comes back equal, so a change in what
 * extraction produces fails the save (the corpus is still served) instead of a later load.
 */
import { isDeepStrictEqual } from 'node:util';
import type { AnalysedDocument, Passage, Role } from '../types.js';
import type {
  EventMention,
  EventPrecision,
  EventSource,
  SkipReason,
  Timeline,
  TimelineEvent,
} from '../timeline/index.js';
import { formatPartialDate } from '../corpus/index.js';

/** [quote id, sentence start, sentence end, expression, rule] */
type MentionTuple = [string, number, number, string, string];
/** [id, start, end, precision, inferred, approximate, label, tellings] */
export type EventTuple = [
  string,
  string,
  string | null,
  EventPrecision,
  boolean,
  boolean,
  string,
  MentionTuple[],
];
/** [index in the sentence, text, rule, reason, quote id] */
export type SkippedTuple = [number, string, string, SkipReason, string];

/** Skipped expressions per line. */
export const SKIPPED_PER_LINE = 1000;

const PRECISIONS: ReadonlySet<string> = new Set(['day', 'month', 'year', 'range']);
const REASONS: ReadonlySet<string> = new Set([
  'no-reference',
  'reference-not-to-the-day',
  'reference-not-to-the-month',
  'undated-post',
  'no-earlier-date',
]);

/** What decoding reads from the corpus: passages by quote id and documents by id. */
export interface TimelineCorpus {
  documents: ReadonlyMap<string, AnalysedDocument>;
  passages: ReadonlyMap<string, Passage>;
}

export function encodeEvent(e: TimelineEvent, corpus: TimelineCorpus): EventTuple {
  const tuple: EventTuple = [
    e.id,
    e.start,
    e.end,
    e.precision,
    e.inferred,
    e.approximate,
    e.label,
    e.mentions.map((m) => [m.quoteId, m.sentenceStart, m.sentenceEnd, m.expression, m.rule]),
  ];
  if (!isDeepStrictEqual(decodeEvent(tuple, corpus, new Map()), e))
    throw new Error(`event ${e.id} does not come back from its snapshot form`);
  return tuple;
}

export function encodeSkipped(
  s: Timeline['skipped'][number],
  corpus: TimelineCorpus,
): SkippedTuple {
  const tuple: SkippedTuple = [s.index, s.text, s.rule, s.reason, s.quoteId];
  if (!isDeepStrictEqual(decodeSkipped(tuple, corpus), s))
    throw new Error(`skipped expression in ${s.quoteId} does not come back from its snapshot form`);
  return tuple;
}

/**
 * An event from its tuple; throws when it does not fit the corpus. `sources` keeps one source
 * object per document, shared by its events, as extraction does.
 */
function decodeEvent(
  tuple: unknown,
  corpus: TimelineCorpus,
  sources: Map<string, EventSource>,
): TimelineEvent {
  if (!Array.isArray(tuple) || tuple.length !== 8) throw new Error('timeline: bad event');
  const [id, start, end, precision, inferred, approximate, label, tellings] = tuple as unknown[];
  if (
    typeof id !== 'string' ||
    typeof start !== 'string' ||
    (end !== null && typeof end !== 'string') ||
    typeof precision !== 'string' ||
    !PRECISIONS.has(precision) ||
    typeof inferred !== 'boolean' ||
    typeof approximate !== 'boolean' ||
    typeof label !== 'string' ||
    !Array.isArray(tellings) ||
    tellings.length === 0
  )
    throw new Error(`timeline: bad event ${String(id)}`);
  const mentions = tellings.map((t) => decodeMention(t, corpus));
  const main = mentions[0]!;
  const eventSources: EventSource[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (seen.has(m.documentId)) continue;
    seen.add(m.documentId);
    let source = sources.get(m.documentId);
    if (!source) {
      const { document } = corpus.documents.get(m.documentId)!;
      source = {
        id: document.id,
        title: document.title,
        published: document.published ? formatPartialDate(document.published) : null,
      };
      sources.set(m.documentId, source);
    }
    eventSources.push(source);
  }
  return {
    start,
    end: end as string | null,
    precision: precision as EventPrecision,
    inferred,
    approximate,
    id,
    label,
    evidence: main.evidence,
    speaker: main.speaker,
    role: main.role,
    quoteId: main.quoteId,
    sources: eventSources,
    mentions,
  };
}

function decodeMention(tuple: unknown, corpus: TimelineCorpus): EventMention {
  if (!Array.isArray(tuple) || tuple.length !== 5) throw new Error('timeline: bad telling');
  const [quoteId, sentenceStart, sentenceEnd, expression, rule] = tuple as unknown[];
  const passage = typeof quoteId === 'string' ? corpus.passages.get(quoteId) : undefined;
  const body = passage && corpus.documents.get(passage.documentId)?.document.body;
  if (
    !passage ||
    typeof body !== 'string' ||
    !Number.isInteger(sentenceStart) ||
    !Number.isInteger(sentenceEnd) ||
    (sentenceStart as number) < 0 ||
    (sentenceEnd as number) < (sentenceStart as number) ||
    (sentenceEnd as number) > body.length ||
    typeof expression !== 'string' ||
    typeof rule !== 'string'
  )
    throw new Error(`timeline: telling in ${String(quoteId)} does not fit its passage`);
  return {
    documentId: passage.documentId,
    quoteId: passage.id,
    speaker: passage.speaker,
    role: passage.role as Role,
    evidence: body.slice(sentenceStart as number, sentenceEnd as number),
    sentenceStart: sentenceStart as number,
    sentenceEnd: sentenceEnd as number,
    expression,
    rule,
  };
}

function decodeSkipped(tuple: unknown, corpus: TimelineCorpus): Timeline['skipped'][number] {
  if (!Array.isArray(tuple) || tuple.length !== 5) throw new Error('timeline: bad skipped');
  const [index, text, rule, reason, quoteId] = tuple as unknown[];
  const passage = typeof quoteId === 'string' ? corpus.passages.get(quoteId) : undefined;
  if (
    !passage ||
    !Number.isInteger(index) ||
    typeof text !== 'string' ||
    typeof rule !== 'string' ||
    typeof reason !== 'string' ||
    !REASONS.has(reason)
  )
    throw new Error(`timeline: skipped expression in ${String(quoteId)} does not fit`);
  return {
    index: index as number,
    text,
    rule,
    reason: reason as SkipReason,
    documentId: passage.documentId,
    quoteId: passage.id,
  };
}

/** The timeline section; throws when its lines do not add up or do not fit the corpus. */
export async function decodeTimeline(
  reader: { next(): string; done(): boolean },
  corpus: TimelineCorpus,
  pause: () => Promise<void>,
): Promise<Timeline> {
  const counts = JSON.parse(reader.next()) as { events?: unknown; skipped?: unknown };
  if (!Number.isInteger(counts.events) || !Number.isInteger(counts.skipped))
    throw new Error('timeline: bad counts');
  const events: TimelineEvent[] = [];
  const sources = new Map<string, EventSource>();
  while (events.length < (counts.events as number)) {
    if (reader.done()) throw new Error('timeline: events missing');
    events.push(decodeEvent(JSON.parse(reader.next()), corpus, sources));
    await pause();
  }
  const skipped: Timeline['skipped'] = [];
  while (!reader.done()) {
    const line: unknown = JSON.parse(reader.next());
    if (!Array.isArray(line)) throw new Error('timeline: bad skipped line');
    for (const tuple of line) skipped.push(decodeSkipped(tuple, corpus));
    await pause();
  }
  if (skipped.length !== counts.skipped) throw new Error('timeline: skipped expressions missing');
  return { events, skipped };
}
