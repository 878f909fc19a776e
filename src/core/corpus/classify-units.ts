/**
 * Reads a document's layout: which units (paragraphs, posts) are page furniture, headings, the
 * body, an interview's questions and answers, reader comments. Works from the text itself; front
 * matter hints (`interviewer`, `comments_start`, `furniture`) override.
 */
import type { Document, Span } from '../types.js';
import {
  COMMENTS_HEADER_REASON,
  isAppeal,
  lineFurnitureReason,
  startsTrailingFurniture,
} from './furniture.js';
import { segmentBlocks, wordCount } from './segment.js';

/** A run of non-furniture lines inside one block: the smallest layout unit. */
export interface Unit extends Span {
  index: number;
  /** Blank lines before it (0 when it follows a furniture line in the same block). */
  gapBefore: number;
  lineCount: number;
}

export type UnitClass =
  | { type: 'furniture'; reason: string }
  | { type: 'heading' }
  | { type: 'body' }
  | { type: 'comment' };

export interface Layout {
  units: Unit[];
  classes: UnitClass[];
  /** Furniture lines found inside blocks (units are what is left around them). */
  furnitureLines: { span: Span; reason: string }[];
}

/** Minimum blank lines that separate page regions (posts, comment threads, footers). */
const REGION_GAP = 2;
/** A gap this wide after the article body, with more text after it, marks a headerless comment section. */
const COMMENTS_GAP = 3;

export function splitUnits(doc: Document): {
  units: Unit[];
  furnitureLines: Layout['furnitureLines'];
} {
  const body = doc.body;
  const units: Unit[] = [];
  const furnitureLines: Layout['furnitureLines'] = [];
  for (const block of segmentBlocks(body)) {
    let run: Span[] = [];
    let gap = block.gapBefore;
    const flush = () => {
      if (run.length === 0) return;
      units.push({
        index: units.length,
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        gapBefore: gap,
        lineCount: run.length,
      });
      run = [];
      gap = 0;
    };
    for (const line of block.lines) {
      const reason = lineFurnitureReason(body.slice(line.start, line.end), doc.hints.furniture);
      if (reason) {
        flush();
        furnitureLines.push({ span: line, reason });
      } else {
        run.push(line);
      }
    }
    flush();
  }
  return { units, furnitureLines };
}

export function classifyUnits(doc: Document): Layout {
  const body = doc.body;
  const { units, furnitureLines } = splitUnits(doc);
  const text = (u: Unit) => body.slice(u.start, u.end);
  const classes: UnitClass[] = units.map(() => ({ type: 'body' }));

  // Before the title line (within the first few units): navigation, shop adverts.
  const titleKey = normaliseTitle(doc.title);
  const titleIndex = units.slice(0, 5).findIndex((u) => normaliseTitle(text(u)) === titleKey);
  for (let i = 0; i < titleIndex; i++)
    classes[i] = { type: 'furniture', reason: 'before the title' };
  if (titleIndex >= 0) classes[titleIndex] = { type: 'heading' };

  // Regions (separated by wide gaps): a region outside the main one that holds an appeal is all furniture.
  const regions = groupRegions(units);
  const mainRegion = largestRegion(regions);
  if (doc.kind !== 'social') {
    regions.forEach((region, r) => {
      if (r === mainRegion) return;
      if (region.some((i) => isAppeal(text(units[i]!)))) {
        for (const i of region)
          classes[i] = { type: 'furniture', reason: 'donation, shop or newsletter appeal' };
      }
    });
  }

  // Header lines ("5 thoughts on …", "More about …", "Leave a Reply") are furniture lines, often in
  // the same block as what follows them: they switch the state for the units after them.
  const hasCommentsHeader = furnitureLines.some((f) => f.reason === COMMENTS_HEADER_REASON);
  const headerlessCommentsStart = hasCommentsHeader
    ? -1
    : findHeaderlessComments(doc, units, regions, mainRegion, classes, text);
  let state: 'body' | 'comments' | 'trailing' = 'body';
  let lineAt = 0;
  for (let i = 0; i < units.length; i++) {
    const t = text(units[i]!);
    for (
      ;
      lineAt < furnitureLines.length && furnitureLines[lineAt]!.span.start < units[i]!.start;
      lineAt++
    ) {
      const line = furnitureLines[lineAt]!;
      if (line.reason === COMMENTS_HEADER_REASON) state = 'comments';
      else if (startsTrailingFurniture(body.slice(line.span.start, line.span.end)))
        state = 'trailing';
    }
    if (doc.hints.commentsStart && t.startsWith(doc.hints.commentsStart)) state = 'comments';
    if (i === headerlessCommentsStart && state === 'body') state = 'comments';
    if (startsTrailingFurniture(t)) state = 'trailing';
    if (state !== 'trailing' && isAuthorBioStart(doc, t, i, units.length)) state = 'trailing';
    if (classes[i]!.type === 'furniture') continue;
    if (state === 'trailing') classes[i] = { type: 'furniture', reason: 'page footer' };
    else if (isAppeal(t))
      classes[i] = { type: 'furniture', reason: 'donation, shop or newsletter appeal' };
    else if (state === 'comments') classes[i] = { type: 'comment' };
    else if (classes[i]!.type === 'body' && isHeading(doc, units[i]!, t, i))
      classes[i] = { type: 'heading' };
  }
  return { units, classes, furnitureLines };
}

function groupRegions(units: Unit[]): number[][] {
  const regions: number[][] = [];
  for (const u of units) {
    if (regions.length === 0 || u.gapBefore >= REGION_GAP) regions.push([]);
    regions[regions.length - 1]!.push(u.index);
  }
  return regions;
}

function largestRegion(regions: number[][]): number {
  let best = 0;
  let bestCount = -1;
  regions.forEach((r, i) => {
    if (r.length > bestCount) {
      best = i;
      bestCount = r.length;
    }
  });
  return best;
}

/**
 * Reader comments with no header: regions after the article body, past a gap of COMMENTS_GAP blank
 * lines, that are not furniture. Only for documents with a narrator (articles, op-eds, interviews).
 */
function findHeaderlessComments(
  doc: Document,
  units: Unit[],
  regions: number[][],
  mainRegion: number,
  classes: UnitClass[],
  text: (u: Unit) => string,
): number {
  if (doc.kind === 'social' || doc.kind === 'transcript' || doc.kind === 'speech') return -1;
  if (doc.hints.commentsStart) return -1;
  for (let r = mainRegion + 1; r < regions.length; r++) {
    const first = regions[r]![0]!;
    if (units[first]!.gapBefore < COMMENTS_GAP) continue;
    if (classes[first]!.type === 'furniture') continue;
    if (isAuthorBioStart(doc, text(units[first]!), first, units.length)) return -1;
    return first;
  }
  return -1;
}

/** "Asa Winstanley" alone near the end, or "Asa Winstanley is an investigative journalist …". */
function isAuthorBioStart(doc: Document, t: string, index: number, count: number): boolean {
  if (!doc.author || index < count / 2) return false;
  const author = doc.author.trim();
  return (
    t === author ||
    t.startsWith(`${author} is a`) ||
    t.startsWith(`${author} is an`) ||
    t === `About ${author}`
  );
}

/** A short line with no sentence punctuation, outside social posts: a heading or caption. */
function isHeading(doc: Document, unit: Unit, t: string, index: number): boolean {
  if (unit.lineCount > 1 || wordCount(t) > 12) return false;
  if (/[.!?…:;"”’)]$/.test(t)) return false;
  if (doc.kind === 'social') return index === 0;
  return true;
}

function normaliseTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’'“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
