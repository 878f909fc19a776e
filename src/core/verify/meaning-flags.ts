/**
 * Changes that flip what a quote means, read off a word diff: a negation added or removed, a
 * number changed, a name changed. A swapped adjective changes the words; these change the claim.
 */
import { compoundParts } from '../search/index.js';
import { normaliseWord, type Token } from './tokens.js';
import type { DiffHunk, WordDiff } from './word-diff.js';

export type MeaningFlag = 'negation-added' | 'negation-removed' | 'number-changed' | 'name-changed';

/** Flags in a stable order, so replies and tests do not depend on where in the text they occur. */
const FLAG_ORDER: readonly MeaningFlag[] = [
  'negation-added',
  'negation-removed',
  'number-changed',
  'name-changed',
];

const NEGATIONS = new Set([
  'not',
  'never',
  'no',
  'nor',
  'none',
  'nothing',
  'nobody',
  'cannot',
  'neither',
]);

const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'hundred hundreds thousand thousands million millions billion billions trillion dozen dozens half'
  ).split(' '),
);

/** Capitalised words that are not names wherever they stand. */
const NOT_NAMES = new Set(['i', "i'm", "i've", "i'll", "i'd"]);

export interface FlagSources {
  /** The text the corpus tokens' offsets point into (the document body). */
  corpusText: string;
  /** The text the pasted tokens' offsets point into. */
  pastedText: string;
  /** Compared forms of the words in known speakers' names and aliases ("corbyn", "keir"). */
  nameWords: ReadonlySet<string>;
}

function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}

function isNumber(norm: string): boolean {
  return /^\p{N}/u.test(norm) || NUMBER_WORDS.has(norm);
}

/**
 * A name: a capitalised word that does not start a sentence ("Venezuela", "Labour"; of a prefix
 * compound, its last part: "pro-Palestinian"), a short all-capitals acronym ("NEC", "EHRC"), or a
 * known speaker's name word even at a sentence start
 * ("Starmer is …"). Lower-case words are never names: "socialism" is not "Creating Socialism";
 * nor is anything in a passage typed in capitals.
 */
function isName(token: Token, text: string, nameWords: ReadonlySet<string>): boolean {
  if (NOT_NAMES.has(token.norm) || isNegation(token.norm)) return false;
  const word = text.slice(namePart(token, text).start, token.end);
  if (!/^\p{Lu}/u.test(word)) return false;
  // in text typed in capitals every word looks like an acronym: judge only mixed-case text
  const shouting = !/\p{Ll}/u.test(text.slice(Math.max(0, token.start - 40), token.end + 40));
  if (shouting) return false;
  if (/^\p{Lu}{2,4}$/u.test(word)) return true;
  if (!/\p{Ll}/u.test(word)) return false; // SHOUTING is emphasis, not a name
  return !startsSentence(text, token.start) || nameWords.has(token.norm);
}

/** The flags a diff raises, in FLAG_ORDER. */
export function meaningFlags(diff: WordDiff, sources: FlagSources): MeaningFlag[] {
  const removed = diff.hunks.flatMap((h) => h.removed);
  const added = diff.hunks.flatMap((h) => h.added);
  const flags = new Set<MeaningFlag>();
  const negRemoved = removed.filter((t) => isNegation(t.norm)).length;
  const negAdded = added.filter((t) => isNegation(t.norm)).length;
  if (negAdded > negRemoved) flags.add('negation-added');
  if (negRemoved > negAdded) flags.add('negation-removed');
  if (
    !sameMultiset(
      removed.filter((t) => isNumber(t.norm)),
      added.filter((t) => isNumber(t.norm)),
    )
  ) {
    flags.add('number-changed');
  }
  if (diff.hunks.some((h) => changesName(h, sources))) flags.add('name-changed');
  return FLAG_ORDER.filter((f) => flags.has(f));
}

/**
 * A hunk changes a name when it swaps one name for another, or drops or adds a whole name. Dropping
 * or adding part of a longer name ("Labour [Party]", "[Jeremy] Corbyn") still names the same one.
 */
function changesName(h: DiffHunk, sources: FlagSources): boolean {
  const removed = h.removed
    .filter((t) => isName(t, sources.corpusText, sources.nameWords))
    .map((t) => namePart(t, sources.corpusText));
  const added = h.added
    .filter((t) => isName(t, sources.pastedText, sources.nameWords))
    .map((t) => namePart(t, sources.pastedText));
  if (sameMultiset(removed, added)) return false;
  if (h.removed.length > 0 && h.added.length > 0) return true;
  const [run, text] =
    h.added.length === 0 ? [h.removed, sources.corpusText] : [h.added, sources.pastedText];
  return !touchesName(run, text, sources.nameWords);
}

/**
 * The part of a word that names: a prefix compound's last part ("pro-Palestinian" names what
 * "Palestinian" does, so "anti Semitism" for "anti-Semitism" changes no name), else the word.
 */
function namePart(token: Token, text: string): Token {
  const parts = compoundParts(text.slice(token.start, token.end));
  if (parts.length === 1) return token;
  const last = parts[parts.length - 1]!;
  return { norm: normaliseWord(last), start: token.end - last.length, end: token.end };
}

/** True when the word just before or after a run (space-separated) is a name. */
function touchesName(run: readonly Token[], text: string, nameWords: ReadonlySet<string>): boolean {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const before = /([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)[ \t]+$/u.exec(
    text.slice(Math.max(0, first.start - 40), first.start),
  );
  const after = /^[ \t]+([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)/u.exec(
    text.slice(last.end, last.end + 40),
  );
  const neighbours: Token[] = [];
  if (before) {
    const start = first.start - before[0].length;
    neighbours.push({ norm: normaliseWord(before[1]!), start, end: start + before[1]!.length });
  }
  if (after) {
    const start = last.end + after[0].length - after[1]!.length;
    neighbours.push({ norm: normaliseWord(after[1]!), start, end: start + after[1]!.length });
  }
  return neighbours.some((t) => isName(t, text, nameWords));
}

/**
 * True when only punctuation, symbols (a ✔️ bullet) or space stand between a sentence end (or the
 * start of the text) and the word; 40 characters of look-back is plenty for that.
 */
function startsSentence(text: string, offset: number): boolean {
  return /(?:^|[.!?…:\n])[\s\p{P}\p{S}\u{FE0F}]*$/u.test(
    text.slice(Math.max(0, offset - 40), offset),
  );
}

function sameMultiset(a: readonly Token[], b: readonly Token[]): boolean {
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
  for (const t of b) {
    const c = counts.get(t.norm);
    if (!c) return false;
    counts.set(t.norm, c - 1);
  }
  return true;
}
