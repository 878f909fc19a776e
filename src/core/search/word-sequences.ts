/**
 * Every searchable passage as the sequence of its folded words (stop words included), as numbers.
 * An exact phrase is then a run of numbers to find in a short array: the same word-by-word
 * comparison as `findPhrase`, without tokenising or folding text at query time.
 */
import { foldWord, tokenizeWords } from './terms.js';

/** `termOfWord` of a stop word. */
export const NO_TERM = 0xffffffff;

export interface WordSequences {
  /** Folded words; a word's number is its position here. */
  words: string[];
  /** The index term number of each word (`NO_TERM` for stop words). */
  termOfWord: Uint32Array;
  /** The words of passage d are `ids[offsets[d] .. offsets[d + 1])`. */
  offsets: Uint32Array;
  ids: Uint32Array;
}

/** Collects sequences passage by passage, while the index is built. */
export class WordSequencesBuilder {
  private readonly numberOf = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly terms: number[] = [];
  private readonly offsets: number[] = [0];
  private ids = new Uint32Array(1 << 16);
  private length = 0;

  /** Appends a folded word to the current passage; returns its number. */
  push(folded: string): number {
    let id = this.numberOf.get(folded);
    if (id === undefined) {
      id = this.words.length;
      this.numberOf.set(folded, id);
      this.words.push(folded);
      this.terms.push(NO_TERM);
    }
    if (this.length === this.ids.length) {
      const grown = new Uint32Array(Math.ceil(this.ids.length * 1.5));
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
    return id;
  }

  /** Records the index term of a word (the same for every occurrence: it depends on the folded form). */
  setTerm(word: number, term: number): void {
    this.terms[word] = term;
  }

  endPassage(): void {
    this.offsets.push(this.length);
  }

  finish(): WordSequences {
    return {
      words: this.words,
      termOfWord: Uint32Array.from(this.terms),
      offsets: Uint32Array.from(this.offsets),
      ids: this.ids.slice(0, this.length),
    };
  }
}

/** Finds runs of folded words in passages. */
export interface PhraseMatcher {
  /** The phrase's word numbers, or null when it has no words or a word no passage has. */
  compile(phrase: string): Uint32Array | null;
  contains(doc: number, phrase: Uint32Array): boolean;
}

export function createPhraseMatcher(seq: WordSequences): PhraseMatcher {
  const numberOf = new Map(seq.words.map((w, i) => [w, i]));
  return {
    compile(phrase) {
      const words = tokenizeWords(phrase);
      if (words.length === 0) return null;
      const out = new Uint32Array(words.length);
      for (let i = 0; i < words.length; i++) {
        const id = numberOf.get(foldWord(words[i]!));
        if (id === undefined) return null;
        out[i] = id;
      }
      return out;
    },
    contains(doc, phrase) {
      const { ids, offsets } = seq;
      const last = offsets[doc + 1]! - phrase.length;
      const first = phrase[0]!;
      outer: for (let i = offsets[doc]!; i <= last; i++) {
        if (ids[i] !== first) continue;
        for (let j = 1; j < phrase.length; j++) if (ids[i + j] !== phrase[j]) continue outer;
        return true;
      }
      return false;
    },
  };
}
