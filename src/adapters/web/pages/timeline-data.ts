/**
 * The events of a /timeline reply as the pages read them: the CLI's `--json` shape (see
 * core/commands/timeline-reply.ts `eventData`), the fields the SVG and the list need.
 */
import type { Reply } from '../../../core/index.js';
import { shown } from './page-helpers.js';

export interface EventData {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  start: string;
  /** The last year/month/day of a range; null for a single date. */
  end: string | null;
  precision: 'year' | 'month' | 'day' | 'range';
  inferred: boolean;
  approximate: boolean;
  /** "Feb 2019", "2010–2015", "c. 2020". */
  dateLabel: string;
  label: string;
  /** The full sentence of the main telling, verbatim. */
  evidence: string;
  speaker: string;
  /** The quote id of the main telling: the mark links to its quote page. */
  quoteId: string;
  sources: { id: string; title: string; published: string | null }[];
  mentions: { documentId: string; quoteId: string; speaker: string }[];
}

/**
 * The events of a timeline answer, none for an answer without them ("No events"); the text shown
 * around the sentence (label, names, titles) `shown`, the sentence exact.
 */
export function eventsOf(reply: Reply): readonly EventData[] {
  const data = reply.data as { events?: readonly EventData[] } | null;
  return (data?.events ?? []).map((e) => ({
    ...e,
    label: shown(e.label),
    speaker: shown(e.speaker),
    sources: e.sources.map((s) => ({ ...s, title: shown(s.title) })),
  }));
}

/** The quote id of each source's first telling of the event, main telling first. */
export function sourceQuotes(e: EventData): { id: string; title: string; quoteId: string }[] {
  const first = new Map<string, string>();
  for (const m of e.mentions) if (!first.has(m.documentId)) first.set(m.documentId, m.quoteId);
  return e.sources.map((s) => ({
    id: s.id,
    title: s.title,
    quoteId: first.get(s.id) ?? e.quoteId,
  }));
}
