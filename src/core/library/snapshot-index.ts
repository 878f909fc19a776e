/**
 * The index's typed arrays as named snapshot sections, and the structural checks a decoded index
 * must pass before it is used (a checksum catches damage; these catch a writer bug).
 */
import type { Passage } from '../types.js';
import { type IndexData, NO_TERM } from '../search/index.js';

export interface TypedSection {
  name: string;
  array: Uint32Array | Uint16Array;
  /** Puts a decoded array where this one belongs. */
  assign(array: Uint32Array | Uint16Array): void;
}

export function indexSections(index: IndexData): TypedSection[] {
  const out: TypedSection[] = [];
  index.fields.forEach((f, i) => {
    out.push(
      { name: `f${i}.offsets`, array: f.offsets, assign: (a) => (f.offsets = a as Uint32Array) },
      { name: `f${i}.docs`, array: f.docs, assign: (a) => (f.docs = a as Uint32Array) },
      { name: `f${i}.freqs`, array: f.freqs, assign: (a) => (f.freqs = a as Uint16Array) },
      { name: `f${i}.lengths`, array: f.lengths, assign: (a) => (f.lengths = a as Uint16Array) },
    );
  });
  const s = index.sequences;
  out.push(
    { name: 'seq.offsets', array: s.offsets, assign: (a) => (s.offsets = a as Uint32Array) },
    { name: 'seq.ids', array: s.ids, assign: (a) => (s.ids = a as Uint32Array) },
    { name: 'seq.terms', array: s.termOfWord, assign: (a) => (s.termOfWord = a as Uint32Array) },
  );
  return out;
}

/**
 * A description of the first inconsistency, or null when the index fits its passages. Yields
 * between the large arrays (`pause`), so checking 100,000 passages does not hold the event loop.
 */
export async function checkIndexData(
  index: IndexData,
  passages: ReadonlyMap<string, Passage>,
  pause: () => Promise<void>,
): Promise<string | null> {
  const n = index.ids.length;
  const t = index.terms.length;
  if (index.readable.length !== t) return 'readable forms do not match the terms';
  if (index.ids.some((id) => !passages.has(id))) return 'an indexed passage is missing';
  for (const [i, f] of index.fields.entries()) {
    await pause();
    if (f.offsets.length !== t + 1 || f.lengths.length !== n) return `field ${i}: wrong sizes`;
    if (f.offsets[t] !== f.docs.length || f.docs.length !== f.freqs.length)
      return `field ${i}: postings do not add up`;
    if (!ascending(f.offsets) || !below(f.docs, n)) return `field ${i}: bad postings`;
  }
  await pause();
  const s = index.sequences;
  if (s.offsets.length !== n + 1 || s.offsets[n] !== s.ids.length || !ascending(s.offsets))
    return 'word sequences do not add up';
  if (!below(s.ids, s.words.length)) return 'word sequences name unknown words';
  if (s.termOfWord.length !== s.words.length || s.termOfWord.some((x) => x >= t && x !== NO_TERM))
    return 'words name unknown terms';
  for (const p of passages.values()) {
    if (p.parentId !== null && !passages.has(p.parentId)) return `passage ${p.id}: parent missing`;
  }
  return null;
}

function below(a: Uint32Array, limit: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i]! >= limit) return false;
  return true;
}

function ascending(a: Uint32Array): boolean {
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false;
  return true;
}

/** The index with its typed arrays read from their snapshot sections by `typed`. */
export function rebuildIndexShape(
  ids: string[],
  terms: string[],
  readable: string[],
  words: string[],
  averageLengths: number[],
  typed: (s: TypedSection) => Uint32Array | Uint16Array,
): IndexData {
  const shape: IndexData = {
    ids,
    terms,
    readable,
    fields: averageLengths.map((averageLength) => ({
      offsets: new Uint32Array(0),
      docs: new Uint32Array(0),
      freqs: new Uint16Array(0),
      lengths: new Uint16Array(0),
      averageLength,
    })),
    sequences: {
      words,
      termOfWord: new Uint32Array(0),
      offsets: new Uint32Array(0),
      ids: new Uint32Array(0),
    },
  };
  // Same section list as when writing; each entry says where its array goes.
  for (const s of indexSections(shape)) s.assign(typed(s));
  return shape;
}
