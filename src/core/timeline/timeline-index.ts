/**
 * The corpus's timeline with an index over it, built once at load so that a /timeline query
 * costs what its answer holds rather than a pass over every event: first and last days of each
 * event (binary search on the date span), events by speaker and by passage (lists of positions
 * in the oldest-first order, intersected by the filters), and skipped expressions by speaker.
 */
import type { Passage } from '../types.js';
import { runSync, type Steps } from '../schedule/index.js';
import { firstDayOf, lastDayOf } from './event-days.js';
import type { Timeline } from './types.js';

/** Events between two yields while indexing. */
const EVENTS_PER_STEP = 500;

export interface TimelineIndex {
  /** First day of each event (`YYYY-MM-DD`), by position. */
  firstDays: readonly string[];
  /** Last day of each event's span (its end when a range), by position. */
  lastDays: readonly string[];
  /** True when `firstDays` ascends (always, for an extracted timeline): binary search is then exact. */
  ordered: boolean;
  /**
   * Events whose span is longer than a day, grouped by span length in powers of two: an event
   * that started before a date and still runs on it is among the last `maxSpan` days of its group.
   */
  spans: SpanGroup[];
  /** Positions of the events one of whose tellings is by this speaker, ascending. */
  bySpeaker: ReadonlyMap<string, Uint32Array>;
  /**
   * Positions of the events one of whose tellings is in this passage, or in a passage inside it
   * (a quotation), ascending: a search hit on either brings the event in.
   */
  byPassage: ReadonlyMap<string, Uint32Array>;
  /** Skipped date expressions by the speaker of their passage. */
  skippedBySpeaker: ReadonlyMap<string, number>;
}

interface SpanGroup {
  /** Longest span in the group, in calendar units (see `dayNumber`); Infinity when unknown. */
  maxSpan: number;
  positions: Uint32Array;
  /** `dayNumber` of each position's first day. */
  firstNumbers: Float64Array;
}

/** A timeline and its index: what the corpus holds. */
export interface IndexedTimeline extends Timeline {
  index: TimelineIndex;
}

export function indexTimeline(
  timeline: Timeline,
  passages: ReadonlyMap<string, Passage>,
): IndexedTimeline {
  return runSync(indexTimelineSteps(timeline, passages));
}

export function* indexTimelineSteps(
  timeline: Timeline,
  passages: ReadonlyMap<string, Passage>,
): Steps<IndexedTimeline> {
  const { events } = timeline;
  const firstDays: string[] = [];
  const lastDays: string[] = [];
  const bySpeaker = new Map<string, number[]>();
  const byPassage = new Map<string, number[]>();
  // Positions ascend, so a list already holding this event ends with it.
  const add = (lists: Map<string, number[]>, key: string, position: number) => {
    const list = lists.get(key);
    if (!list) lists.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  const groups = new Map<number, { maxSpan: number; positions: number[]; firsts: number[] }>();
  let ordered = true;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const first = firstDayOf(e.start);
    const last = lastDayOf(e.end ?? e.start);
    if (i > 0 && first < firstDays[i - 1]!) ordered = false;
    firstDays.push(first);
    lastDays.push(last);
    const firstNumber = dayNumber(first);
    const span = dayNumber(last) - firstNumber;
    // An event that ends on the day it starts cannot start before a date and still run on it.
    if (!(span <= 0)) {
      const key = Number.isFinite(span) ? Math.floor(Math.log2(span)) : -1;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { maxSpan: 0, positions: [], firsts: [] }));
      group.maxSpan = Number.isFinite(span) ? Math.max(group.maxSpan, span) : Infinity;
      group.positions.push(i);
      group.firsts.push(firstNumber);
    }
    for (const m of e.mentions) {
      add(bySpeaker, m.speaker, i);
      add(byPassage, m.quoteId, i);
      const parentId = passages.get(m.quoteId)?.parentId;
      if (parentId !== null && parentId !== undefined) add(byPassage, parentId, i);
    }
    if (i % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield;
  }
  const skippedBySpeaker = new Map<string, number>();
  for (const s of timeline.skipped) {
    const speaker = passages.get(s.quoteId)?.speaker;
    if (speaker !== undefined)
      skippedBySpeaker.set(speaker, (skippedBySpeaker.get(speaker) ?? 0) + 1);
  }
  const index: TimelineIndex = {
    firstDays,
    lastDays,
    ordered,
    spans: [...groups.values()].map((g) => ({
      maxSpan: g.maxSpan,
      positions: Uint32Array.from(g.positions),
      firstNumbers: Float64Array.from(g.firsts),
    })),
    bySpeaker: frozenLists(bySpeaker),
    byPassage: frozenLists(byPassage),
    skippedBySpeaker,
  };
  return { events: timeline.events, skipped: timeline.skipped, index };
}

function frozenLists(lists: Map<string, number[]>): Map<string, Uint32Array> {
  return new Map([...lists].map(([key, list]) => [key, Uint32Array.from(list)]));
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A number for a `YYYY-MM-DD` day that orders as its text does (every month counted as 31 days,
 * so differences are at least the days between): NaN for anything else.
 */
export function dayNumber(day: string): number {
  const m = DAY.exec(day);
  if (!m) return NaN;
  return Number(m[1]) * 372 + (Number(m[2]) - 1) * 31 + (Number(m[3]) - 1);
}
