/**
 * The index terms of each passage, read off its word sequence (word-sequences.ts) rather than its
 * text: which terms a passage holds, which of the current query's terms it matched, and whether
 * those all lie inside quotations of other speakers. This runs on every ranked passage the hits
 * are assembled from, so nothing here tokenises text. assemble-hits.ts's `quotedOnlyByMarks`
 * reads the same off the text, by offsets (the reference index in bench/ does so).
 */
import type { Passage } from '../types.js';
import { indexWords, processTerm } from './terms.js';
import type { IndexData } from './index-data.js';
import type { ScoredTerm } from './score.js';
import { NO_TERM } from './word-sequences.js';

/** Stamps wrap around here: the arrays they mark are cleared then. */
const LAST_STAMP = 0xffffffff;

export class PassageTerms {
  /** Per term: `queryStamp` when the current query's words expanded to it. */
  private readonly marked: Uint32Array;
  private queryStamp = 0;
  /** Per term, matched occurrences outside the quotations (valid when `outsideAt` is stamped). */
  private readonly outside: Int32Array;
  private readonly outsideAt: Uint32Array;
  private outsideStamp = 0;
  private readonly seen: number[] = [];
  private readonly speakerTermCache = new Map<string, ReadonlySet<string>>();

  /**
   * @param partsOf the word numbers of a prefix compound's parts (phrase-matcher.ts), else null
   * @param passages by passage number
   */
  constructor(
    private readonly data: Pick<IndexData, 'terms' | 'sequences'>,
    private readonly partsOf: (word: number) => Uint32Array | null,
    private readonly passages: readonly Passage[],
  ) {
    this.marked = new Uint32Array(data.terms.length);
    this.outside = new Int32Array(data.terms.length);
    this.outsideAt = new Uint32Array(data.terms.length);
  }

  /** Calls `visit` with the term of each word of a passage's text, and of a compound's parts. */
  forEachTerm(doc: number, visit: (term: number) => void): void {
    const { offsets, ids, termOfWord } = this.data.sequences;
    for (let i = offsets[doc]!; i < offsets[doc + 1]!; i++) {
      const word = ids[i]!;
      const t = termOfWord[word]!;
      if (t !== NO_TERM) visit(t);
      const parts = this.partsOf(word);
      if (parts === null) continue;
      for (const part of parts) {
        const pt = termOfWord[part] ?? NO_TERM;
        if (pt !== NO_TERM) visit(pt);
      }
    }
  }

  /** Index terms of a passage's text. */
  termsOf(doc: number): ReadonlySet<string> {
    const out = new Set<string>();
    this.forEachTerm(doc, (t) => out.add(this.data.terms[t]!));
    return out;
  }

  /** Starts a query: marks the terms its words expanded to (no clearing between queries). */
  markQuery(words: readonly ScoredTerm[]): void {
    if (++this.queryStamp === LAST_STAMP) {
      this.marked.fill(0);
      this.queryStamp = 1;
    }
    for (const word of words)
      for (const e of word.expansions) this.marked[e.termId] = this.queryStamp;
  }

  /** The term is one the current query's words expanded to. */
  isMarked(term: number): boolean {
    return this.marked[term] === this.queryStamp;
  }

  /**
   * The current query's terms a passage matched: in its text, and in its speaker's name (`derived`:
   * every term the query's words expanded to).
   */
  matchedOf(doc: number, derived: ReadonlySet<string>): ReadonlySet<string> {
    const out = new Set<string>();
    this.forEachTerm(doc, (t) => {
      if (this.isMarked(t)) out.add(this.data.terms[t]!);
    });
    for (const t of this.speakerTerms(doc)) if (derived.has(t)) out.add(t);
    return out;
  }

  /**
   * The passage holds words of the current query, and every one of them lies inside one of
   * `quotations` (passages inside it, so each of their words is one of its words): per matched
   * term, its occurrences in the passage less those in its quotations.
   */
  quotedOnly(doc: number, quotations: readonly number[]): boolean {
    if (quotations.length === 0) return false;
    if (++this.outsideStamp === LAST_STAMP) {
      this.outsideAt.fill(0);
      this.outsideStamp = 1;
    }
    const { outside, outsideAt, seen, outsideStamp: stamp } = this;
    const count = (t: number, by: number) => {
      if (!this.isMarked(t)) return;
      if (outsideAt[t] !== stamp) {
        outsideAt[t] = stamp;
        outside[t] = 0;
        seen.push(t);
      }
      outside[t]! += by;
    };
    this.forEachTerm(doc, (t) => count(t, 1));
    for (const q of quotations) this.forEachTerm(q, (t) => count(t, -1));
    const held = seen.length > 0;
    const own = seen.some((t) => outside[t]! > 0);
    seen.length = 0;
    return held && !own;
  }

  /** Index terms of a passage's speaker's name. */
  private speakerTerms(doc: number): ReadonlySet<string> {
    const speaker = this.passages[doc]!.speaker;
    let set = this.speakerTermCache.get(speaker);
    if (!set) {
      set = new Set(
        indexWords(speaker)
          .map(processTerm)
          .filter((t): t is string => t !== null),
      );
      this.speakerTermCache.set(speaker, set);
    }
    return set;
  }
}
