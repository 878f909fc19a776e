/**
 * Exact phrases in a query (`"abusive relationship"`), matched word by word.
 */
import { foldWord, tokenize } from './terms.js';

/** `"abusive relationship" labour` → phrases ["abusive relationship"], rest "labour". */
export function splitPhrases(text: string): { phrases: string[]; rest: string } {
  const phrases: string[] = [];
  const rest = text.replace(/["“”„]([^"“”„]+)["“”„]?/g, (_m, inner: string) => {
    if (inner.trim()) phrases.push(inner.trim());
    return ' ';
  });
  return { phrases, rest: rest.trim() };
}

/** Word-by-word comparison: case, punctuation between words, curly quotes and dashes don't count. */
export function findPhrase(text: string, phrase: string): { start: number; end: number } | null {
  const want = tokenize(phrase).map((t) => foldWord(t.word));
  if (want.length === 0) return null;
  const have = tokenize(text);
  outer: for (let i = 0; i + want.length <= have.length; i++) {
    for (let j = 0; j < want.length; j++)
      if (foldWord(have[i + j]!.word) !== want[j]) continue outer;
    return { start: have[i]!.start, end: have[i + want.length - 1]!.end };
  }
  return null;
}

export function containsPhrase(text: string, phrase: string): boolean {
  return findPhrase(text, phrase) !== null;
}
