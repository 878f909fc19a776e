/**
 * Scores extracted events against the gold timeline: an extracted event matches a gold event
 * when it comes from the same document, has the same start, end and precision, and one evidence
 * sentence holds the other (a quotation's sentence sits inside the narrator's). One-to-one.
 */
import type { TimelineEvent } from '../../src/core/timeline/types.js';
import type { GoldEvent } from '../fixtures/gold-timeline.js';

export interface TimelineScore {
  recall: number;
  precision: number;
  matched: number;
  gold: number;
  extracted: number;
  /** Matched pairs whose `inferred` and `approximate` flags agree too. */
  flagsAgree: number;
  missed: GoldEvent[];
  spurious: TimelineEvent[];
}

export function scoreTimeline(
  gold: readonly GoldEvent[],
  extracted: readonly TimelineEvent[],
): TimelineScore {
  const used = new Set<TimelineEvent>();
  const missed: GoldEvent[] = [];
  let flagsAgree = 0;
  for (const g of gold) {
    const match = extracted.find((e) => !used.has(e) && matches(g, e));
    if (!match) {
      missed.push(g);
      continue;
    }
    used.add(match);
    if (match.inferred === g.inferred && match.approximate === g.approximate) flagsAgree++;
  }
  const matched = gold.length - missed.length;
  return {
    recall: gold.length === 0 ? 0 : matched / gold.length,
    precision: extracted.length === 0 ? 0 : matched / extracted.length,
    matched,
    gold: gold.length,
    extracted: extracted.length,
    flagsAgree,
    missed,
    spurious: extracted.filter((e) => !used.has(e)),
  };
}

function matches(g: GoldEvent, e: TimelineEvent): boolean {
  if (e.mentions[0]?.documentId !== g.document) return false;
  if (e.start !== g.start || e.end !== g.end || e.precision !== g.precision) return false;
  const a = squash(g.evidence);
  const b = squash(e.evidence);
  return a.includes(b) || b.includes(a);
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function summaryLine(s: TimelineScore): string {
  const r = (n: number) => n.toFixed(2);
  return `timeline: recall ${r(s.recall)} (${s.matched}/${s.gold}), precision ${r(s.precision)} (${s.matched}/${s.extracted}), flags agree ${s.flagsAgree}/${s.matched}`;
}
