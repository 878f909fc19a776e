/**
 * The passes of the block classifier that read a line's neighbours (classify-lines.ts reads each
 * line alone): boxes that one opening line explains, jusText's context rule for uncertain lines,
 * and lists of links after their header.
 */
import type { Span } from '../types.js';
import type { ClassifiedLine, LineClass } from './classify-lines.js';
import { isCommentsHeader, isListHeader } from './furniture.js';

/** Reasons of a line that opens a box of its own (a newsletter sign-up, a cookie banner). */
const BOX_OPENERS = new Set([
  'donation or newsletter appeal',
  'newsletter appeal',
  'subscription appeal',
  'donation appeal',
  'cookie notice',
]);

/**
 * A sign-up or cookie box is one block: its first line says what it is ("Sign up to First
 * Edition"), the lines under it in the same block are its blurb, small print and buttons.
 */
export function appealBoxes(lines: ClassifiedLine[]): void {
  lines.forEach((line, i) => {
    const first = i === 0 || lines[i - 1]!.block !== line.block;
    if (!first || line.cls !== 'bad' || !BOX_OPENERS.has(line.reason!)) return;
    for (let j = i + 1; j < lines.length && lines[j]!.block === line.block; j++) {
      const l = lines[j]!;
      if (l.cls === 'bad' || l.post !== null || l.comment !== null) continue;
      l.cls = 'bad';
      l.reason = line.reason;
    }
  });
}

/**
 * jusText's context pass, for the uncertain (`short`) lines only; protected lines (the title, post
 * text, comment text) are never demoted. A short line is furniture when a furniture line is next
 * to it on one side (no prose between) and the nearest decided lines on both sides, looking past
 * shorter prose to long prose or furniture, are furniture. Page edges count as furniture.
 */
export function contextPass(lines: ClassifiedLine[]): void {
  const decided = (l: ClassifiedLine) => l.initial !== 'short' || l.post !== null || l.title;
  const classOf = (l: ClassifiedLine): LineClass =>
    l.cls === 'bad' ? 'bad' : l.initial === 'short' ? 'near-good' : l.initial;
  /** The nearest decided line's class on one side; with `pastNearGood`, the nearest good or bad one. */
  const side = (from: number, step: number, pastNearGood: boolean): LineClass => {
    for (let i = from + step; i >= 0 && i < lines.length; i += step) {
      const l = lines[i]!;
      if (l.cls === 'bad' && l.reason === 'before the title') return 'bad';
      if (!decided(l)) continue;
      const c = classOf(l);
      if (!pastNearGood || c !== 'near-good') return c;
    }
    return 'bad';
  };
  const demote: number[] = [];
  lines.forEach((l, i) => {
    if (l.cls !== 'short' || decided(l) || l.comment !== null) return;
    const nextToFurniture = side(i, -1, false) === 'bad' || side(i, 1, false) === 'bad';
    if (nextToFurniture && side(i, -1, true) === 'bad' && side(i, 1, true) === 'bad')
      demote.push(i);
  });
  for (const i of demote) {
    lines[i]!.cls = 'bad';
    lines[i]!.reason = 'among furniture';
  }
}

/**
 * After a list header ("Most read", "Related coverage", "Who to follow") the lines are links and
 * teasers until prose resumes: a long paragraph, two prose lines in a row, a post, a comment or a
 * comment section.
 */
export function listRegions(lines: ClassifiedLine[], text: (l: Span) => string): void {
  let open = false;
  let lastSentence: ClassifiedLine | null = null;
  for (const l of lines) {
    const t = text(l);
    if (l.cls === 'bad' && isListHeader(t)) {
      open = true;
      lastSentence = null;
      continue;
    }
    if (!open) continue;
    const ends =
      l.initial === 'good' ||
      l.post !== null ||
      l.comment !== null ||
      l.title ||
      isCommentsHeader(t);
    if (ends) {
      open = false;
      continue;
    }
    if (l.cls === 'bad') {
      lastSentence = null;
      continue;
    }
    // teasers are headlines, which end with no full stop: two sentences in a row are prose again
    const sentence = l.initial === 'near-good' && l.features.sentenceEnd;
    if (sentence && lastSentence) {
      open = false;
      lastSentence.cls = lastSentence.initial;
      lastSentence.reason = null;
      continue;
    }
    lastSentence = sentence ? l : null;
    l.cls = 'bad';
    l.reason = 'in a list of links';
  }
}
