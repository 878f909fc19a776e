/**
 * The block classifier, line by line, in the manner of jusText (Pomikálek 2011) and Readability:
 * every line gets a first class from its own features (block-features.ts) and the furniture rules
 * (furniture.ts), then a context pass settles the uncertain ones from their neighbours:
 *
 * - `bad`: furniture by a rule or by its shape (link-heavy, numeric, symbolic);
 * - `good`: long prose (jusText's "good": 200 characters or more, dense in function words);
 * - `near-good`: prose that is shorter: it ends as a sentence, holds two, opens with a speaker
 *   label or a quotation mark, or reads in lower case;
 * - `short`: the rest: headings, names, menu items, tab rows, captions with no full stop.
 *
 * Context (line-context.ts): a `short` line next to furniture, with furniture beyond any shorter
 * prose on both sides (the page edges count as furniture), is furniture ("Posts Replies Media
 * Likes" between a profile header and a pinned post); between paragraphs it stays (a subheading).
 * Prose itself is never demoted by its neighbours: a one-line post between its header and its
 * counts is still the post. Position adds more: what comes before the title line is furniture, and
 * so is the author's name under it; after a list header ("Most read", "Who to follow") the lines
 * are links until prose resumes; a sign-up box is its opening line's block; and the lines after a
 * post or comment header belong to that post or comment (header-groups.ts).
 */
import type { Document, Span } from '../types.js';
import { lineFeatures, linkDensity, type LineFeatures } from './block-features.js';
import { lineFurnitureReason } from './furniture.js';
import { isBylineLine } from './furniture-shapes.js';
import { findPageHeaders, type CommentHeader, type PostHeader } from './header-groups.js';
import { appealBoxes, contextPass, listRegions } from './line-context.js';
import { segmentBlocks } from './segment.js';

export type LineClass = 'bad' | 'good' | 'near-good' | 'short';

export interface ClassifiedLine extends Span {
  /** Index of the block (run of non-blank lines) the line is in. */
  block: number;
  /** Blank lines before the line (0 inside a block). */
  gapBefore: number;
  features: LineFeatures;
  /** The class from the line alone. */
  initial: LineClass;
  /** The class after the context and position passes. */
  cls: LineClass;
  /** Why a `bad` line is furniture; null otherwise. */
  reason: string | null;
  /** Whether this is the page's title line. */
  title: boolean;
  /** Index in `posts` of the post header this line is part of or belongs under, or null. */
  post: number | null;
  /** Index in `comments` of the comment header this line is part of or belongs under, or null. */
  comment: number | null;
}

export interface LineLayout {
  lines: ClassifiedLine[];
  posts: PostHeader[];
  comments: CommentHeader[];
}

/** jusText's length_high: a line this long (in characters) with enough function words is prose. */
const GOOD_MIN_CHARS = 200;
/** Share of function words from which a long line reads as prose (jusText's stopwords_high, for a shorter stop list). */
const GOOD_MIN_STOP_SHARE = 0.2;
/** Link tokens and separators per word from which a line is a menu, share row or profile line. */
const MAX_LINK_DENSITY = 0.35;
/** Share of numeric words from which a short line is a count or a schedule, not a sentence. */
const MAX_NUMBER_SHARE = 0.5;
/** Share of symbol characters (★, ▶, ✓) from which a line is a widget. */
const MAX_SYMBOL_SHARE = 0.3;
/** A line that is only the author's name is a byline in this leading share of the page's lines. */
const BYLINE_SHARE = 0.3;
/** The title line is looked for among this many leading lines that are not furniture. */
const TITLE_SEARCH_LINES = 15;

export function classifyLines(doc: Document): LineLayout {
  const body = doc.body;
  const lines: ClassifiedLine[] = [];
  for (const block of segmentBlocks(body)) {
    block.lines.forEach((line, i) => {
      const text = body.slice(line.start, line.end);
      const features = lineFeatures(text);
      const reason = lineFurnitureReason(text, doc.hints.furniture) ?? shapeReason(features);
      const initial = reason ? 'bad' : proseClass(features);
      lines.push({
        ...line,
        block: block.index,
        gapBefore: i === 0 ? block.gapBefore : 0,
        features,
        initial,
        cls: initial,
        reason,
        title: false,
        post: null,
        comment: null,
      });
    });
  }
  const text = (l: Span) => body.slice(l.start, l.end);
  const { posts, comments } = findPageHeaders(lines, text, doc.kind === 'social');
  keepPostText(lines, text);
  markTitle(doc, lines, text);
  markAuthorLine(doc, lines, text);
  appealBoxes(lines);
  contextPass(lines);
  listRegions(lines, text);
  return { lines, posts, comments };
}

/**
 * A post's text can look like a row of links ("@patlee77 @westfieldcc agreed, see you there"):
 * under a post header, a line with words of its own besides its mentions and tags is the post.
 */
function keepPostText(lines: ClassifiedLine[], text: (l: Span) => string): void {
  for (const line of lines) {
    if (line.post === null || line.reason !== 'links and separators') continue;
    const plain = text(line)
      .replace(/[@#][\p{L}\p{N}_]+|https?:\/\/\S+/gu, '')
      .match(/\p{L}{2,}/gu);
    if ((plain?.length ?? 0) < 2) continue;
    line.initial = 'near-good';
    line.cls = 'near-good';
    line.reason = null;
  }
}

function shapeReason(f: LineFeatures): string | null {
  if (f.words === 0) return 'no words';
  if (f.symbolShare >= MAX_SYMBOL_SHARE) return 'symbols';
  const sentence = f.sentenceEnd && f.words >= 4;
  if (sentence || f.speakerLabel) return null;
  if (f.words <= 25 && linkDensity(f) >= MAX_LINK_DENSITY) return 'links and separators';
  if (f.words <= 8 && f.numberShare >= MAX_NUMBER_SHARE) return 'numbers';
  return null;
}

function proseClass(f: LineFeatures): LineClass {
  if (f.chars >= GOOD_MIN_CHARS && f.stopWordShare >= GOOD_MIN_STOP_SHARE) return 'good';
  if (f.sentenceEnd || f.innerSentenceBreak || f.speakerLabel || f.opensWithQuote)
    return 'near-good';
  if (f.words >= 8 && f.capitalisedShare < 0.5) return 'near-good';
  // "Proud of our team today": lower-case words around a function word read as a sentence
  if (f.words >= 4 && f.capitalisedShare < 0.5 && f.stopWordShare > 0) return 'near-good';
  if (f.chars >= 70 && f.stopWordShare >= GOOD_MIN_STOP_SHARE) return 'near-good';
  return 'short';
}

/**
 * The title line: among the first lines that are not furniture, the one that reads as the front
 * matter title (ignoring case, quotation marks, a site name after " | " or " / ", an "(@handle)").
 * Lines before it are navigation and mastheads.
 */
function markTitle(doc: Document, lines: ClassifiedLine[], text: (l: Span) => string): void {
  const keys = titleKeys(doc.title);
  let seen = 0;
  let sentences = 0;
  for (let i = 0; i < lines.length && seen < TITLE_SEARCH_LINES; i++) {
    const line = lines[i]!;
    if (line.initial === 'bad') continue;
    seen++;
    // the title comes before the body: past a paragraph of prose, a matching line is not the title
    if (line.initial === 'good') return;
    if (line.features.sentenceEnd && ++sentences > 1) return;
    if (!keys.has(normaliseTitle(text(line)))) continue;
    if (i > lines.length / 2) return;
    line.title = true;
    for (let j = 0; j < i; j++) {
      const before = lines[j]!;
      if (before.cls === 'bad') continue;
      before.cls = 'bad';
      before.reason = 'before the title';
    }
    return;
  }
}

/**
 * The byline as the author's name alone or with a role or date ("Jo Bloggs", "Jo Bloggs, Courts
 * Correspondent" under the headline), in the top part of the page.
 */
function markAuthorLine(doc: Document, lines: ClassifiedLine[], text: (l: Span) => string): void {
  if (!doc.author) return;
  const author = normaliseTitle(doc.author);
  const top = Math.ceil(lines.length * BYLINE_SHARE);
  for (const line of lines.slice(0, top)) {
    if (line.cls === 'bad' || line.title || line.features.words > 16) continue;
    const t = text(line).replace(/^by\s+/i, '');
    const withRole = normaliseTitle(t).startsWith(author) && isBylineLine(`By ${t}`);
    if (normaliseTitle(t) !== author && !withRole) continue;
    line.initial = 'bad';
    line.cls = 'bad';
    line.reason = 'byline';
  }
}

function titleKeys(title: string): Set<string> {
  const keys = new Set([normaliseTitle(title)]);
  const bare = title
    .replace(/\s*\(@[^)]*\)/g, '')
    .replace(/\s+[|/–—-]\s+[^|/–—-]{1,40}$/, '')
    .trim();
  if (bare) keys.add(normaliseTitle(bare));
  return keys;
}

function normaliseTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’'“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
