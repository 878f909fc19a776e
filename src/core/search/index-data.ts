/**
 * The index as plain data: a vocabulary and, per field, compressed-row posting lists (for each
 * term, the passages holding it in ascending order and how often). Typed arrays keep 100,000
 * passages in tens of megabytes, scan at memory speed, and go to a snapshot file as they are.
 */
import type { Passage } from '../types.js';
import { foldWord, processTerm, queryWords } from './terms.js';
import { compoundParts, isCompound } from './compounds.js';
import { WordSequencesBuilder, type WordSequences } from './word-sequences.js';
import { runSync, type Steps } from '../schedule/index.js';

/** The indexed fields, in scoring order. */
const INDEX_FIELDS = ['text', 'speaker'] as const;
type IndexField = (typeof INDEX_FIELDS)[number];

export interface FieldPostings {
  /** `docs`/`freqs` of term t are at [offsets[t], offsets[t + 1]). */
  offsets: Uint32Array;
  /** Passage numbers (positions in `IndexData.ids`), ascending within a term. */
  docs: Uint32Array;
  /** How often the term occurs in the field of that passage. */
  freqs: Uint16Array;
  /** Per passage: distinct raw words in the field (BM25's field length, as MiniSearch counts it). */
  lengths: Uint16Array;
  averageLength: number;
}

export interface IndexData {
  /** Quote ids of the searchable passages; a passage's number is its position here. */
  ids: string[];
  /** Index terms; a term's number is its position here. */
  terms: string[];
  /** The most common written form of each term ("privatisation" for "privat"), for suggestions. */
  readable: string[];
  /** One entry per `INDEX_FIELDS` field. */
  fields: FieldPostings[];
  /**
   * Each passage's text as folded word numbers, for exact phrases. A prefix compound is one word
   * ("anti-semitism", its term the joined word's); its parts are words too, in no sequence.
   */
  sequences: WordSequences;
}

/** Whether passage `doc` holds term `termId` in this field (binary search of its posting list). */
export function fieldHolds(field: FieldPostings, termId: number, doc: number): boolean {
  const end = field.offsets[termId + 1]!;
  let lo = field.offsets[termId]!;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (field.docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < end && field.docs[lo] === doc;
}

/** Passages that are searched: everything but headings. */
export function searchablePassages(passages: Iterable<Passage>): Passage[] {
  return [...passages].filter((p) => p.kind !== 'heading');
}

function fieldValue(p: Passage, field: IndexField): string {
  return field === 'text' ? p.text : p.speaker;
}

/** Builds the posting lists of `passages` (already filtered to the searchable ones). */
export function buildIndexData(passages: readonly Passage[]): IndexData {
  return runSync(indexDataSteps(passages));
}

/** buildIndexData as steps (schedule/steps.ts), yielding every few hundred passages. */
export function* indexDataSteps(passages: readonly Passage[]): Steps<IndexData> {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
    }
    return id;
  };
  const sequences = new WordSequencesBuilder();
  /**
   * How often each written form (word number) occurs; a word's term is fixed (`setTerm`), so this
   * is the count of each (term, written form) pair. Per-passage tallies below are typed arrays
   * and stamps rather than a Map and a Set cleared per passage: tables regrown for every passage
   * of a large corpus are hundreds of megabytes of garbage, which V8 keeps as resident memory.
   */
  let formCounts: Uint32Array = new Uint32Array(1 << 16);
  let termCounts: Uint32Array = new Uint32Array(1 << 12);
  const touched: number[] = [];
  const fields = [];
  for (const field of INDEX_FIELDS) {
    const triples = new GrowableTriples();
    const lengths = new Uint16Array(passages.length);
    let totalLength = 0;
    /** Raw word → last passage (+1) it was counted in: distinct words without a Set per passage. */
    const lastSeen = new Map<string, number>();
    let distinct = 0;
    const see = (w: string, doc: number) => {
      if (lastSeen.get(w) === doc + 1) return;
      lastSeen.set(w, doc + 1);
      distinct++;
    };
    /** Counts a word's term; for the text field, records it on the word's number. */
    const count = (w: string, word: number) => {
      const term = processTerm(w);
      if (!term) return;
      const id = idOf(term);
      if (id >= termCounts.length) termCounts = grown(termCounts, id);
      if (termCounts[id]!++ === 0) touched.push(id);
      if (word >= 0) {
        sequences.setTerm(word, id);
        if (word >= formCounts.length) formCounts = grown(formCounts, word);
        formCounts[word]!++;
      }
    };
    for (let doc = 0; doc < passages.length; doc++) {
      if (doc % 256 === 255) yield;
      const p = passages[doc]!;
      const text = field === 'text';
      distinct = 0;
      for (const w of queryWords(fieldValue(p, field))) {
        count(w, text ? sequences.push(foldWord(w)) : -1);
        if (!isCompound(w)) {
          see(w, doc);
          continue;
        }
        // The parts are indexed too; the field length counts them, not the joined word (an
        // alias of words already counted): the length MiniSearch, which read the parts, gave
        // the passage, so BM25 scores it as the reference index does.
        for (const part of compoundParts(w)) {
          see(part, doc);
          count(part, text ? sequences.intern(foldWord(part)) : -1);
        }
      }
      const length = Math.min(distinct, 0xffff);
      lengths[doc] = length;
      totalLength += length;
      if (field === 'text') sequences.endPassage();
      for (const id of touched) {
        triples.push(id, doc, Math.min(termCounts[id]!, 0xffff));
        termCounts[id] = 0;
      }
      touched.length = 0;
    }
    fields.push({
      triples,
      lengths,
      averageLength: passages.length ? totalLength / passages.length : 0,
    });
  }
  yield;
  const seq = sequences.finish();
  return {
    ids: passages.map((p) => p.id),
    terms,
    readable: mostCommonForms(terms, seq, formCounts),
    fields: fields.map(({ triples, lengths, averageLength }) => ({
      ...triples.toPostings(terms.length),
      lengths,
      averageLength,
    })),
    sequences: seq,
  };
}

/** Each term's most common written form; ties go to the form seen first. */
function mostCommonForms(
  terms: readonly string[],
  seq: { words: readonly string[]; termOfWord: Uint32Array },
  formCounts: Uint32Array,
): string[] {
  const best = terms.map((t) => ({ form: t, count: 0 }));
  for (let word = 0; word < seq.words.length; word++) {
    const count = formCounts[word] ?? 0;
    if (count === 0) continue;
    const entry = best[seq.termOfWord[word]!]!;
    if (count > entry.count) {
      entry.form = seq.words[word]!;
      entry.count = count;
    }
  }
  return best.map((b) => b.form);
}

/** A copy of `a`, half as long again and large enough for index `needed`. */
function grown<T extends Uint32Array | Uint16Array>(a: T, needed = a.length): T {
  const b = new (a.constructor as new (n: number) => T)(
    Math.max(needed + 1, Math.ceil(a.length * 1.5)),
  );
  b.set(a);
  return b;
}

/** (term, passage, frequency) triples in passage order, sorted into posting lists at the end. */
class GrowableTriples {
  private termIds = new Uint32Array(1024);
  private docs = new Uint32Array(1024);
  private freqs = new Uint16Array(1024);
  private length = 0;

  push(term: number, doc: number, freq: number): void {
    if (this.length === this.docs.length) {
      this.termIds = grown(this.termIds);
      this.docs = grown(this.docs);
      this.freqs = grown(this.freqs);
    }
    this.termIds[this.length] = term;
    this.docs[this.length] = doc;
    this.freqs[this.length] = freq;
    this.length++;
  }

  /** Counting sort by term: passages stay ascending within each term (they were pushed in order). */
  toPostings(termCount: number): Pick<FieldPostings, 'offsets' | 'docs' | 'freqs'> {
    const offsets = new Uint32Array(termCount + 1);
    for (let i = 0; i < this.length; i++) offsets[this.termIds[i]! + 1]!++;
    for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
    const cursor = offsets.slice(0, termCount);
    const docs = new Uint32Array(this.length);
    const freqs = new Uint16Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const at = cursor[this.termIds[i]!]!++;
      docs[at] = this.docs[i]!;
      freqs[at] = this.freqs[i]!;
    }
    return { offsets, docs, freqs };
  }
}
