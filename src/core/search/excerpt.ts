/**
 * What to show of a matched passage: all of it when short, else the window of whole sentences that
 * holds the most matched words. Always an exact span of the document body, with the matched words
 * marked (a prefix compound whole when its joined word matched, else the parts that did).
 *
 * A passage that quotes someone else (its quotations are passages of their own, with their own
 * speaker) is shown outside those quotations: the window is cut from the passage's own words, so
 * a speech quoting Bevan never shows Bevan's words under the speech-maker's name.
 */
import type { Passage, Span } from '../types.js';
import { processTerm, locateWords, type LocatedWord } from './terms.js';
import { findPhrase } from './phrase.js';

/** Passages up to this long are shown whole; a chat message with more stops being read. */
const EXCERPT_MAX_CHARS = 420;

export interface Excerpt extends Span {
  /** Absolute body offsets of the words to mark. */
  highlights: Span[];
  truncatedBefore: boolean;
  truncatedAfter: boolean;
}

/** A matched word (or phrase) in the body, with the term it counts as. */
interface Mark extends Span {
  term: string;
}

/**
 * Where the passage holds a matched term, as absolute body offsets: a compound matched as a
 * joined word is marked whole; matched by a part, that part.
 */
export function matchedMarks(passage: Passage, matchedTerms: ReadonlySet<string>): Mark[] {
  const base = passage.start;
  const marks: Mark[] = [];
  const mark = (w: LocatedWord): boolean => {
    const term = processTerm(w.word);
    if (!term || !matchedTerms.has(term)) return false;
    marks.push({ start: base + w.start, end: base + w.end, term });
    return true;
  };
  for (const t of locateWords(passage.text)) if (!mark(t)) for (const p of t.parts ?? []) mark(p);
  return marks;
}

/** Whether a span overlaps one of `spans`. */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((q) => span.start < q.end && span.end > q.start);
}

/**
 * @param quotations spans inside the passage that other speakers said (its quotation passages):
 *   the excerpt keeps out of them when the passage has words of its own around them.
 */
export function chooseExcerpt(
  passage: Passage,
  matchedTerms: ReadonlySet<string>,
  phrases: readonly string[] = [],
  quotations: readonly Span[] = [],
): Excerpt {
  const marks = matchedMarks(passage, matchedTerms);
  phrases.forEach((ph, i) => {
    const at = findPhrase(passage.text, ph);
    if (at)
      marks.push({
        start: passage.start + at.start,
        end: passage.start + at.end,
        term: `"phrase ${i}`,
      });
  });

  const inside = quotations.filter((q) => q.start < passage.end && q.end > passage.start);
  const own = inside.length > 0 ? ownPieces(passage, inside) : [];
  let window: Span;
  if (own.length > 0) {
    window = bestWindow(
      own,
      marks.filter((m) => !overlapsAny(m, inside)),
    );
  } else if (passage.end - passage.start > EXCERPT_MAX_CHARS && passage.sentences.length > 1) {
    window = bestWindow(
      passage.sentences.map((s) => ({
        start: s.start,
        end: s.end,
        gapBefore: false,
        leadIn: false,
      })),
      marks,
    );
  } else {
    window = { start: passage.start, end: passage.end };
  }
  const { start, end } = window;
  return {
    start,
    end,
    highlights: mergeSpans(marks).filter((h) => h.start >= start && h.end <= end),
    truncatedBefore: start > passage.start,
    truncatedAfter: end < passage.end,
  };
}

/** A run of the passage's own words. */
interface Piece extends Span {
  /** A quotation lies between it and the piece before. */
  gapBefore: boolean;
  /** It is what its sentence says before a quotation: a lead-in ("As Bevan said:"). */
  leadIn: boolean;
}

/** Marks at a cut: the quotation's own marks and the punctuation that joined it to the text. */
const TRIM_BEFORE_QUOTE = /[\s"“”„‘’'«»‹›([–—-]+$/u;
const TRIM_AFTER_QUOTE = /^[\s"“”„‘’'«»‹›)\],;:.!?…–—-]+/u;

/**
 * The passage's own words: what is left between its quotations (without the quotation marks and
 * the punctuation that joined them to the text at each cut), split at sentence ends. Pieces with
 * no letter or digit ("”.") are dropped.
 */
function ownPieces(passage: Passage, quotations: readonly Span[]): Piece[] {
  const sorted = [...quotations].sort((a, b) => a.start - b.start);
  const at = (offset: number) => offset - passage.start;
  const pieces: Piece[] = [];
  let from = passage.start;
  let afterQuote = false;
  for (let i = 0; i <= sorted.length; i++) {
    const q = sorted[i];
    let start = from;
    let end = q ? Math.max(from, q.start) : passage.end;
    if (afterQuote)
      start += TRIM_AFTER_QUOTE.exec(passage.text.slice(at(start), at(end)))?.[0].length ?? 0;
    if (q) end -= TRIM_BEFORE_QUOTE.exec(passage.text.slice(at(start), at(end)))?.[0].length ?? 0;
    let gapBefore = afterQuote && pieces.length > 0;
    for (const s of sentencesOf(passage)) {
      const piece = trimmed(passage, Math.max(start, s.start), Math.min(end, s.end));
      if (!piece) continue;
      // cut from the quotation's own sentence: it introduces the quotation
      const leadIn = q !== undefined && q.start >= s.start && q.start < s.end;
      pieces.push({ ...piece, gapBefore, leadIn });
      gapBefore = false;
    }
    if (q) {
      from = Math.max(from, q.end);
      afterQuote = true;
    }
  }
  return pieces;
}

function sentencesOf(passage: Passage): readonly Span[] {
  return passage.sentences.length > 0 ? passage.sentences : [passage];
}

/** [start, end) without surrounding white space, or null when no letter or digit is left. */
function trimmed(passage: Passage, start: number, end: number): Span | null {
  if (end <= start) return null;
  const text = passage.text.slice(start - passage.start, end - passage.start);
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const lead = text.length - text.trimStart().length;
  const tail = text.length - text.trimEnd().length;
  return { start: start + lead, end: end - tail };
}

/**
 * The window of consecutive pieces (no quotation inside, at most `EXCERPT_MAX_CHARS` unless one
 * piece is longer) holding the most distinct matched words, then the most matched words; ties go
 * to the earlier window. Without its quotation, a lead-in that matched nothing says nothing: it
 * is left off the window's end ("I say trust the members.", not "… As Bevan said:").
 */
function bestWindow(pieces: readonly Piece[], marks: readonly Mark[]): Span {
  let best = { score: -1, from: 0, to: 0 };
  for (let i = 0; i < pieces.length; i++) {
    let j = i;
    while (
      j + 1 < pieces.length &&
      !pieces[j + 1]!.gapBefore &&
      pieces[j + 1]!.end - pieces[i]!.start <= EXCERPT_MAX_CHARS
    )
      j++;
    const s = pieces[i]!.start;
    const e = pieces[j]!.end;
    const inside = marks.filter((m) => m.start >= s && m.end <= e);
    const score = new Set(inside.map((m) => m.term)).size * 1000 + inside.length;
    if (score > best.score) best = { score, from: i, to: j };
  }
  let { from, to } = best;
  const holdsMark = (p: Piece) => marks.some((m) => m.start >= p.start && m.end <= p.end);
  while (to > from && pieces[to]!.leadIn && !holdsMark(pieces[to]!)) to--;
  return { start: pieces[from]!.start, end: pieces[to]!.end };
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
