/**
 * Quotation marks paired in a paragraph: double quotes, and single quotes outside them; a double
 * quotation of a few words left open at the end of the paragraph runs on into the next.
 */
import type { Span } from '../types.js';
import { wordCount } from './segment.js';

/** Pairs of [open, close] indices of quotation marks in `text` (outermost double quotes first). */
export function findQuoteMarks(text: string): [number, number][] {
  return findQuoteMarksRunOn(text)
    .filter(([, , runsOn]) => !runsOn)
    .map(([open, close]) => [open, close]);
}

/** Like findQuoteMarks, plus a double quotation left open at the end (closing at `text.length`). */
export function findQuoteMarksRunOn(text: string): [number, number, boolean][] {
  const pairs: [number, number, boolean][] = [];
  let openDouble = -1;
  let openSingle = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    const prevIsWordStart = /[\s(\[—–-]/.test(prev) || i === 0;
    if (c === '“' || (c === '"' && openDouble < 0 && prevIsWordStart)) {
      if (openDouble < 0) {
        openDouble = i;
        openSingle = -1;
      }
    } else if (c === '”' || (c === '"' && openDouble >= 0)) {
      if (openDouble >= 0) {
        pairs.push([openDouble, i, false]);
        openDouble = -1;
      }
    } else if (openDouble < 0) {
      if (
        (c === '‘' || c === "'" || c === '’') &&
        openSingle < 0 &&
        prevIsWordStart &&
        /[\p{L}\p{N}]/u.test(next)
      ) {
        openSingle = i;
      } else if (
        (c === '’' || c === "'") &&
        openSingle >= 0 &&
        !/[\p{L}]/u.test(next) &&
        !/\s/.test(prev)
      ) {
        pairs.push([openSingle, i, false]);
        openSingle = -1;
      }
    }
  }
  // a quotation of at least a few words left open at the end of the paragraph runs on
  if (openDouble >= 0 && wordCount(text.slice(openDouble + 1)) >= 4)
    pairs.push([openDouble, text.length, true]);
  return pairs;
}

export function trimInner(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

export function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
