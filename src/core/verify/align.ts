/**
 * Word-sequence alignment on compared word forms: exact occurrences of a pasted text, and the
 * span of a window that the whole pasted text lines up with best.
 */

/** Start indices in `hay` where `needle` occurs as a contiguous run of words. */
export function findOccurrences(needle: readonly string[], hay: readonly string[]): number[] {
  const out: number[] = [];
  const n = needle.length;
  if (n === 0) return out;
  outer: for (let p = 0; p + n <= hay.length; p++) {
    for (let k = 0; k < n; k++) if (hay[p + k] !== needle[k]) continue outer;
    out.push(p);
  }
  return out;
}

export interface Alignment {
  /** The aligned span of the target, [start, end) in words. */
  start: number;
  end: number;
  /** Alignment score: +2 per shared word, -1 per changed, added or dropped word. */
  score: number;
}

// A shared word is worth two edits: a sentence with one word changed in five still aligns
// positively, while a run of unrelated words never does.
const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;

/**
 * Fitting alignment: all of `query` against the best span of `target` (the pasted text is taken
 * whole, the window is cut to where it matches). O(query × target) time, O(target) memory; the
 * span's start travels along with each cell instead of a traceback matrix.
 */
export function fitAlign(query: readonly string[], target: readonly string[]): Alignment {
  const m = target.length;
  let prevScore = new Float64Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let prevEnd = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) {
    prevStart[j] = j;
    prevEnd[j] = j;
  }
  let curScore = new Float64Array(m + 1);
  let curStart = new Int32Array(m + 1);
  let curEnd = new Int32Array(m + 1);
  for (let i = 1; i <= query.length; i++) {
    curScore[0] = i * GAP;
    curStart[0] = 0;
    curEnd[0] = 0;
    const q = query[i - 1];
    for (let j = 1; j <= m; j++) {
      const same = q === target[j - 1];
      const diag = prevScore[j - 1]! + (same ? MATCH : MISMATCH);
      const up = prevScore[j]! + GAP; // a pasted word with no counterpart
      const left = curScore[j - 1]! + GAP; // a corpus word left out
      // Ties go to gaps over a changed word, so a span never starts or ends on a mismatch.
      if (same && diag >= up && diag >= left) {
        curScore[j] = diag;
        curStart[j] = prevStart[j - 1]!;
        curEnd[j] = j;
      } else if (up >= left && up >= diag) {
        curScore[j] = up;
        curStart[j] = prevStart[j]!;
        curEnd[j] = prevEnd[j]!;
      } else if (left >= diag) {
        curScore[j] = left;
        curStart[j] = curStart[j - 1]!;
        curEnd[j] = curEnd[j - 1]!;
      } else {
        curScore[j] = diag;
        curStart[j] = prevStart[j - 1]!;
        curEnd[j] = j;
      }
    }
    [prevScore, curScore] = [curScore, prevScore];
    [prevStart, curStart] = [curStart, prevStart];
    [prevEnd, curEnd] = [curEnd, prevEnd];
  }
  let best = 0;
  for (let j = 1; j <= m; j++) if (prevScore[j]! > prevScore[best]!) best = j;
  const start = prevStart[best]!;
  const end = Math.max(start, prevEnd[best]!);
  return { start, end, score: prevScore[best]! };
}
