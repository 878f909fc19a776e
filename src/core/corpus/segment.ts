/**
 * Segmentation with exact offsets: a body → blocks (runs of non-blank lines) → lines, and a span
 * → sentences (Intl.Segmenter). Every span returned satisfies `body.slice(start, end)` = the text
 * it stands for, trimmed of surrounding white space.
 */
import type { Sentence, Span } from '../types.js';

interface Line extends Span {}

export interface Block extends Span {
  /** Position among the document's blocks. */
  index: number;
  /** Blank lines between the previous block and this one (0 for the first). */
  gapBefore: number;
  lines: Line[];
}

/** Splits a body into blocks separated by blank (white-space-only) lines. */
export function segmentBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  let blanks = 0;
  let gapBefore = 0;
  let pos = 0;
  const flush = () => {
    if (current.length === 0) return;
    blocks.push({
      index: blocks.length,
      start: current[0]!.start,
      end: current[current.length - 1]!.end,
      gapBefore: blocks.length === 0 ? 0 : gapBefore,
      lines: current,
    });
    current = [];
  };
  while (pos <= body.length) {
    let nl = body.indexOf('\n', pos);
    if (nl === -1) nl = body.length;
    const span = trimSpan(body, pos, nl);
    if (span.start === span.end) {
      flush();
      blanks++;
    } else {
      if (current.length === 0) {
        gapBefore = blanks;
        blanks = 0;
      }
      current.push(span);
    }
    pos = nl + 1;
  }
  flush();
  return blocks;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences within `body.slice(start, end)`, as absolute trimmed spans. */
export function segmentSentences(body: string, start: number, end: number): Sentence[] {
  const text = body.slice(start, end);
  const out: Sentence[] = [];
  for (const seg of segmenter.segment(text)) {
    const s = trimSpan(body, start + seg.index, start + seg.index + seg.segment.length);
    if (s.start === s.end) continue;
    // ICU splits after "…" or a closing quote too eagerly only rarely; keep its answer but never
    // produce a sentence of punctuation alone: glue it to the previous one.
    if (!/[\p{L}\p{N}]/u.test(body.slice(s.start, s.end)) && out.length > 0) {
      out[out.length - 1]!.end = s.end;
      continue;
    }
    // nor after an abbreviation: "on Feb. 27", "Sen. Alvarez", "at 5 p.m. on Friday"
    const previous = out[out.length - 1];
    if (
      previous &&
      continuesAbbreviation(body.slice(previous.start, previous.end), body[s.start]!)
    ) {
      previous.end = s.end;
      continue;
    }
    out.push({ ...s, index: out.length });
  }
  return out;
}

/** Month names, titles and other abbreviations whose full stop does not end a sentence. */
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
const TITLE_ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Lt|Gen|Col|Sgt|Capt|Prof|Rev|Hon|Cllr|No|vs)\.$/;
const LOWER_ABBREVIATION = /\b(?:a\.m|p\.m|e\.g|i\.e|etc|approx|U\.S|U\.K)\.$/;

/** True when a segment ends with an abbreviation that the next segment (starting with `next`) continues. */
function continuesAbbreviation(segment: string, next: string): boolean {
  if (MONTH_ABBREVIATION.test(segment)) return /\d/.test(next);
  if (TITLE_ABBREVIATION.test(segment)) return /[\p{Lu}\d]/u.test(next);
  if (LOWER_ABBREVIATION.test(segment)) return /[\p{Ll}\d]/u.test(next);
  return false;
}

/** Shrinks [start, end) so it neither starts nor ends with white space. */
export function trimSpan(body: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(body.charCodeAt(s))) s++;
  while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    code === 0x200b
  );
}

/** Number of words (runs of letters/digits) in a string. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)?.length ?? 0;
}
