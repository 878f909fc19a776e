/**
 * The header lines that say whose text follows on social pages and in comment threads: a post
 * header (`Maya Okafor @mayaokafor · Jun 12`, with `Maya Okafor reposted`, `Replying to @x` or
 * `Pinned` around it) and a reader-comment header (`Gary Potts says:`, `Gary Potts 14 June 2023 at
 * 9:12 am`, `Gary Potts on June 14, 2023 at 9:12 am said:`). The lines themselves are furniture;
 * what they name goes to attribution.
 */

/** One part of a post header, read from one line. */
export type PostHeaderLine =
  | { type: 'author'; name: string | null; handle: string | null; dateText: string | null }
  | { type: 'repost'; name: string }
  | { type: 'reply'; handles: string[] }
  | { type: 'pinned' }
  /** The date line under a name line ("2 March at 18:04 ·"), read with it as one header. */
  | { type: 'date'; dateText: string };

const HANDLE = '@[\\p{L}\\p{N}_][\\p{L}\\p{N}_.]{0,40}[\\p{L}\\p{N}_]|@[\\p{L}\\p{N}_]';
/** A display name: up to six words with no sentence punctuation; emoji and verified marks allowed. */
const DISPLAY_NAME = '[^\\s@·•:;!?"“”][^@·•:;!?"“”]{0,60}?';
/** The date of a post: "Jun 12", "12 Jun", "Jun 12, 2023", "2h", "5m", "3d", "Yesterday". */
const POST_DATE =
  '(?:\\d{1,2}[smhdw]|\\d{1,2} ?(?:min|mins|hr|hrs)|[\\p{L}]{3,9}\\.? \\d{1,2}(?:, \\d{4})?|\\d{1,2} [\\p{L}]{3,9}\\.?(?: \\d{4})?|yesterday|just now|\\d{1,2}/\\d{1,2}/\\d{2,4})';

const AUTHOR_LINE = new RegExp(
  `^(?:(${DISPLAY_NAME})\\s+)?(${HANDLE})(?:\\s*[·•]\\s*(${POST_DATE}))?$`,
  'iu',
);
/** Facebook and blog style: "Maya Okafor · 12 June" (a name and a date, no handle). */
const NAME_DATE_LINE = new RegExp(`^(${DISPLAY_NAME})\\s+[·•]\\s+(${POST_DATE})$`, 'iu');
const REPOST_LINE = new RegExp(
  `^(${DISPLAY_NAME})\\s+(?:reposted|retweeted|reblogged|boosted|shared(?: a (?:post|link|photo|video|memory))?|shared [^.!?]{1,40}['’]s (?:post|photo|video))\\.?$`,
  'iu',
);
/** Bluesky and Mastodon put the reposter after the verb: "Reposted by Maya Okafor". */
const REPOSTED_BY_LINE = new RegExp(
  `^(?:reposted|retweeted|reblogged|boosted|shared) by\\s+(${DISPLAY_NAME})$`,
  'iu',
);
const REPLY_LINE = new RegExp(
  `^replying to\\s+((?:${HANDLE})(?:(?:,\\s*|\\s+and\\s+|\\s+)(?:${HANDLE}))*)(?:\\s+and\\s+\\d+ others?)?$`,
  'iu',
);
const PINNED_LINE = /^pinned(?: post| tweet| toot)?$/i;

/** Reads one line as a part of a post header, or null. */
export function readPostHeaderLine(line: string): PostHeaderLine | null {
  const t = line.trim();
  if (t.length > 120) return null;
  let m = REPLY_LINE.exec(t);
  if (m) return { type: 'reply', handles: m[1]!.match(new RegExp(HANDLE, 'gu'))!.map(unAt) };
  m = AUTHOR_LINE.exec(t);
  if (m && isDisplayName(m[1])) {
    return {
      type: 'author',
      name: m[1]?.trim() ?? null,
      handle: m[2]!.slice(1),
      dateText: m[3] ?? null,
    };
  }
  m = NAME_DATE_LINE.exec(t);
  if (m && isDisplayName(m[1]) && m[1]) {
    return { type: 'author', name: m[1].trim(), handle: null, dateText: m[2]! };
  }
  m = REPOSTED_BY_LINE.exec(t) ?? REPOST_LINE.exec(t);
  if (m && isDisplayName(m[1]) && m[1]) return { type: 'repost', name: m[1].trim() };
  if (PINNED_LINE.test(t)) return { type: 'pinned' };
  return null;
}

function isDisplayName(name: string | undefined): boolean {
  if (name === undefined) return true;
  const words = name.trim().split(/\s+/);
  return words.length <= 6 && !/[.,]$/.test(name.trim());
}

function unAt(handle: string): string {
  return handle.replace(/^@/, '');
}

/** A reader-comment header, read from one line (or a name line and the timestamp line under it). */
export interface CommentHeaderLine {
  /** The commenter as the page shows them: "Gary Potts", "dockerdave62". */
  name: string;
  /** The timestamp as written, or null when the header has none. */
  dateText: string | null;
}

/** Case-insensitive letters for a word, in a pattern without the `i` flag (`\\p{Lu}` must stay upper case). */
function ci(words: string): string {
  return words.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

/** A commenter's name: one to five words, names or a user name ("Gary Potts", "dockerdave62", "Jo O'Neill"). */
const COMMENTER =
  "@?(?:[\\p{Lu}][\\p{L}’'.-]*|[\\p{L}][\\p{L}\\p{N}_.-]*[\\p{N}_][\\p{L}\\p{N}_.-]*)(?:\\s+(?:[\\p{Lu}][\\p{L}’'.-]*|de|van|von|da|di|le|la|al)){0,4}";
const MONTHS = ci(
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
);
const AMPM = ci('(?:am|pm|a\\.m\\.|p\\.m\\.)');
const AGO = ci('(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago');
/** A comment timestamp: "14 June 2023 at 9:12 am", "June 14, 2023 at 9:12 am", "14/06/2023 09:12", "3 days ago". */
const COMMENT_DATE = `(?:(?:(?:\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})\\.?,? \\d{4}|(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:,?\\s*(?:${ci('at')}\\s+)?\\d{1,2}[:.]\\d{2}\\s*${AMPM}?)?)|\\d{1,2}[:.]\\d{2}\\s*${AMPM}?|\\d+ ${AGO})`;

/** A timestamp with a clock time or "ago": what a name-and-date comment header carries (a dateline has no time). */
const STAMP = `(?:(?:(?:\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})\\.?,? \\d{4}|(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}),?\\s*(?:${ci('at')}\\s+)?)?\\d{1,2}[:.]\\d{2}\\s*${AMPM}?|\\d+ ${AGO})`;
/** Calendar words are not names: "Tuesday 9 February 2021 10:00" is a dateline. */
const CALENDAR_WORD = new RegExp(
  `^(?:${MONTHS}|${ci('monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|posted|published|updated')})\\b`,
  'u',
);

const SAYS_LINE = new RegExp(
  `^(${COMMENTER})\\s+(?:${ci('says|writes|commented|replied')})\\s*:?(?:\\s+(${COMMENT_DATE}))?\\s*:?$`,
  'u',
);
const ON_DATE_SAID_LINE = new RegExp(
  `^(${COMMENTER})\\s+${ci('on')}\\s+(${COMMENT_DATE})\\s+(?:${ci('said|says|wrote|commented')})\\s*:?$`,
  'u',
);
/** Professional networks put the connection degree beside the name: "Sneha Kulkarni • 2nd", "… • Author". */
const NETWORK_NAME_LINE = new RegExp(
  `^(${COMMENTER})\\s*[•·]\\s*(?:1st|2nd|3rd\\+?|${ci('author|following')})$`,
  'u',
);
const NAME_DATE = new RegExp(`^(${COMMENTER})\\s*(?:[|·•–—,-]\\s*)?(${STAMP})\\s*:?$`, 'u');
const DATE_ONLY = new RegExp(
  `^(?:${ci('posted')}\\s+)?(?:${ci('on')}\\s+)?(${COMMENT_DATE})\\s*:?$`,
  'u',
);
const STAMP_ONLY = new RegExp(
  `^(?:${ci('posted')}\\s+)?(?:${ci('on')}\\s+)?(${STAMP})\\s*:?$`,
  'u',
);
const NAME_ONLY = new RegExp(`^(${COMMENTER})$`, 'u');

/**
 * A forum's vote widget before the commenter ("▲ 212  ▼   mehak.s · 2 days ago", "↑ 12 ↓ …"). With
 * it the line is a comment header for sure, so a lower-case handle ("mehak.s") is a name too.
 */
const VOTES = /^(?:[▲△⬆↑]\uFE0F?\s*[\d,.]+k?\s*[▼▽⬇↓]?\uFE0F?|[\d,]+\s+points?)\s+/iu;
const HANDLE_DATE = new RegExp(
  `^(@?[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{1,38})\\s*(?:[|·•–—,-]\\s*)?(${STAMP})\\s*:?$`,
  'u',
);

/** Reads a one-line comment header ("Gary Potts says:", "Gary Potts 14 June 2023 at 9:12 am", "Sneha Kulkarni • 2nd"). */
export function readCommentHeaderLine(line: string): CommentHeaderLine | null {
  let t = line.trim();
  if (t.length > 100) return null;
  const votes = VOTES.exec(t);
  if (votes) {
    t = t.slice(votes[0].length);
    const h = HANDLE_DATE.exec(t);
    if (h && !CALENDAR_WORD.test(h[1]!)) return { name: h[1]!, dateText: h[2]! };
  }
  let m = SAYS_LINE.exec(t);
  if (m) return { name: m[1]!, dateText: m[2] ?? null };
  m = ON_DATE_SAID_LINE.exec(t);
  if (m) return { name: m[1]!, dateText: m[2]! };
  m = NAME_DATE.exec(t);
  if (m && !CALENDAR_WORD.test(m[1]!)) return { name: m[1]!, dateText: m[2]! };
  m = NETWORK_NAME_LINE.exec(t);
  if (m) return { name: m[1]!, dateText: null };
  return null;
}

/**
 * A line that is only a comment timestamp, under a name line ("Gary Potts" / "14 June 2023 at
 * 9:12 am") or under a "says:" line. With `withTime`, the timestamp must carry a clock time.
 */
export function readCommentDateLine(line: string, withTime = false): string | null {
  return (withTime ? STAMP_ONLY : DATE_ONLY).exec(line.trim())?.[1] ?? null;
}

/** A line that could be a commenter's name on its own (above a timestamp line). */
export function isCommenterNameLine(line: string): boolean {
  const t = line.trim();
  return (
    t.length <= 40 &&
    NAME_ONLY.test(t) &&
    !CALENDAR_WORD.test(t) &&
    !/^(?:reply|report|like|share)$/i.test(t)
  );
}

/**
 * The date line under a name on Facebook-style pages ("2 March at 18:04 ·", "Yesterday at 09:12",
 * "3h ·"): with the name line above it, a post header.
 */
const POST_DATE_LINE = new RegExp(
  `^(${POST_DATE}(?:,? \\d{4})?(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?)?)[\\s·•🌍🌐👥🔒]*$`,
  'iu',
);

export function readPostDateLine(line: string): string | null {
  return POST_DATE_LINE.exec(line.trim())?.[1]?.trim() ?? null;
}

/**
 * The action row under a comment on Facebook-style pages ("1h Like Reply", "Like · Reply · 2d"):
 * the comment's text is above it, under the commenter's name.
 */
const COMMENT_ACTIONS =
  /^(?:(?:\d{1,2}\s?[smhdwy]|\d{1,2} (?:mins?|minutes?|hrs?|hours?|days?|weeks?)(?: ago)?|just now|yesterday)\s*[·•]?\s*)?(?:like|love)\s*[·•]?\s*reply(?:\s*[·•]?\s*(?:share|edit|\d{1,2}\s?[smhdwy]|\d+))*$/i;

export function isCommentActionsLine(line: string): boolean {
  return COMMENT_ACTIONS.test(line.trim());
}
