/**
 * Whether a passage's matched words all lie in quotations of other speakers, counted on the
 * index's word sequences: per matched term, its occurrences in the passage less those in its
 * quotations (spans of the passage, so each of theirs is one of its). No text is tokenized: this
 * runs on every ranked passage that quotes someone. assemble-hits.ts's `quotedOnlyByMarks` reads
 * the same off the text, by offsets.
 */

/** Calls `visit` with the index term of each word of a passage's text (and of a compound's parts). */
export type ForEachTerm = (doc: number, visit: (term: number) => void) => void;

export class QuotedWords {
  /** Per term, matched occurrences outside the quotations (valid when stamped). */
  private readonly outside: Int32Array;
  private readonly outsideAt: Uint32Array;
  private stamp = 0;
  private readonly seen: number[] = [];

  constructor(
    termCount: number,
    private readonly forEachTerm: ForEachTerm,
  ) {
    this.outside = new Int32Array(termCount);
    this.outsideAt = new Uint32Array(termCount);
  }

  /** The passage holds matched words, and every one of them is inside one of `quotations`. */
  allInside(
    doc: number,
    quotations: readonly number[],
    matched: (term: number) => boolean,
  ): boolean {
    if (quotations.length === 0) return false;
    if (++this.stamp === 0xffffffff) {
      this.outsideAt.fill(0);
      this.stamp = 1;
    }
    const { outside, outsideAt, seen, stamp } = this;
    const count = (t: number, by: number) => {
      if (!matched(t)) return;
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
}
