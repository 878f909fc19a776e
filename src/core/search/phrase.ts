/**
 * Exact phrases in a query (`"abusive relationship"`), and what holding one means: the words in
 * order, compared word by word (case, punctuation between words, curly quotes and dashes don't
 * count). A prefix compound matches as its joined word ("anti-Semitism" and "antisemitism" meet)
 * or part by part ("anti Semitism", and "Palestinian solidarity" in "pro-Palestinian
 * solidarity"), on both sides. The comparison is written once, over any word key: folded text
 * here (`findPhrase`, to mark a phrase in an excerpt), word numbers in phrase-matcher.ts (to
 * filter passages over the index).
 */
import { foldWord, joinFolded, locateWords, processTerm, queryWords } from './terms.js';
import { isCompound } from './compounds.js';

/** `"abusive relationship" labour` → phrases ["abusive relationship"], rest "labour". */
export function splitPhrases(text: string): { phrases: string[]; rest: string } {
  const phrases: string[] = [];
  const rest = text.replace(/["“”„]([^"“”„]+)["“”„]?/g, (_m, inner: string) => {
    if (inner.trim()) phrases.push(inner.trim());
    return ' ';
  });
  return { phrases, rest: rest.trim() };
}

/** A query read: its phrases, and the words and index terms of all of it. */
export interface ReadQuery {
  phrases: string[];
  /** The words of the query, phrases last. */
  words: string[];
  /** Their index terms, each once. */
  terms: string[];
  /**
   * The query is exact phrases and nothing else, with no compound: a passage holding the phrases
   * holds all their words (ranking.ts `rankInTiers`).
   */
  phrasesOnly: boolean;
}

export function readQuery(text: string): ReadQuery {
  const { phrases, rest } = splitPhrases(text);
  const words = queryWords([rest, ...phrases].join(' '));
  const terms = [...new Set(words.map(processTerm).filter((t): t is string => t !== null))];
  const phrasesOnly =
    phrases.length > 0 &&
    !queryWords(rest).some((w) => processTerm(w) !== null) &&
    !queryWords(phrases.join(' ')).some(isCompound);
  return { phrases, words, terms, phrasesOnly };
}

/** A word as phrases compare it, by any key (folded text, word numbers). */
export interface PhraseWord<K> {
  /** The word joined ("antisemitism" for "anti-Semitism"). */
  whole: K;
  /** Its parts: the word itself, or a prefix compound's parts. */
  parts: readonly K[];
}

/** Words to search in, read through accessors (so word numbers need no objects). */
export interface WordRun<K> {
  whole(i: number): K;
  partCount(i: number): number;
  part(i: number, k: number): K;
}

/** A place in a run: word `word`, part `part` of it. */
interface RunPosition {
  word: number;
  part: number;
}

/**
 * Where `want` ends when it starts at part `part` of word `word` of `run` (words up to `end`), or
 * null. A phrase word matches a whole word by its joined form, or its parts match the parts in
 * order, across word boundaries. The first match is taken: a joined match and a part-by-part
 * one of the same compound end at the same place.
 */
function phraseEnd<K>(
  run: WordRun<K>,
  end: number,
  want: readonly PhraseWord<K>[],
  word: number,
  part: number,
): RunPosition | null {
  let i = word;
  let k = part;
  for (const w of want) {
    if (i >= end) return null;
    if (k === 0 && run.whole(i) === w.whole) {
      i++;
      continue;
    }
    for (const p of w.parts) {
      if (i >= end || run.part(i, k) !== p) return null;
      if (++k === run.partCount(i)) {
        i++;
        k = 0;
      }
    }
  }
  return { word: i, part: k };
}

/** The first place in words [from, end) where `want` occurs: its start and end positions. */
export function findWords<K>(
  run: WordRun<K>,
  from: number,
  end: number,
  want: readonly PhraseWord<K>[],
): { start: RunPosition; end: RunPosition } | null {
  if (want.length === 0) return null;
  const first = want[0]!;
  const firstPart = first.parts[0];
  for (let i = from; i < end; i++) {
    const n = run.partCount(i);
    for (let k = 0; k < n; k++) {
      // most places cannot start the phrase: rule them out before walking it
      if (!(k === 0 && run.whole(i) === first.whole) && run.part(i, k) !== firstPart) continue;
      const stop = phraseEnd(run, end, want, i, k);
      if (stop) return { start: { word: i, part: k }, end: stop };
    }
  }
  return null;
}

/** The words of a text as phrases compare them (folded), with their tokens. */
export function phraseWords(text: string) {
  const tokens = locateWords(text);
  const words: PhraseWord<string>[] = tokens.map((t) => {
    const folded = foldWord(t.word);
    return {
      whole: joinFolded(folded),
      parts: t.parts ? t.parts.map((p) => foldWord(p.word)) : [folded],
    };
  });
  return { tokens, words };
}

/** Word-by-word comparison: case, punctuation between words, curly quotes and dashes don't count. */
export function findPhrase(text: string, phrase: string): { start: number; end: number } | null {
  const want = phraseWords(phrase).words;
  const { tokens, words } = phraseWords(text);
  const run: WordRun<string> = {
    whole: (i) => words[i]!.whole,
    partCount: (i) => words[i]!.parts.length,
    part: (i, k) => words[i]!.parts[k]!,
  };
  const at = findWords(run, 0, words.length, want);
  if (!at) return null;
  const startToken = tokens[at.start.word]!;
  const start = startToken.parts?.[at.start.part]?.start ?? startToken.start;
  // ended on a word boundary: the end of the word before; mid-compound: the end of the last part
  const last = at.end.part === 0 ? tokens[at.end.word - 1]! : tokens[at.end.word]!;
  const end = at.end.part === 0 ? last.end : last.parts![at.end.part - 1]!.end;
  return { start, end };
}

export function containsPhrase(text: string, phrase: string): boolean {
  return findPhrase(text, phrase) !== null;
}
