/**
 * Page furniture: text captured with a page that nobody said (navigation, "See More", donation and
 * shop appeals, newsletter prompts, ratings, photo credits, comment-form boilerplate). It is never
 * quotable. These rules read the text itself; front matter `furniture:` adds per-document lines.
 */

/** A whole line that is furniture, with the reason reported in diagnostics. */
const LINE_RULES: readonly [RegExp, string][] = [
  [/^skip to (?:main )?content$/i, 'navigation'],
  [/^(?:see|read|show|view) more\.?$/i, 'navigation'],
  [/^continue reading\b/i, 'navigation'],
  [/^(?:[Aa]bout|[Mm]ore (?:about|from|by)) [\p{Lu}][^.!?]{0,60}$/u, 'page heading'],
  [/^[\p{Lu}][^.!?]{0,60} description$/iu, 'page heading'],
  [/^\d(?:\.\d)? star rating$/i, 'rating'],
  [/^rated \d(?:\.\d)? out of \d/i, 'rating'],
  [
    /^(?:similar listings|related (?:posts|articles|stories|content)|you (?:may|might) also like|trending now)$/i,
    'related links',
  ],
  [/^leave a (?:reply|comment)$/i, 'comment form'],
  [/^your email address will not be published/i, 'comment form'],
  [/^required fields are marked/i, 'comment form'],
  [/\bis located at\b/i, 'address'],
  [/^(?:main |featured |header |top )?image(?: credit)?:/i, 'photo credit'],
  [/^(?:photo|photograph|picture|credit)s?(?: by|:)/i, 'photo credit'],
  [/\bphoto by [\p{Lu}]/u, 'photo credit'],
  [/^[\p{Lu}][\p{L}.' -]{1,60}['’]s (?:picture|photo|avatar)$/u, 'photo credit'],
  [
    /\((?:[^()]*\/)?(?:twitter|facebook|instagram|flickr|getty(?: images)?|reuters|ap|pa|wikimedia(?: commons)?|shutterstock|alamy)\)\s*$/i,
    'photo caption',
  ],
  [/^(?:share|tweet|email|print|share this|share on \w+)$/i, 'share buttons'],
  [
    /^(?:donate|donate today|become a (?:supporter|member|patron)|fighting fund|subscribe|sign up)\b.{0,40}$/i,
    'donation or newsletter appeal',
  ],
  [/^you['’]ve raised\b/i, 'donation appeal'],
  [/^we need:?\s*£/i, 'donation appeal'],
  [/^\d+ days? remaining$/i, 'donation appeal'],
  [/^(?:posted|published|updated) (?:on|at) \d/i, 'dateline'],
  [/^tags?:/i, 'tags'],
];

/** Words that mark a block as an appeal (donation, shop, newsletter, membership) rather than speech. */
const APPEAL =
  /\b(?:donat(?:e|ion|ions)\b|chip in\b|fighting fund|become a (?:supporter|member|patron)|support (?:us|our work|our journalism)|patreon|buy me a coffee|(?:sign up|subscribe) (?:to|for) our newsletter|unsubscribe at any time|reader-owned|buying shares|online (?:store|shop)|t-shirts|not sponsored or endorsed|we rely on (?:you|readers)|people funded)/i;

/** A heading that starts the page's trailing furniture (everything after it, unless comments follow). */
const TRAILING_START =
  /^(?:more about\b|similar listings$|related (?:posts|articles|stories)$|you (?:may|might) also like|leave a (?:reply|comment)$|become a supporter$)/i;

/** The reason given for a comment-section header line; reader comments follow it. */
export const COMMENTS_HEADER_REASON = 'comments header';

/** A comment-section header: "5 thoughts on “…”", "12 Comments", "Comments", "Join the discussion". */
const COMMENTS_HEADER =
  /^(?:\d+\s+(?:thoughts?|comments?|responses?|replies|reactions?)(?:\s+(?:on|to)\b.*)?|comments?(?: \(\d+\))?|reader comments|join the discussion|what (?:readers|people) (?:are saying|think))\s*:?$/i;

export function lineFurnitureReason(line: string, extra: readonly string[] = []): string | null {
  const text = line.trim();
  if (isCommentsHeader(text)) return COMMENTS_HEADER_REASON;
  for (const [re, reason] of LINE_RULES) if (re.test(text)) return reason;
  for (const prefix of extra)
    if (prefix && text.startsWith(prefix)) return 'front matter furniture';
  return null;
}

export function isAppeal(text: string): boolean {
  return APPEAL.test(text);
}

export function startsTrailingFurniture(text: string): boolean {
  return TRAILING_START.test(text.trim());
}

export function isCommentsHeader(text: string): boolean {
  const t = text.trim();
  return t.length <= 200 && COMMENTS_HEADER.test(t);
}
