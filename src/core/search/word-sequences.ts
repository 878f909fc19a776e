/**
 * Every searchable passage as the sequence of its folded words (stop words included), as numbers.
 * An exact phrase is then a run of numbers to find in a short array: the same word-by-word
 * comparison as `findPhrase` (phrase.ts), without tokenising or folding text at query time.
 */
import { joinFolded } from './terms.js';
import { findWords, phraseWords, type PhraseWord, type WordRun } from './phrase.js';

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

  /** The number of a folded word, without adding it to a passage (a compound's part). */
  intern(folded: string): number {
    let id = this.numberOf.get(folded);
    if (id === undefined) {
      id = this.words.length;
      this.numberOf.set(folded, id);
      this.words.push(folded);
      this.terms.push(NO_TERM);
    }
    return id;
  }

  /** Appends a folded word to the current passage; returns its number. */
  push(folded: string): number {
    const id = this.intern(folded);
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
  /** The phrase as word keys, or null when it has no words or a word no passage can match. */
  compile(phrase: string): CompiledPhrase | null;
  contains(doc: number, phrase: CompiledPhrase): boolean;
  /** The word numbers of a prefix compound's parts, or null for any other word. */
  partsOf(word: number): Uint32Array | null;
}

/** A phrase's words, compared by key: a word number, or a key for a joined form no word has. */
export type CompiledPhrase = readonly PhraseWord<number>[];

/** The key of a word that no passage holds. */
const NO_WORD = 0xffffffff;

export function createPhraseMatcher(seq: WordSequences): PhraseMatcher {
  const { words } = seq;
  const numberOf = new Map(words.map((w, i) => [w, i]));
  // Prefix compounds ("anti-semitism"): their parts, and the key of their joined form, which is
  // the closed word's number when a passage writes it so ("antisemitism"), else a key of its own.
  const compound = new Uint8Array(words.length);
  const parts = new Map<number, Uint32Array>();
  const wholeOf = new Map<number, number>();
  const joinedKeys = new Map<string, number>();
  const joinedKey = (joined: string) => numberOf.get(joined) ?? joinedKeys.get(joined) ?? NO_WORD;
  words.forEach((w, i) => {
    if (!w.includes('-')) return;
    compound[i] = 1;
    parts.set(
      i,
      Uint32Array.from(w.split('-'), (p) => numberOf.get(p) ?? NO_WORD),
    );
    const joined = joinFolded(w);
    let key = joinedKey(joined);
    if (key === NO_WORD) {
      key = words.length + joinedKeys.size;
      joinedKeys.set(joined, key);
    }
    wholeOf.set(i, key);
  });
  const run: WordRun<number> = {
    whole(i) {
      const w = seq.ids[i]!;
      return compound[w] ? wholeOf.get(w)! : w;
    },
    partCount(i) {
      const w = seq.ids[i]!;
      return compound[w] ? parts.get(w)!.length : 1;
    },
    part(i, k) {
      const w = seq.ids[i]!;
      return compound[w] ? parts.get(w)![k]! : w;
    },
  };
  return {
    compile(phrase) {
      const want = phraseWords(phrase).words.map((w) => ({
        whole: joinedKey(w.whole),
        parts: w.parts.map((p) => numberOf.get(p) ?? NO_WORD),
      }));
      if (want.length === 0) return null;
      if (want.some((w) => w.whole === NO_WORD && w.parts.includes(NO_WORD))) return null;
      return want;
    },
    contains(doc, phrase) {
      return findWords(run, seq.offsets[doc]!, seq.offsets[doc + 1]!, phrase) !== null;
    },
    partsOf: (word) => (compound[word] ? parts.get(word)! : null),
  };
}
