/**
 * Quoted speech inside a passage, and who said it, in the manner of a two-stage sieve (Muzny et
 * al., EACL 2017): first the quotations (marks paired, a quotation left open at the end of a
 * paragraph runs on into the next), then each is linked to a speaker by sieves run from the most
 * precise to the least; the first that is sure decides and records its evidence:
 *
 * 1. `speech-verb`: a speech verb next to the quotation in its sentence (`“…,” Okafor said`,
 *    `said a source close to X`, `X told the Herald: “…”`, `the headline read: “…”`).
 * 2. `according-to`: "according to X" in the quotation's sentence.
 * 3. `continuation`: a quotation that opens the sentence right after an attributed one with no
 *    other speaker between (`“A,” she said. “B.”`), or a paragraph that continues an open one.
 *
 * A quotation no sieve is sure of gets no speaker (null): the caller decides between the passage's
 * own voice (scare quotes, titles) and "unattributed".
 */
import type { Attribution, Span } from '../types.js';
import { wordCount } from './segment.js';
import { VERB_RE } from './speech-verbs.js';
import type { MentionContext } from './mention-context.js';
import { findQuoteMarksRunOn, leadingSpace, trimInner } from './quote-marks.js';
import { attribute, type Decided } from './speech-verb-sieves.js';

export interface FoundQuote {
  /** The words inside the quotation marks (absolute body offsets, trimmed). */
  content: Span;
  /** The span including the quotation marks (to the end of the passage when it runs on). */
  outer: Span;
  /** Who said it, as a canonical name or a descriptive phrase; null when no sieve is sure. */
  speaker: string | null;
  attribution: Attribution;
  /** The quotation is not closed in this passage: it runs on into the next paragraph. */
  runsOn: boolean;
  /** It opens at the start of the passage and closes at its end (a paragraph of quoted speech). */
  whole: boolean;
}

/** How the previous paragraph ended, for quotations that continue it. */
export interface Carry {
  /** The speaker of the paragraph's last quotation, and its attribution. */
  speaker: string;
  attribution: Attribution;
  /** The last quotation was left open (the next paragraph opens with a mark to continue it). */
  open: boolean;
  /** The last quotation ended the paragraph (a following all-quoted paragraph likely continues it). */
  atEnd: boolean;
}

/** Finds quoted speech in `body[span)` and who said each quote. */
export function findQuotations(
  body: string,
  span: Span,
  ctx: MentionContext,
  /** The text before this passage that pronouns may point into (the paragraph before). */
  before: string,
  carry: Carry | null,
): FoundQuote[] {
  const text = body.slice(span.start, span.end);
  const found: FoundQuote[] = [];
  let previous: FoundQuote | null = null;
  for (const [open, close, runsOn] of findQuoteMarksRunOn(text)) {
    const inner = trimInner(text, open + 1, close);
    if (inner.end <= inner.start) continue;
    const words = wordCount(text.slice(inner.start, inner.end));
    const whole =
      open === leadingSpace(text) && (runsOn || close >= text.replace(/\s+$/, '').length - 2);
    const decided =
      attribute(text, span.start, open, close, words, ctx, before) ??
      continuation(text, span.start, open, previous, found.length === 0 ? carry : null, whole);
    found.push({
      content: { start: span.start + inner.start, end: span.start + inner.end },
      outer: { start: span.start + open, end: span.start + Math.min(close + 1, text.length) },
      speaker: decided?.speaker ?? null,
      attribution: decided?.attribution ?? { sieve: 'none', evidence: null },
      runsOn,
      whole,
    });
    previous = found[found.length - 1]!;
  }
  return found;
}

/** What a paragraph leaves for the next one: its last quotation's speaker and whether it is open. */
export function carryOf(quotes: readonly FoundQuote[], text: string, start: number): Carry | null {
  const last = quotes[quotes.length - 1];
  if (!last || last.speaker === null) return null;
  const tail = text.slice(last.outer.end - start).trim();
  return {
    speaker: last.speaker,
    attribution: last.attribution,
    open: last.runsOn,
    atEnd:
      last.runsOn ||
      tail.length === 0 ||
      /^[\p{L}\s,]{0,40}(?:said|says|added|told [^.]*)?\.?$/u.test(tail),
  };
}

/**
 * Sieve 3: `“A,” she said. “B.”`: a quotation opening a sentence right after an attributed one,
 * with no other person named between; or the first quotation of a paragraph that continues the
 * previous paragraph's open quotation (or follows its closing quotation as a paragraph of its own).
 */
function continuation(
  text: string,
  offset: number,
  open: number,
  previous: FoundQuote | null,
  carry: Carry | null,
  whole: boolean,
): Decided | null {
  if (previous && previous.speaker !== null) {
    // only the rest of the previous quotation's attribution ("she said in a statement.") between
    const from = previous.outer.end - offset;
    const ev = previous.attribution.evidence;
    let between = text.slice(from, open);
    if (ev && ev.start - offset >= from && ev.end - offset <= open)
      between = text.slice(from, ev.start - offset) + text.slice(ev.end - offset, open);
    // an apposition after the speaker (", a ports analyst in London.") is part of the attribution
    if (/^\s*,/.test(between)) between = between.replace(/^\s*,[^.!?“”"]*/, '');
    VERB_RE.lastIndex = 0;
    if (
      wordCount(between) <= 14 &&
      !VERB_RE.test(between) &&
      !/:\s*$/.test(between) &&
      !/[“”"]/.test(between) &&
      (between.match(/[.!?]/g)?.length ?? 0) <= 1 &&
      !/\b[\p{Lu}][\p{Ll}]+\s+[\p{Lu}]/u.test(between)
    )
      return { speaker: previous.speaker, attribution: previous.attribution };
  }
  if (carry && open === leadingSpace(text) && (carry.open || (carry.atEnd && whole)))
    return {
      speaker: carry.speaker,
      attribution: { sieve: 'continuation', evidence: carry.attribution.evidence },
    };
  return null;
}
