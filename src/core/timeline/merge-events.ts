/**
 * Merges tellings of the same event: several documents (the same date and labels that share key
 * words), or one document repeating itself (a headline and its first sentence). Only the same
 * date: "in 2019" and "on 6 November 2019" stay two entries even when they are one event, since a
 * merged telling would be shown under a date its sentence does not give; and two events of one
 * day (or month) that share no topic stay apart.
 */
import { runSync, type Steps } from '../schedule/index.js';
import { keywordsOf } from './event-label.js';
import type { TimelineEvent } from './types.js';

/** Key words two documents' labels must share to be the same event. */
const MIN_SHARED_ACROSS_DOCUMENTS = 2;
/** Key words one document's two labels must share (same date too) to be one event told twice. */
const MIN_SHARED_WITHIN_DOCUMENT = 3;

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
 * `mergeEvents` in steps (one per event): each event is compared with every cluster of its date,
 * which at 100,000 passages is over a second of work, too long to hold the event loop.
 */
export function* mergeEventSteps(events: readonly TimelineEvent[]): Steps<TimelineEvent[]> {
  const byDate = new Map<string, Cluster[]>();
  const clusterOf = new Map<TimelineEvent, Cluster>();
  // the first telling leads its cluster: its label and sentence are shown
  for (const e of events) {
    const keywords = keywordsOf(e.label);
    const documentId = e.mentions[0]?.documentId ?? '';
    let best: Cluster | undefined;
    let bestShared = 0;
    const date = `${e.start}/${e.end ?? ''}`;
    const clusters = byDate.get(date) ?? [];
    for (const c of clusters) {
      const shared = countShared(c.keywords, keywords);
      const enough = c.documents.has(documentId)
        ? shared >= MIN_SHARED_WITHIN_DOCUMENT
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
      byDate.set(date, clusters);
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

function combine(c: Cluster): TimelineEvent {
  if (c.members.length === 1) return c.head;
  const sources = [...c.head.sources];
  for (const m of c.members)
    for (const s of m.sources) if (!sources.some((x) => x.id === s.id)) sources.push(s);
  return { ...c.head, sources, mentions: c.members.flatMap((m) => m.mentions) };
}

function countShared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of b) if (a.has(w)) n++;
  return n;
}
