/**
 * The exact-phrase filter of a query: whether a passage holds every "double-quoted" phrase. Built
 * per query over the index's posting lists and word sequences; the passages it is asked about are
 * checked lazily, best first (score.ts `lateKeep`).
 */
import { processTerm, tokenize } from './terms.js';
import { fieldHolds, type FieldPostings } from './index-data.js';
import type { Vocabulary } from './vocabulary.js';
import type { PhraseMatcher } from './word-sequences.js';

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
    for (const token of tokenize(phrases.join(' '))) {
      const spellings = [idsOf([token.word])];
      if (token.parts) spellings.push(idsOf(token.parts.map((p) => p.word)));
      const known = spellings.filter((ids): ids is number[] => ids !== null);
      if (known.length === 0) return () => false;
      if (known.some((ids) => ids.length === 0)) continue; // a stop word
      needs.push(known);
    }
    const holdsAll = (ids: readonly number[], doc: number) => {
      for (const id of ids) if (!fieldHolds(textField, id, doc)) return false;
      return true;
    };
    // Needs met by one term (nearly all) are marked by walking that term's posting list once,
    // in passage order; a binary search per candidate passage was most of the cost of a phrase
    // of common words ("the party had labour": 46,000 candidates).
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
