/**
 * The timeline of one corpus against its gold events. Each telling of an event that /timeline
 * shows (an event's mentions: one per document and sentence) is a dated sentence. A gold event is
 * found when a telling from the same document has its start, end and precision and a sentence
 * overlapping the gold evidence (one to one; a second telling of a found event in the same
 * sentence is neither found again nor spurious). A gold event not found but told with another
 * date in an overlapping sentence is wrongly dated; any other telling is spurious.
 */
import type { Corpus } from '../../src/core/index.js';
import type { Span } from '../../src/core/types.js';
import type { EventData } from './ask-commands.js';
import type { GoldEvent } from './gold-table.js';
import { occurrences, overlap } from './match.js';

/** One telling of a shown event: its document, sentence and the event's date. */
export interface ToldDate {
  doc: string;
  evidence: string;
  /** Where the sentence stands in the document (the place inside its passage), or null. */
  span: Span | null;
  start: string;
  end: string | null;
  precision: string;
}

export interface TimelineFigures {
  /** Gold events. */
  gold: number;
  /** Gold events told with their date. */
  found: number;
  /** Gold events told only with another date. */
  wronglyDated: number;
  /** Tellings of no gold event. */
  spurious: number;
  /** Tellings shown, in all. */
  told: number;
}

export interface TimelineFailures {
  missed: GoldEvent[];
  wronglyDated: { gold: GoldEvent; told: ToldDate }[];
  spurious: ToldDate[];
}

/** The tellings of the shown events, each placed in its document. */
export function toldDatesOf(corpus: Corpus, events: readonly EventData[]): ToldDate[] {
  return events.flatMap((e) =>
    e.mentions.map((m) => {
      const body = corpus.documents.get(m.documentId)?.document.body ?? '';
      const passage = corpus.passages.get(m.quoteId);
      const places = occurrences(body, m.evidence);
      const span = places.find((s) => passage && overlap(s, passage) > 0) ?? places[0] ?? null;
      return {
        doc: m.documentId,
        evidence: m.evidence,
        span,
        start: e.start,
        end: e.end,
        precision: e.precision,
      };
    }),
  );
}

/** Scores tellings against gold events placed by `placesOf` (the spans of their evidence). */
export function scoreTimeline(
  gold: readonly GoldEvent[],
  told: readonly ToldDate[],
  placesOf: (g: GoldEvent) => Span[],
): { figures: TimelineFigures; failures: TimelineFailures } {
  const places = new Map(gold.map((g) => [g, placesOf(g)]));
  const sameSentence = (g: GoldEvent, t: ToldDate) =>
    t.doc === g.doc && t.span !== null && places.get(g)!.some((p) => overlap(p, t.span!) > 0);
  const sameDate = (g: GoldEvent, t: ToldDate) =>
    t.start === g.start && t.end === g.end && t.precision === g.precision;

  const used = new Set<ToldDate>();
  const found: GoldEvent[] = [];
  const missed: GoldEvent[] = [];
  for (const g of gold) {
    const t = told.find((x) => !used.has(x) && sameSentence(g, x) && sameDate(g, x));
    if (t) {
      used.add(t);
      found.push(g);
    } else missed.push(g);
  }
  for (const t of told) {
    if (!used.has(t) && found.some((g) => sameSentence(g, t) && sameDate(g, t))) used.add(t);
  }
  const wronglyDated: TimelineFailures['wronglyDated'] = [];
  for (const g of missed) {
    // of several tellings in its sentence, the one as precise as the gold is its wrong date
    const candidates = told.filter((x) => !used.has(x) && sameSentence(g, x));
    const t = candidates.find((x) => x.precision === g.precision) ?? candidates[0];
    if (!t) continue;
    used.add(t);
    wronglyDated.push({ gold: g, told: t });
  }
  const spurious = told.filter((t) => !used.has(t));
  return {
    figures: {
      gold: gold.length,
      found: found.length,
      wronglyDated: wronglyDated.length,
      spurious: spurious.length,
      told: told.length,
    },
    failures: {
      missed: missed.filter((g) => !wronglyDated.some((w) => w.gold === g)),
      wronglyDated,
      spurious,
    },
  };
}
