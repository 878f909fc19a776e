/**
 * Finds the post headers of social pages and the comment headers of comment threads among a
 * page's lines (page-headers.ts reads single lines), marks their lines as furniture, and links the
 * lines under each header to it: a post runs until the next post header, a comment until the next
 * comment header, either until a list header, a comment form or the page footer.
 */
import type { Span } from '../types.js';
import type { LineFeatures } from './block-features.js';
import {
  COMMENTS_HEADER_REASON,
  isCommentsHeader,
  isListHeader,
  startsTrailingFurniture,
} from './furniture.js';
import { isCountsLine } from './furniture-shapes.js';
import {
  isCommentActionsLine,
  isCommenterNameLine,
  readPostDateLine,
  readCommentDateLine,
  readCommentHeaderLine,
  readPostHeaderLine,
  type PostHeaderLine,
} from './page-headers.js';

/** A post header on a social page: `Maya Okafor @mayaokafor · Jun 12`, with its repost/reply lines. */
export interface PostHeader {
  /** From the first header line to the last. */
  span: Span;
  /** Each header line. */
  lines: Span[];
  /** Display name of the account that wrote the post, or null when the header shows only a handle. */
  name: string | null;
  /** Handle of that account, without "@", or null (name-and-date headers). */
  handle: string | null;
  /** The post's date as written ("Jun 12", "2h", "12 June 2023"), or null. */
  dateText: string | null;
  /** Whether the post is another account's, reposted onto this page ("Maya Okafor reposted"). */
  isRepost: boolean;
  /** Who reposted it (the display name on the repost line), or null. */
  repostedBy: string | null;
  /** Whether the post is a reply ("Replying to @x"). */
  isReply: boolean;
  /** Handles it replies to, without "@". */
  replyingTo: string[];
  /** Whether the page pinned it. */
  pinned: boolean;
}

/** A reader-comment header: `Gary Potts says:`, `Gary Potts 14 June 2023 at 9:12 am`. */
export interface CommentHeader {
  /** The header line, or the name line and the timestamp line under it. */
  span: Span;
  /** The commenter's name as the page shows it. */
  name: string;
  /** The timestamp as written, or null. */
  dateText: string | null;
}

/** What this pass reads and writes on each line (a subset of ClassifiedLine). */
interface HeaderLine extends Span {
  features: LineFeatures;
  initial: 'bad' | 'good' | 'near-good' | 'short';
  cls: 'bad' | 'good' | 'near-good' | 'short';
  reason: string | null;
  post: number | null;
  comment: number | null;
}

export function findPageHeaders(
  lines: HeaderLine[],
  text: (l: Span) => string,
  social: boolean,
): { posts: PostHeader[]; comments: CommentHeader[] } {
  const posts = findPosts(lines, text, social);
  const comments = findComments(lines, text);
  return { posts, comments };
}

/**
 * Reads each line as a part of a post header. On social pages, a name line over a date line
 * ("Helen Ward" / "2 March at 18:04 ·") is a header too, read as one part on the name line.
 */
function readParts(
  lines: HeaderLine[],
  text: (l: Span) => string,
  social: boolean,
): (PostHeaderLine | null)[] {
  const parts = lines.map((l) => readPostHeaderLine(text(l)));
  if (!social) return parts;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (parts[i] || parts[i + 1] || !isCommenterNameLine(text(lines[i]!))) continue;
    const dateText = readPostDateLine(text(lines[i + 1]!));
    if (dateText === null) continue;
    parts[i] = { type: 'author', name: text(lines[i]!).trim(), handle: null, dateText };
    parts[i + 1] = { type: 'date', dateText };
    i++;
  }
  return parts;
}

function findPosts(lines: HeaderLine[], text: (l: Span) => string, social: boolean): PostHeader[] {
  const posts: PostHeader[] = [];
  const parts = readParts(lines, text, social);
  let current: number | null = null;
  let textSeen = false;
  for (let i = 0; i < lines.length; i++) {
    if (parts[i]) {
      let j = i;
      while (j + 1 < lines.length && parts[j + 1]) j++;
      const header = postHeader(lines.slice(i, j + 1), parts.slice(i, j + 1) as PostHeaderLine[]);
      const authorLine = parts.slice(i, j + 1).some((p) => p?.type === 'author');
      for (let k = i; k <= j; k++)
        if (header || authorLine || lines[k]!.reason === null)
          markBad(lines[k]!, header ? 'post header' : authorLine ? 'handle' : 'post marker');
      if (header && !header.isReply && j + 1 < lines.length) {
        // a post that opens with @mentions answers them, whether or not "Replying to" is shown
        const mentions = /^(?:@[\p{L}\p{N}_]+\s+)+/u.exec(text(lines[j + 1]!));
        if (mentions) {
          header.isReply = true;
          header.replyingTo = mentions[0]
            .trim()
            .split(/\s+/)
            .map((h) => h.slice(1));
        }
      }
      if (header) {
        textSeen = false;
        current = posts.length;
        posts.push(header);
        for (let k = i; k <= j; k++) lines[k]!.post = current;
      }
      i = j;
      continue;
    }
    if (current === null) continue;
    const line = lines[i]!;
    // "3 replies" under a post counts replies; it does not open a comment section
    if (line.reason === COMMENTS_HEADER_REASON && isCountsLine(text(line))) line.reason = 'counts';
    if (endsSection(text(line))) {
      current = null;
      continue;
    }
    line.post = current;
    // the post's text ends at the first furniture line after it (its counts, "See More"), so
    // an article's next paragraph under an embedded post is not the post
    if (line.cls === 'bad' && textSeen) current = null;
    if (line.cls !== 'bad') textSeen = true;
  }
  return posts;
}

function postHeader(lines: Span[], parts: PostHeaderLine[]): PostHeader | null {
  const author = parts.find((p) => p.type === 'author');
  const repost = parts.find((p) => p.type === 'repost');
  const reply = parts.find((p) => p.type === 'reply');
  if (!author || author.type !== 'author') return null;
  // a bare handle under a profile name is the profile's, not a post's
  if (author.dateText === null && !repost && !reply) return null;
  return {
    span: { start: lines[0]!.start, end: lines[lines.length - 1]!.end },
    lines: lines.map((l) => ({ start: l.start, end: l.end })),
    name: author.name,
    handle: author.handle,
    dateText: author.dateText,
    isRepost: repost !== undefined,
    repostedBy: repost?.type === 'repost' ? repost.name : null,
    isReply: reply !== undefined,
    replyingTo: reply?.type === 'reply' ? reply.handles : [],
    pinned: parts.some((p) => p.type === 'pinned'),
  };
}

/**
 * Comment headers are looked for after the page's first prose line (a byline with a date above
 * the article is not a comment). A name line followed by a timestamp line is one header; so is
 * the name line over a comment whose action row ("1h Like Reply") follows it. A comment runs to
 * its action row or "Reply" button, or to the next header.
 */
function findComments(lines: HeaderLine[], text: (l: Span) => string): CommentHeader[] {
  const comments: CommentHeader[] = [];
  const firstProse = lines.findIndex((l) => l.initial === 'good' || l.initial === 'near-good');
  if (firstProse < 0) return comments;
  const nameOverActions = namesOverActionRows(lines, text);
  let current: number | null = null;
  for (let i = firstProse + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.reason === 'post header') continue;
    const t = text(line);
    if (nameOverActions.has(i)) {
      current = comments.length;
      comments.push({ span: { start: line.start, end: line.end }, name: t.trim(), dateText: null });
      markBad(line, 'comment header');
      line.comment = current;
      continue;
    }
    const one = readCommentHeaderLine(t);
    const next = lines[i + 1];
    // "Gary Potts says:" over its timestamp, or "Gary Potts" over "14 June 2023 at 9:12 am"
    const dateBelow = !next
      ? null
      : one && one.dateText === null
        ? readCommentDateLine(text(next))
        : !one && isCommenterNameLine(t)
          ? readCommentDateLine(text(next), true)
          : null;
    if (one || dateBelow) {
      const last = dateBelow ? next! : line;
      current = comments.length;
      comments.push({
        span: { start: line.start, end: last.end },
        name: one ? one.name : t.trim(),
        dateText: one?.dateText ?? dateBelow,
      });
      markBad(line, 'comment header');
      line.comment = current;
      if (dateBelow) {
        markBad(next!, 'comment header');
        next!.comment = current;
        i++;
      }
      continue;
    }
    if (current === null) continue;
    if (endsSection(t) || line.reason === 'comment form') current = null;
    else line.comment = current;
    if (line.reason === 'comment actions' || REPLY_BUTTON.test(t)) current = null;
  }
  return comments;
}

/** The button under a comment that ends it. */
const REPLY_BUTTON = /^(?:reply|reply ↓|log in to reply)$/i;

/**
 * Facebook-style comments put the name above the text and the time in the action row below
 * ("Tom Price" / "Totally agree" / "1h Like Reply"): the first line after the previous furniture
 * line, when a name, heads the comment if an action row closes it.
 */
function namesOverActionRows(lines: HeaderLine[], text: (l: Span) => string): Set<number> {
  const names = new Set<number>();
  lines.forEach((line, a) => {
    if (!isCommentActionsLine(text(line))) return;
    markBad(line, 'comment actions');
    let first = a;
    while (first > 0 && lines[first - 1]!.cls !== 'bad') first--;
    if (a - first >= 2 && isCommenterNameLine(text(lines[first]!))) names.add(first);
  });
  return names;
}

function endsSection(t: string): boolean {
  return isListHeader(t) || (isCommentsHeader(t) && !isCountsLine(t)) || startsTrailingFurniture(t);
}

function markBad(line: HeaderLine, reason: string): void {
  line.initial = 'bad';
  line.cls = 'bad';
  line.reason = reason;
}
