/**
 * Every searchable passage as the sequence of its folded words (stop words included), as numbers.
 * An exact phrase is then a run of numbers to find in a short array: the same word-by-word
 * comparison as `findPhrase` (phrase.ts), without tokenising or folding text at query time.
 */
import { joinFolded } from './terms.js';
import { runSync, type Steps } from './steps.js';
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
export interface CompiledPhrase {
  words: readonly PhraseWord<number>[];
  /** The word numbers when no phrase word is a compound (then a passage without one is a plain scan). */
  plain: Uint32Array | null;
  /** The bits of `plain`'s word pairs (two words or more), as in each passage's pair bits. */
  pairs: Uint32Array | null;
}

/** 32-bit words of pair bits per passage. */
const PAIR_WORDS = 4;

/** Which of the 128 pair bits two adjacent words set. */
function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 25;
}

/** The key of a word that no passage holds. */
const NO_WORD = 0xffffffff;

export function createPhraseMatcher(seq: WordSequences): PhraseMatcher {
  return runSync(phraseMatcherSteps(seq));
}

/** Passages read between two yields while opening the matcher (the snapshot loads in slices). */
const PASSAGES_PER_STEP = 4096;

/** createPhraseMatcher as steps (steps.ts): at 100k passages it reads 3 million words. */
export function* phraseMatcherSteps(seq: WordSequences): Steps<PhraseMatcher> {
  const { words } = seq;
  const numberOf = new Map(words.map((w, i) => [w, i]));
  // Prefix compounds ("anti-semitism"): their parts, and the key of their joined form, which is
  // the closed word's number when a passage writes it so ("antisemitism"), else a key of its own.
  const compound = new Uint8Array(words.length);
  const parts = new Map<number, Uint32Array>();
  /** Each word's joined key: its own number, or a compound's joined form's (a lookup per word). */
  const wholeOf = Uint32Array.from(words, (_, i) => i);
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
    wholeOf[i] = key;
  });
  // Each passage's word pairs, hashed into 128 bits: a phrase of plain words whose pairs are not
  // all there is ruled out with four ANDs instead of a scan (about 20% of the bits are set in a
  // passage of 30 words, so a phrase of three words passes by chance 4% of the time). Around a
  // compound, every pair a phrase could meet is set: its joined form or its last part before
  // the next word (joined, or its first part), and its parts in turn.
  //
  // Passages holding a compound also need the part-by-part comparison; the others (nearly all)
  // are compared number by number, as fast as before compounds were read (a phrase of common
  // words is checked against every passage holding them: "from Labour to" went 26 → 97 ms at
  // 100k passages when every passage took the general path).
  const passages = Math.max(0, seq.offsets.length - 1);
  const holdsCompound = new Uint8Array(passages);
  const pairs = new Uint32Array(passages * PAIR_WORDS);
  const setPair = (d: number, a: number, b: number) => {
    const bit = pairBit(a, b);
    pairs[d * PAIR_WORDS + (bit >>> 5)]! |= 1 << (bit & 31);
  };
  for (let d = 0; d < passages; d++) {
    if (d % PASSAGES_PER_STEP === PASSAGES_PER_STEP - 1) yield;
    const end = seq.offsets[d + 1]!;
    for (let i = seq.offsets[d]!; i < end; i++) {
      const w = seq.ids[i]!;
      const next = i + 1 < end ? seq.ids[i + 1]! : null;
      if (!compound[w] && (next === null || !compound[next])) {
        if (next !== null) setPair(d, w, next);
        continue;
      }
      const own = compound[w] ? parts.get(w)! : null;
      if (own) {
        holdsCompound[d] = 1;
        for (let k = 0; k + 1 < own.length; k++) setPair(d, own[k]!, own[k + 1]!);
      }
      if (next === null) continue;
      const nextOwn = compound[next] ? parts.get(next)! : null;
      for (const a of own ? [wholeOf[w]!, own[own.length - 1]!] : [w])
        for (const b of nextOwn ? [wholeOf[next]!, nextOwn[0]!] : [next]) setPair(d, a, b);
    }
  }
  const run: WordRun<number> = {
    whole: (i) => wholeOf[seq.ids[i]!]!,
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
      const plain = want.every((w) => w.parts.length === 1 && w.parts[0] === w.whole)
        ? Uint32Array.from(want, (w) => w.whole)
        : null;
      let plainPairs: Uint32Array | null = null;
      if (plain && plain.length > 1) {
        plainPairs = new Uint32Array(PAIR_WORDS);
        for (let j = 0; j + 1 < plain.length; j++) {
          const bit = pairBit(plain[j]!, plain[j + 1]!);
          plainPairs[bit >>> 5]! |= 1 << (bit & 31);
        }
      }
      return { words: want, plain, pairs: plainPairs };
    },
    contains(doc, phrase) {
      const from = seq.offsets[doc]!;
      const to = seq.offsets[doc + 1]!;
      const wanted = phrase.plain;
      const want = phrase.pairs;
      if (want) {
        const at = doc * PAIR_WORDS;
        for (let k = 0; k < PAIR_WORDS; k++) if ((want[k]! & ~pairs[at + k]!) !== 0) return false;
      }
      if (holdsCompound[doc] || !wanted) return findWords(run, from, to, phrase.words) !== null;
      const { ids } = seq;
      const last = to - wanted.length;
      const first = wanted[0]!;
      outer: for (let i = from; i <= last; i++) {
        if (ids[i] !== first) continue;
        for (let j = 1; j < wanted.length; j++) if (ids[i + j] !== wanted[j]) continue outer;
        return true;
      }
      return false;
    },
    partsOf: (word) => (compound[word] ? parts.get(word)! : null),
  };
}
