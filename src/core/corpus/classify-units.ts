/**
 * Reads a document's layout: which units (paragraphs, posts) are page furniture, headings, the
 * body, reader comments; which post or comment header each unit is under. Lines are classified
 * first (classify-lines.ts: features, rules, neighbours); units are the runs of lines left between
 * furniture lines, and page regions decide the rest (a footer after "Notes to editors", a comment
 * section after its header). Front matter hints (`comments_start`, `furniture`) override.
 */
import type { Document, Span } from '../types.js';
import { classifyLines, type ClassifiedLine } from './classify-lines.js';
import { COMMENTS_HEADER_REASON, isAppeal, startsTrailingFurniture } from './furniture.js';
import type { CommentHeader, PostHeader } from './header-groups.js';

/** A run of non-furniture lines inside one block: the smallest layout unit. */
export interface Unit extends Span {
  index: number;
  /** Blank lines before it (0 when it follows a furniture line in the same block). */
  gapBefore: number;
  lineCount: number;
  /**
   * Index in `Layout.posts` of the post this unit is part of, or null: the units under a post
   * header, until its text ends (the first furniture line after it: its counts, "See More") or
   * the next header, a list header or the page footer.
   */
  post: number | null;
  /** Index in `Layout.comments` of the comment header this unit is under, or null. */
  comment: number | null;
}

type UnitClass =
  | { type: 'furniture'; reason: string }
  | { type: 'heading' }
  | { type: 'body' }
  | { type: 'comment' };

export interface Layout {
  units: Unit[];
  classes: UnitClass[];
  /** Furniture lines found inside blocks (units are what is left around them). */
  furnitureLines: { span: Span; reason: string }[];
  /**
   * Post headers of a social page, in page order (`Maya Okafor @mayaokafor · Jun 12` with its
   * `… reposted` / `Replying to @x` lines): who wrote the post under it, whether it is a repost or
   * a reply. Their lines are in `furnitureLines` ("post header"); `Unit.post` links units to them.
   */
  posts: PostHeader[];
  /**
   * Reader-comment headers (`Gary Potts says:`, `Gary Potts 14 June 2023 at 9:12 am`), in page
   * order, with the commenter's name. Their lines are in `furnitureLines` ("comment header"), so
   * comment text never carries the name or time; `Unit.comment` links units to them.
   */
  comments: CommentHeader[];
  /** Every line with its features and class, for diagnostics. */
  lines: ClassifiedLine[];
}

/** Minimum blank lines that separate page regions (posts, comment threads, footers). */
const REGION_GAP = 2;
/** A gap this wide after the article body, with more text after it, marks a headerless comment section. */
const COMMENTS_GAP = 3;
/** A copyright line in this last share of the page's lines starts its footer. */
const FOOTER_SHARE = 0.25;

/** "– Name, role" under a block quotation, in the quotation's own block: its own unit. */
const DASH_ATTRIBUTION = /^[—–―-]\s*[\p{Lu}]/u;

function splitUnits(
  lines: ClassifiedLine[],
  body: string,
): {
  units: Unit[];
  firstLine: number[];
  furnitureLines: Layout['furnitureLines'];
} {
  const units: Unit[] = [];
  const firstLine: number[] = [];
  const furnitureLines: Layout['furnitureLines'] = [];
  let run: number[] = [];
  let gap = 0;
  const flush = () => {
    if (run.length === 0) return;
    const first = lines[run[0]!]!;
    units.push({
      index: units.length,
      start: first.start,
      end: lines[run[run.length - 1]!]!.end,
      gapBefore: gap,
      lineCount: run.length,
      post: first.post,
      comment: first.comment,
    });
    firstLine.push(run[0]!);
    run = [];
    gap = 0;
  };
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const newBlock = !prev || prev.block !== line.block;
    if (newBlock) {
      flush();
      gap = line.gapBefore;
    }
    if (line.cls === 'bad') {
      flush();
      furnitureLines.push({ span: { start: line.start, end: line.end }, reason: line.reason! });
      return;
    }
    const breaks =
      run.length > 0 &&
      (line.title ||
        lines[run[run.length - 1]!]!.title ||
        line.post !== prev?.post ||
        line.comment !== prev?.comment ||
        DASH_ATTRIBUTION.test(body.slice(line.start, line.end)));
    if (breaks) flush();
    run.push(i);
  });
  flush();
  return { units, firstLine, furnitureLines };
}

export function classifyUnits(doc: Document): Layout {
  const body = doc.body;
  const { lines, posts, comments } = classifyLines(doc);
  const { units, firstLine, furnitureLines } = splitUnits(lines, body);
  const text = (u: Unit) => body.slice(u.start, u.end);
  const classes: UnitClass[] = units.map((_, i) =>
    lines[firstLine[i]!]!.title ? { type: 'heading' } : { type: 'body' },
  );

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

  // Header lines ("5 thoughts on …", "Gary Potts says:", "Notes to editors", "Leave a Reply") are
  // furniture lines, often in the same block as what follows them: they switch the state for the
  // units after them.
  const hasCommentsHeader = furnitureLines.some(
    (f) => f.reason === COMMENTS_HEADER_REASON || f.reason === 'comment header',
  );
  const headerlessCommentsStart = hasCommentsHeader
    ? -1
    : findHeaderlessComments(doc, units, regions, mainRegion, classes, text);
  let state: 'body' | 'comments' | 'trailing' = 'body';
  let footer = 'page footer';
  let unitAt = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    if (line.cls === 'bad') {
      const t = body.slice(line.start, line.end);
      if (line.reason === COMMENTS_HEADER_REASON) state = 'comments';
      else if (line.reason === 'comment header' && state === 'body') state = 'comments';
      // a new post on a social page ends the comments under the one before
      else if (line.reason === 'post header' && state === 'comments') state = 'body';
      else if (startsTrailingFurniture(t)) {
        if (state !== 'trailing')
          footer = line.reason === 'notes to editors' ? 'notes to editors' : 'page footer';
        state = 'trailing';
      } else if (isSiteCopyright(line, t) && l >= lines.length * (1 - FOOTER_SHARE)) {
        if (state !== 'trailing') footer = 'page footer';
        state = 'trailing';
      }
      continue;
    }
    if (firstLine[unitAt] !== l) continue;
    const i = unitAt++;
    const unit = units[i]!;
    const t = text(unit);
    if (doc.hints.commentsStart && t.startsWith(doc.hints.commentsStart)) state = 'comments';
    if (i === headerlessCommentsStart && state === 'body') state = 'comments';
    if (
      state !== 'trailing' &&
      (startsTrailingFurniture(t) || isAuthorBioStart(doc, t, i, units.length))
    ) {
      state = 'trailing';
      footer = 'page footer';
    }
    if (classes[i]!.type === 'furniture') continue;
    if (state === 'trailing') classes[i] = { type: 'furniture', reason: footer };
    else if (isAppeal(t))
      classes[i] = { type: 'furniture', reason: 'donation, shop or newsletter appeal' };
    else if (state === 'comments' || unit.comment !== null) classes[i] = { type: 'comment' };
    else if (classes[i]!.type === 'body' && isHeading(doc, unit, line, t, i))
      classes[i] = { type: 'heading' };
  }
  return { units, classes, furnitureLines, posts, comments, lines };
}

/** A site's copyright notice ("© 2023 Example Media Ltd", "All rights reserved"), not a photo's ("© Jo Bloggs/PA"). */
function isSiteCopyright(line: ClassifiedLine, t: string): boolean {
  return (
    line.reason === 'copyright' &&
    /\b(?:19|20)\d\d\b|all rights reserved|\b(?:ltd|limited|inc|corp|plc|llc|gmbh)\b/i.test(t)
  );
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

/** A short line with no sentence punctuation and no speaker label, outside social posts: a heading or caption. */
function isHeading(
  doc: Document,
  unit: Unit,
  line: ClassifiedLine,
  t: string,
  index: number,
): boolean {
  if (unit.lineCount > 1 || line.features.words > 12) return false;
  if (/[.!?…:;"”’)]$/.test(t) || line.features.sentenceEnd || line.features.speakerLabel)
    return false;
  if (unit.post !== null) return false;
  if (doc.kind === 'social') return index === 0;
  return true;
}
