/**
 * Every searchable passage as the sequence of its folded words (unindexed words included), as numbers.
 * An exact phrase is then a run of numbers to find in a short array (phrase-matcher.ts), and a
 * passage's terms are read off its numbers (passage-terms.ts): no text is tokenised or folded at
 * query time.
 */

/** `termOfWord` of an unindexed word. */
export const NO_TERM = 0xffffffff;

export interface WordSequences {
  /** Folded words; a word's number is its position here. */
  words: string[];
  /** The index term number of each word (`NO_TERM` for unindexed words). */
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
