/**
 * Words with their offsets. /verify compares words, not characters: case, white space, curly
 * versus straight quotes, dashes and other punctuation are ignored, while each word keeps the
 * span it came from so that what is shown is always sliced from the original text.
 */
import { COMPOUND_HEAD, joinCompound } from '../search/index.js';

export interface Token {
  /** The word as compared: lower case, no diacritics, straight apostrophes, compounds joined. */
  norm: string;
  /** Offsets of the word in the text it was read from (plus the base offset given). */
  start: number;
  end: number;
}

const LETTERS = `[\\p{L}\\p{N}]+(?:['’‘ʼ][\\p{L}\\p{N}]+)*`;

/**
 * A word: a number with decimal or thousands separators ("1.2", "120,000"), a prefix compound
 * ("anti-Semitism", compared joined, so it meets "antisemitism": search/compounds.ts), or letters
 * and digits possibly joined by apostrophes ("don't", "party’s"). Other hyphens and dashes split
 * words, so "left-wing" and "left wing" compare equal.
 */
const WORD = new RegExp(`\\p{N}+(?:[.,]\\p{N}+)+|${COMPOUND_HEAD}${LETTERS}|${LETTERS}`, 'giu');

/**
 * Calls `visit` with each word as written and its offsets: the one scan behind both tokenisers
 * (`tokenize` for pastes, `buildDocumentTokens` for documents), so both read the same words.
 */
export function scanWords(
  text: string,
  visit: (word: string, start: number, end: number) => void,
): void {
  for (const m of text.matchAll(WORD)) visit(m[0], m.index, m.index + m[0].length);
}

/** Splits text into words, with offsets shifted by `base` (a passage's offset in its body). */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (word, start, end) => {
    tokens.push({ norm: normaliseWord(word), start: base + start, end: base + end });
  });
  return tokens;
}

/** The compared form of one word (a word `scanWords` read: only compounds hold hyphens). */
export function normaliseWord(word: string): string {
  return joinCompound(word)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘ʼ]/g, "'")
    .toLowerCase();
}

/** The compared forms only. */
export function norms(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.norm);
}
