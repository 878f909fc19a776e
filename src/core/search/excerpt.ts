/**
 * What to show of a matched passage: all of it when short, else the window of whole sentences that
 * holds the most matched words. Always an exact span of the document body, with the matched words
 * marked (a prefix compound whole when its joined word matched, else the parts that did).
 */
import type { Passage, Span } from '../types.js';
import { processTerm, tokenize, type Token } from './terms.js';
import { findPhrase } from './phrase.js';

/** Passages up to this long are shown whole; a chat message with more stops being read. */
export const EXCERPT_MAX_CHARS = 420;

export interface Excerpt extends Span {
  /** Absolute body offsets of the words to mark. */
  highlights: Span[];
  truncatedBefore: boolean;
  truncatedAfter: boolean;
}

export function chooseExcerpt(
  passage: Passage,
  matchedTerms: ReadonlySet<string>,
  phrases: readonly string[] = [],
): Excerpt {
  const base = passage.start;
  const marks: (Span & { term: string })[] = [];
  const mark = (w: Token): boolean => {
    const term = processTerm(w.word);
    if (!term || !matchedTerms.has(term)) return false;
    marks.push({ start: base + w.start, end: base + w.end, term });
    return true;
  };
  // a compound matched as a joined word is marked whole; matched by a part, that part
  for (const t of tokenize(passage.text)) if (!mark(t)) for (const p of t.parts ?? []) mark(p);
  phrases.forEach((ph, i) => {
    const at = findPhrase(passage.text, ph);
    if (at) marks.push({ start: base + at.start, end: base + at.end, term: `"phrase ${i}` });
  });
  const highlights = mergeSpans(marks);

  let start = passage.start;
  let end = passage.end;
  const sentences = passage.sentences;
  if (passage.end - passage.start > EXCERPT_MAX_CHARS && sentences.length > 1) {
    // slide a window of whole sentences; score: distinct query words inside, then how many; tie → earlier
    let best = { score: -1, from: 0, to: 0 };
    for (let i = 0; i < sentences.length; i++) {
      let j = i;
      while (
        j + 1 < sentences.length &&
        sentences[j + 1]!.end - sentences[i]!.start <= EXCERPT_MAX_CHARS
      )
        j++;
      const s = sentences[i]!.start;
      const e = sentences[j]!.end;
      const inside = marks.filter((m) => m.start >= s && m.end <= e);
      const score = new Set(inside.map((m) => m.term)).size * 1000 + inside.length;
      if (score > best.score) best = { score, from: i, to: j };
    }
    start = sentences[best.from]!.start;
    end = sentences[best.to]!.end;
  }
  return {
    start,
    end,
    highlights: highlights.filter((h) => h.start >= start && h.end <= end),
    truncatedBefore: start > passage.start,
    truncatedAfter: end < passage.end,
  };
}

function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
