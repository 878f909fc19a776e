/**
 * Exact phrases over the index: whether a passage holds every "double-quoted" phrase of a query,
 * without reading its text. Three checks, cheapest first:
 *
 * 1. the terms of the phrase's words, from the posting lists (`createPhraseFilter`): a passage
 *    without one of them cannot hold the phrase;
 * 2. the pair signature: each passage's adjacent word pairs hashed into 128 bits when the index
 *    opens, so a phrase whose pairs are not all set is ruled out with four ANDs;
 * 3. the words in order, in the passage's word sequence (word-sequences.ts), compared by number
 *    as `findPhrase` (phrase.ts) compares text: a prefix compound matches as its joined word or
 *    part by part.
 *
 * The filter is asked of the passages pulled best first (score.ts `lateKeep`), not of every
 * candidate.
 */
import { joinFolded, processTerm, locateWords } from './terms.js';
import { fieldHolds, type FieldPostings } from './index-data.js';
import type { Vocabulary } from './vocabulary.js';
import { runSync, type Steps } from '../schedule/index.js';
import { findWords, phraseWords, type PhraseWord, type WordRun } from './phrase.js';
import type { WordSequences } from './word-sequences.js';

/** Finds runs of folded words in passages. */
interface PhraseMatcher {
  /** The phrase as word keys, or null when it has no words or a word no passage can match. */
  compile(phrase: string): CompiledPhrase | null;
  contains(doc: number, phrase: CompiledPhrase): boolean;
  /** The word numbers of a prefix compound's parts, or null for any other word. */
  partsOf(word: number): Uint32Array | null;
}

/** A phrase's words, compared by key: a word number, or a key for a joined form no word has. */
interface CompiledPhrase {
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

/** createPhraseMatcher as steps (schedule/steps.ts): it reads every word of every passage. */
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
  // are compared number by number: a phrase of common words is checked against every passage
  // holding them, and the general comparison costs several times more per passage.
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

export interface PhraseFilter {
  /** The filter for these phrases, or null when there are none. */
  filterFor(phrases: readonly string[]): ((doc: number) => boolean) | null;
}

export function createPhraseFilter(
  textField: FieldPostings,
  vocabulary: Vocabulary,
  phraseMatcher: PhraseMatcher,
  passageCount: number,
): PhraseFilter {
  /** Phrase words' terms held by each passage, for the current query: bits valid when stamped. */
  const heldAt = new Uint32Array(passageCount);
  const heldBits = new Uint32Array(passageCount);
  let heldStamp = 0;

  /**
   * Whether a passage holds every phrase: first every phrase word's own index terms (binary
   * searches; phrases are exact, so a fuzzy or prefix match is not enough), then the words in
   * order. A compound's terms are its joined word's, or else all its parts'.
   */
  function filterFor(phrases: readonly string[]): ((doc: number) => boolean) | null {
    if (phrases.length === 0) return null;
    const compiled = phrases.map((ph) => phraseMatcher.compile(ph));
    if (compiled.some((c) => c === null)) return () => false;
    /** Per phrase word: the sets of term ids one of which the passage must hold entirely. */
    const needs: number[][][] = [];
    const idsOf = (words: readonly string[]): number[] | null => {
      const out: number[] = [];
      for (const w of words) {
        const t = processTerm(w);
        if (t === null) continue;
        const id = vocabulary.termId(t);
        if (id === undefined) return null;
        out.push(id);
      }
      return out;
    };
    for (const token of locateWords(phrases.join(' '))) {
      const spellings = [idsOf([token.word])];
      if (token.parts) spellings.push(idsOf(token.parts.map((p) => p.word)));
      const known = spellings.filter((ids): ids is number[] => ids !== null);
      if (known.length === 0) return () => false;
      if (known.some((ids) => ids.length === 0)) continue; // an unindexed word
      needs.push(known);
    }
    const holdsAll = (ids: readonly number[], doc: number) => {
      for (const id of ids) if (!fieldHolds(textField, id, doc)) return false;
      return true;
    };
    // Needs met by one term (nearly all) are marked by walking that term's posting list once,
    // in passage order: a phrase of common words has tens of thousands of candidate passages,
    // and a binary search for each would cost more than the walk.
    const simple =
      needs.length <= 32 ? needs.filter((sp) => sp.every((ids) => ids.length === 1)) : [];
    const other = needs.filter((sp) => !simple.includes(sp));
    if (++heldStamp === 0xffffffff) {
      heldAt.fill(0);
      heldStamp = 1;
    }
    const stampNow = heldStamp;
    simple.forEach((spellings, bit) => {
      for (const [id] of spellings) {
        for (let i = textField.offsets[id!]!; i < textField.offsets[id! + 1]!; i++) {
          const doc = textField.docs[i]!;
          if (heldAt[doc] !== stampNow) {
            heldAt[doc] = stampNow;
            heldBits[doc] = 0;
          }
          heldBits[doc]! |= 1 << bit;
        }
      }
    });
    const allBits = simple.length === 32 ? 0xffffffff : (1 << simple.length) - 1;
    return (doc) => {
      if (simple.length > 0 && (heldAt[doc] !== stampNow || (heldBits[doc]! | 0) !== (allBits | 0)))
        return false;
      for (const spellings of other) {
        let held = false;
        for (const ids of spellings) if ((held = holdsAll(ids, doc))) break;
        if (!held) return false;
      }
      return compiled.every((c) => phraseMatcher.contains(doc, c!));
    };
  }

  return { filterFor };
}
