/**
 * Cuts a paste into the longest runs of words found verbatim in the candidate windows. Two or
 * more runs from sentences that are not adjacent make a splice; runs from the same or adjacent
 * sentences, in order, are one passage with words left out (an elision: altered, not spliced).
 */
import type { Passage } from '../types.js';
import type { Window } from './candidate-windows.js';
import type { DocumentTokens } from './document-tokens.js';
import { MAX_SPLICE_GLUE_WORDS, MIN_SPLICE_PART_WORDS } from './thresholds.js';

interface SplicePart {
  doc: DocumentTokens;
  /** Corpus words [start, end). */
  start: number;
  end: number;
  /** Pasted words [queryStart, queryEnd). */
  queryStart: number;
  queryEnd: number;
}

export interface Segmentation {
  parts: SplicePart[];
  /** Indices of pasted words found in no part (joining words). */
  glue: number[];
  /** True when every part follows the previous one in the same passage, same or next sentence. */
  contiguous: boolean;
}

/** Prefers one source over another when the same run occurs in several (higher wins). */
export type SourcePreference = (owner: Passage) => number;

/**
 * Greedy longest-run segmentation. Returns null unless at least two parts cover the paste with at
 * most MAX_SPLICE_GLUE_WORDS words left over.
 */
export function segmentIntoParts(
  query: readonly string[],
  windows: readonly Window[],
  prefer: SourcePreference,
): Segmentation | null {
  const positions = new Map<string, { w: Window; p: number }[]>();
  for (const w of windows) {
    for (let p = w.start; p < w.end; p++) {
      const norm = w.doc.norms[p]!;
      const list = positions.get(norm);
      if (list) list.push({ w, p });
      else positions.set(norm, [{ w, p }]);
    }
  }
  const parts: SplicePart[] = [];
  const glue: number[] = [];
  let i = 0;
  while (i < query.length) {
    let best: { w: Window; p: number; len: number; score: number } | null = null;
    for (const { w, p } of positions.get(query[i]!) ?? []) {
      let len = 0;
      while (i + len < query.length && p + len < w.end && w.doc.norms[p + len] === query[i + len])
        len++;
      const previous = parts[parts.length - 1];
      const owner = w.doc.owners[p]!;
      const score =
        (previous && previous.doc === w.doc && previous.doc.owners[previous.end - 1] === owner
          ? 10
          : 0) + prefer(owner);
      if (!best || len > best.len || (len === best.len && score > best.score))
        best = { w, p, len, score };
    }
    if (best && best.len >= MIN_SPLICE_PART_WORDS) {
      parts.push({
        doc: best.w.doc,
        start: best.p,
        end: best.p + best.len,
        queryStart: i,
        queryEnd: i + best.len,
      });
      i += best.len;
    } else {
      glue.push(i);
      if (glue.length > MAX_SPLICE_GLUE_WORDS) return null;
      i++;
    }
  }
  if (parts.length < 2) return null;
  const contiguous = parts.every((part, k) => k === 0 || adjacent(parts[k - 1]!, part));
  return { parts, glue, contiguous };
}

/** Same document, same (or nested) passage, in order, and at most one sentence apart. */
function adjacent(a: SplicePart, b: SplicePart): boolean {
  if (a.doc !== b.doc || b.start < a.end) return false;
  const ownerA = a.doc.owners[a.end - 1]!;
  const ownerB = b.doc.owners[b.start]!;
  const related =
    ownerA === ownerB || ownerA.parentId === ownerB.id || ownerB.parentId === ownerA.id;
  return related && a.doc.runs[b.start]! - a.doc.runs[a.end - 1]! <= 1;
}
