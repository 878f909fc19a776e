/**
 * Merges tellings of the same event: several documents (dates that overlap and labels that
 * share key words), or one document repeating itself (a headline and its first sentence).
 */
import { runSync, type Steps } from '../search/steps.js';
import { keywordsOf } from './event-label.js';
import type { TimelineEvent } from './types.js';

/** Key words two documents' labels must share to be the same event. */
export const MIN_SHARED_ACROSS_DOCUMENTS = 2;
/** Key words one document's two labels must share (same date too) to be one event told twice. */
export const MIN_SHARED_WITHIN_DOCUMENT = 3;

interface Cluster {
  head: TimelineEvent;
  keywords: Set<string>;
  documents: Set<string>;
  members: TimelineEvent[];
}

/** Merges events (each with one mention) into events listing every telling; order is kept. */
export function mergeEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return runSync(mergeEventSteps(events));
}

/**
 * `mergeEvents` in steps (one per event): each event is compared with every cluster of its year,
 * which at 100,000 passages is over a second of work, too long to hold the event loop.
 */
export function* mergeEventSteps(events: readonly TimelineEvent[]): Steps<TimelineEvent[]> {
  // the most precise telling leads its cluster: its date, label and sentence are shown
  const order = events.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i);
  // compatible dates always share their first year: look only among clusters of that year
  const byYear = new Map<string, Cluster[]>();
  const clusterOf = new Map<TimelineEvent, Cluster>();
  for (const { e } of order) {
    const keywords = keywordsOf(e.label);
    const documentId = e.mentions[0]?.documentId ?? '';
    let best: Cluster | undefined;
    let bestShared = 0;
    const clusters = byYear.get(e.start.slice(0, 4)) ?? [];
    for (const c of clusters) {
      if (!compatibleDates(c.head, e)) continue;
      const shared = countShared(c.keywords, keywords);
      const sameDocument = c.documents.has(documentId);
      const enough = sameDocument
        ? c.head.start === e.start && c.head.end === e.end && shared >= MIN_SHARED_WITHIN_DOCUMENT
        : shared >= MIN_SHARED_ACROSS_DOCUMENTS;
      if (enough && shared > bestShared) {
        best = c;
        bestShared = shared;
      }
    }
    if (best) {
      best.members.push(e);
      best.documents.add(documentId);
      clusterOf.set(e, best);
    } else {
      const c = { head: e, keywords, documents: new Set([documentId]), members: [e] };
      clusters.push(c);
      byYear.set(e.start.slice(0, 4), clusters);
      clusterOf.set(e, c);
    }
    yield;
  }
  const out: TimelineEvent[] = [];
  const emitted = new Set<Cluster>();
  for (const e of events) {
    const c = clusterOf.get(e)!;
    if (emitted.has(c)) continue;
    emitted.add(c);
    out.push(combine(c));
    yield;
  }
  return out;
}

/** Two dates can be one event: points where one holds the other, or ranges with the same ends. */
export function compatibleDates(
  a: Pick<TimelineEvent, 'start' | 'end'>,
  b: Pick<TimelineEvent, 'start' | 'end'>,
): boolean {
  if ((a.end === null) !== (b.end === null)) return false;
  const holds = (x: string, y: string) => x.startsWith(y) || y.startsWith(x);
  return holds(a.start, b.start) && (a.end === null || b.end === null || holds(a.end, b.end));
}

function combine(c: Cluster): TimelineEvent {
  if (c.members.length === 1) return c.head;
  const sources = [...c.head.sources];
  for (const m of c.members)
    for (const s of m.sources) if (!sources.some((x) => x.id === s.id)) sources.push(s);
  return { ...c.head, sources, mentions: c.members.flatMap((m) => m.mentions) };
}

/** Day before month before year; a range after a point of the same precision. */
function rank(e: TimelineEvent): number {
  const length = e.start.length; // 10, 7 or 4
  return (10 - length) * 2 + (e.end === null ? 0 : 1);
}

function countShared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of b) if (a.has(w)) n++;
  return n;
}
