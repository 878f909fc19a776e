/**
 * What people paste is rarely just the quote: `he said "…"`, `> …` quote prefixes, a trailing
 * `— Chris Williamson`, a whole message around one quoted sentence. This strips that noise,
 * conservatively: words are only removed when the shape leaves no doubt (a quotation mark, a
 * colon, or a name the corpus knows), because removing words of the quote itself would change
 * the verdict. The name a paste attributes the quote to is kept: it can stand for the claim.
 */

export interface CleanedQuote {
  /** The text to verify. */
  text: string;
  /** The name the paste itself attributes the words to ("Williamson said: …"), as written. */
  attributedTo: string | null;
}

/** Tells whether a name (as written) is a speaker the corpus knows. */
export type IsSpeaker = (name: string) => boolean;

const OPENING = '"“„«‘\'';
const CLOSING = '"”»’\'';
const DOUBLE_OPEN = '"“„«';
const SPEECH_VERBS =
  'said|says|say|wrote|writes|tweeted|tweets|posted|posts|claimed|claims|stated|states|argued|argues|added|adds|insisted|insists|told';
/** Pronouns stand for a speaker but name nobody. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'you', 'we', 'someone', 'somebody']);
/** Commentary around a single quoted segment is dropped only when it is short. */
const MAX_COMMENTARY_WORDS = 12;
const MIN_SEGMENT_WORDS = 3;
const MAX_PASSES = 4;
/** An attribution line is a name and perhaps a source and a date, never a long sentence. */
const MAX_ATTRIBUTION_CHARS = 80;

/** Strips quotation marks and the noise around a pasted quote. */
export function stripQuoteNoise(input: string, isSpeaker: IsSpeaker): CleanedQuote {
  let text = removeQuotePrefixes(input.replace(/\r\n?/g, '\n')).trim();
  let attributedTo: string | null = null;
  const note = (name: string | null) => {
    const cleaned = name ? cleanName(name) : null;
    if (cleaned && !attributedTo && !PRONOUNS.has(cleaned.toLowerCase())) attributedTo = cleaned;
  };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // one quoted sentence inside commentary first: "lol he literally said “…” what a clown"
    const inner = extractQuotedSegment(text, isSpeaker);
    if (inner) {
      text = inner.text;
      note(inner.name);
    }
    const before = text;
    const trailing = stripTrailingAttribution(text, isSpeaker);
    text = trailing.text;
    note(trailing.name);
    const leading = stripLeadingAttribution(text, isSpeaker);
    text = leading.text;
    note(leading.name);
    text = stripSurroundingQuotes(text);
    if (text === before && !inner) break;
  }
  return { text, attributedTo };
}

/** `> quoted line` (Discord, Slack, e-mail), also when Slack's escaping left `&gt;`. */
function removeQuotePrefixes(text: string): string {
  return text.replace(/^[ \t]*(?:>|&gt;)+[ \t]?/gm, '');
}

/** `"…" — Chris Williamson, Morning Star`, `… (Williamson, 2019)`, `"…," Williamson said.` */
function stripTrailingAttribution(
  text: string,
  isSpeaker: IsSpeaker,
): { text: string; name: string | null } {
  // a dash that starts an attribution follows a space, a line break or a closing quotation mark
  const dashes = [...text.matchAll(/(?<=[\s"”’»])[-–—―~]{1,2}\s*/gu)].reverse();
  for (const d of dashes) {
    const restStart = d.index + d[0].length;
    const rest = text.slice(restStart).trim();
    if (!rest || rest.length > MAX_ATTRIBUTION_CHARS || /["“”\n]/.test(rest)) continue;
    const head = text.slice(0, d.index).trimEnd();
    const name = firstPart(rest);
    if (name && head && (isSpeaker(name) || (startsQuoted(head) && endsQuoted(head))))
      return { text: head, name };
  }
  const paren = /\s*\(([^()\n]{1,80})\)\s*$/u.exec(text);
  if (paren && paren.index > 0) {
    const name = firstPart(paren[1]!);
    if (name && isSpeaker(name)) return { text: text.slice(0, paren.index).trimEnd(), name };
  }
  // `"…," Williamson said.` / `"…" said Williamson` / `"…," he added.`: only after a closing quote
  const verbAfter = new RegExp(
    `([${CLOSING}])\\s*,?\\s*(?:(?:${SPEECH_VERBS})\\s+([\\p{L}][\\p{L}.'’ -]{0,40}?)|([\\p{L}][\\p{L}.'’ -]{0,40}?)\\s+(?:${SPEECH_VERBS}))\\s*[.!]?\\s*$`,
    'u',
  ).exec(text);
  if (verbAfter && startsQuoted(text)) {
    return { text: text.slice(0, verbAfter.index + 1), name: verbAfter[2] ?? verbAfter[3] ?? null };
  }
  return { text, name: null };
}

/** `He said "…"`, `Williamson wrote: …`, `Chris Williamson: "…"`. */
function stripLeadingAttribution(
  text: string,
  isSpeaker: IsSpeaker,
): { text: string; name: string | null } {
  const verb = new RegExp(
    `^(?:and\\s+|so\\s+)?([\\p{L}][\\p{L}.'’ -]{0,40}?)\\s+(?:(?:also|literally|actually|once|even|really)\\s+)?(?:${SPEECH_VERBS})(?:\\s+[^:"“„«\\n]{1,30}?)??(?:\\s+that)?\\s*([:,]?)\\s*`,
    'iu',
  ).exec(text);
  if (verb) {
    const rest = text.slice(verb[0].length);
    const name = verb[1]!;
    if (
      rest &&
      (DOUBLE_OPEN.includes(rest[0]!) || (verb[2] === ':' && (isSpeaker(name) || isPronoun(name))))
    ) {
      return { text: rest, name };
    }
  }
  const colon = /^([\p{L}][\p{L}.'’ -]{0,40}?)\s*:\s+/u.exec(text);
  if (colon) {
    const rest = text.slice(colon[0].length);
    const name = colon[1]!;
    if (rest && (isSpeaker(name) || (DOUBLE_OPEN.includes(rest[0]!) && endsQuoted(rest))))
      return { text: rest, name };
  }
  return { text, name: null };
}

/** `“…”` → `…`; a closing mark may be followed by the sentence's own punctuation (`".`). */
function stripSurroundingQuotes(text: string): string {
  const first = text[0];
  if (first === undefined || !OPENING.includes(first)) return text;
  const m = new RegExp(`([${CLOSING}])[.,!?;:]*$`, 'u').exec(text);
  if (!m || m.index === 0) return text;
  const single = "'‘".includes(first);
  if (single !== "'’".includes(m[1]!)) return text;
  const inner = text.slice(1, m.index).trim();
  return nestingIsBalanced(inner) ? inner : text;
}

/** False when the marks at both ends belong to two different inner quotations (`“a” b “c”`). */
function nestingIsBalanced(inner: string): boolean {
  let depth = 0;
  for (const ch of inner) {
    if ('“„«'.includes(ch)) depth++;
    else if ('”»'.includes(ch) && --depth < 0) return false;
  }
  return depth === 0;
}

/** `lol he literally said "…" what a clown` → the quoted words, when the rest is commentary. */
function extractQuotedSegment(
  text: string,
  isSpeaker: IsSpeaker,
): { text: string; name: string | null } | null {
  const segments = [...text.matchAll(/["“„«]([^"“”„«»]+)["”»]/gu)];
  if (segments.length !== 1) return null;
  const seg = segments[0]!;
  const inner = seg[1]!.trim();
  if (wordCount(inner) < MIN_SEGMENT_WORDS) return null;
  const outside = `${text.slice(0, seg.index)} ${text.slice(seg.index + seg[0].length)}`;
  if (wordCount(outside) > MAX_COMMENTARY_WORDS) return null;
  if (!new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'iu').test(outside)) return null;
  const names = [...outside.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/gu)].map(
    (m) => m[0],
  );
  return { text: inner, name: names.find((n) => isSpeaker(n)) ?? null };
}

function startsQuoted(text: string): boolean {
  return OPENING.includes(text[0] ?? '');
}

function endsQuoted(text: string): boolean {
  return new RegExp(`[${CLOSING}][.,!?;:]*$`, 'u').test(text);
}

function isPronoun(name: string): boolean {
  return PRONOUNS.has(name.trim().toLowerCase());
}

/** `Chris Williamson, Morning Star, 2019` → `Chris Williamson`. */
function firstPart(s: string): string {
  return s.split(/[,;(]/)[0]!.trim();
}

function cleanName(name: string): string {
  return name.trim().replace(/[.,:;]+$/, '');
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
