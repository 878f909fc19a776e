/**
 * Words with their offsets. /verify compares words, not characters: case, white space, curly
 * versus straight quotes, dashes and other punctuation are ignored, while each word keeps the
 * span it came from so that what is shown is always sliced from the original text.
 */

export interface Token {
  /** The word as compared: lower case, no diacritics, straight apostrophes. */
  norm: string;
  /** Offsets of the word in the text it was read from (plus the base offset given). */
  start: number;
  end: number;
}

/**
 * A word: a number with decimal or thousands separators ("1.2", "120,000"), or letters and
 * digits possibly joined by apostrophes ("don't", "party’s"). Hyphens and dashes split words, so
 * "left-wing" and "left wing" compare equal.
 */
export const WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+(?:['’‘ʼ][\p{L}\p{N}]+)*/gu;

/** Splits text into words, with offsets shifted by `base` (a passage's offset in its body). */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = base + m.index;
    tokens.push({ norm: normaliseWord(m[0]), start, end: start + m[0].length });
  }
  return tokens;
}

/** The compared form of one word. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘ʼ]/g, "'")
    .toLowerCase();
}

/** The compared forms only. */
export function norms(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.norm);
}
