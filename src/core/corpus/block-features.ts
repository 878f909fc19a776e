/**
 * What a line of a page looks like, in numbers that carry over from one site to the next (the
 * features jusText and Readability judge blocks by): how long it is, how much of it is function
 * words, capitals, digits, symbols and link-like tokens, and whether it ends like a sentence.
 * Prose is long, full of function words and ends with a full stop; navigation, tab rows, counts
 * and widgets are short, capitalised, numeric or link-heavy.
 */

export interface LineFeatures {
  /** Characters, white space trimmed. */
  chars: number;
  /** Words: runs of letters and digits ("party’s", "28.4K" and "9:12" are one word each). */
  words: number;
  /** Share of the words that are English function words ("the", "of", "we"): high in prose. */
  stopWordShare: number;
  /**
   * Title Case ratio: share of the content words (not function words, not the first word) that
   * start with a capital. Near 1 in menus, tab rows, names and headlines in Title Case; low in prose.
   */
  capitalisedShare: number;
  /** Share of the words that hold a digit ("12", "1.4K", "2019", "9am"). */
  numberShare: number;
  /** Share of the characters that are neither letters, digits, white space nor ordinary punctuation (★, ✊, →). */
  symbolShare: number;
  /** @handles, #hashtags, URLs, bare domains and e-mail addresses (counted in lines of up to 40 words). */
  linkTokens: number;
  /** Item separators between short items: "|", "·", "•", "›", "»", " > ", " / ", and gaps of two or more spaces. */
  separators: number;
  /** Ends as a sentence does: . ! ? … possibly followed by a closing quotation mark or bracket. */
  sentenceEnd: boolean;
  /** Holds a sentence boundary inside it (". The"), so it is at least two sentences. */
  innerSentenceBreak: boolean;
  /** Opens with a speaker label: "Q:", "A:", "PRESENTER:", "Maya Okafor:", "CALLER (JANET):", "Q3 Chair:". */
  speakerLabel: boolean;
  /** Opens with a quotation mark. */
  opensWithQuote: boolean;
}

/** English function words (lower case, straight apostrophes): the stop list of the density feature. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has ' +
    "have having he her here hers him his how i i'm i've i'd i'll if in into is it it's its just me more " +
    'most my no nor not now of off on once only or other our ours out over own same she should so some ' +
    'such than that the their them then there these they this those through to too under until up us very ' +
    "was we were what when where which while who whom why will with would you your yours we're we've " +
    "don't can't won't isn't it's that's there's they're"
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:[’'.,:-][\p{L}\p{N}]+)*/gu;
/** A token (white-space separated) that is a link: @handle, #tag, URL, e-mail address, bare domain. */
const LINK_TOKEN =
  /^[(]?(?:[@#][\p{L}\p{N}_]{2,}|https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|org\.uk|uk|gov\.uk|io|info|eu|ie)(?:\/\S*)?)[).,;:!?]*$/iu;
const SEPARATOR = /\s[|·•›»>⟩/]\s|\s[|·•›»]$|^[|·•›»]\s|\S {2,}(?=\S)|\t+/gu;
const ORDINARY = /[\p{L}\p{N}\s.,;:!?'’‘“”"()[\]\-–—…&%£$€/@#*+=_]+/gu;
const SENTENCE_END = /[.!?…](?:['’”"»)\]]+)?$|[.!?…]['’”"»)\]]*\s*\[[^\]]*\]$/u;
const INNER_BREAK = /[\p{Ll}\p{N})’”"][.!?…]['’”"]?\s+['‘“"]?[\p{Lu}\p{N}]/u;
const SPEAKER_LABEL =
  /^(?:Q\d*|A|[\p{Lu}][\p{Lu}\p{N}.’' -]{0,40}(?:\s*\([^)]{1,40}\))?|(?:Q\d+\s+)?[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3})\s*:\s+\S/u;

const DIGIT = /[0-9]/;
const LETTER_FIRST = /^\p{L}/u;
const UPPER_FIRST = /^\p{Lu}/u;
/** Lines longer than this (in words) are prose or boilerplate, never menus: link features are not measured. */
const LINK_FEATURE_MAX_WORDS = 40;

const LIST_MARKER = /^(?:\d{1,3}[.)]|[•▪◦*-])\s+/u;

/** Measures one line (or any short text). */
export function lineFeatures(text: string): LineFeatures {
  // a list marker ("1. ", "2) ", "• ") is layout, not the start of a sentence
  const t = text.trim().replace(LIST_MARKER, '');
  const words = t.match(WORD) ?? [];
  let stops = 0;
  let content = 0;
  let capitalised = 0;
  let numbers = 0;
  words.forEach((w, i) => {
    const first = w.charCodeAt(0);
    const ascii = first < 128;
    // every stop word is at most 7 letters long: longer words need no lookup
    const stop = w.length <= 7 && isStopWord(w);
    if (stop) stops++;
    if (DIGIT.test(w)) numbers++;
    if (i === 0 || stop) return;
    if (ascii ? !((first | 32) >= 97 && (first | 32) <= 122) : !LETTER_FIRST.test(w)) return;
    content++;
    if (ascii ? first >= 65 && first <= 90 : UPPER_FIRST.test(w)) capitalised++;
  });
  const symbols = codePoints(t.replace(ORDINARY, ''));
  const chars = codePoints(t);
  // link tokens and separators matter for short lines only (menus, profile lines, share rows)
  const short = words.length <= LINK_FEATURE_MAX_WORDS;
  return {
    chars,
    words: words.length,
    stopWordShare: words.length ? stops / words.length : 0,
    capitalisedShare: content ? capitalised / content : words.length ? 1 : 0,
    numberShare: words.length ? numbers / words.length : 0,
    symbolShare: chars ? symbols / chars : 0,
    linkTokens: short ? t.split(/\s+/).filter((token) => LINK_TOKEN.test(token)).length : 0,
    separators: short ? (t.match(SEPARATOR)?.length ?? 0) : 0,
    sentenceEnd: SENTENCE_END.test(t),
    innerSentenceBreak: INNER_BREAK.test(t),
    speakerLabel: SPEAKER_LABEL.test(t),
    opensWithQuote: /^['‘“"«]/u.test(t),
  };
}

/** Length in code points (an emoji is one character, not two UTF-16 units). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** Link-like tokens and separators per word: high in menus, share rows, breadcrumbs and profile lines. */
export function linkDensity(f: LineFeatures): number {
  return (f.linkTokens + f.separators) / Math.max(f.words, 1);
}

function isStopWord(word: string): boolean {
  if (STOP_WORDS.has(word)) return true;
  const folded = word.includes('’') ? word.toLowerCase().replace(/’/g, "'") : word.toLowerCase();
  return folded !== word && STOP_WORDS.has(folded);
}
