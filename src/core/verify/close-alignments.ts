/**
 * Close alignments: in each candidate window, the span the whole paste lines up with best,
 * diffed word by word; plus the elided passage a segmentation found (verbatim runs of one passage
 * with words left out between them).
 */
import { fitAlign } from './align.js';
import type { Window } from './candidate-windows.js';
import { tokensOf } from './document-tokens.js';
import type { Segmentation } from './splice.js';
import { ALTERED_MIN_SIMILARITY } from './thresholds.js';
import type { Check } from './verify-types.js';
import { diceSimilarity, diffWordTokens, type WordDiff } from './word-diff.js';

export interface AlignedCandidate {
  window: Window;
  start: number;
  end: number;
  diff: WordDiff;
  similarity: number;
  /** Found as verbatim runs of one passage with words left out: altered whatever the similarity. */
  elision: boolean;
}

/** The best alignment of the paste in each window, plus the elided passage a segmentation found. */
export async function alignAll(
  check: Check,
  seg: Segmentation | null,
): Promise<AlignedCandidate[]> {
  const aligned: AlignedCandidate[] = [];
  const add = (c: AlignedCandidate | null) => {
    if (c) aligned.push(c);
  };
  for (const window of check.windows) {
    await check.scheduler.pause();
    const a = fitAlign(check.words, window.doc.norms.slice(window.start, window.end));
    if (a.end > a.start)
      add(align(check, window, window.start + a.start, window.start + a.end, false));
  }
  if (seg?.contiguous) {
    const first = seg.parts[0]!;
    const last = seg.parts[seg.parts.length - 1]!;
    add(
      align(
        check,
        { doc: first.doc, start: first.start, end: last.end },
        first.start,
        last.end,
        true,
      ),
    );
  }
  return aligned;
}

/** Words changed, added or dropped. */
export function editCount(diff: WordDiff): number {
  return diff.hunks.reduce((n, h) => n + h.removed.length + h.added.length, 0);
}

/**
 * Diffs one aligned span against the paste. Outside an elision, a span with more edits than
 * ALTERED_MIN_SIMILARITY allows can never qualify, so the diff gives up there (null).
 */
function align(
  check: Check,
  window: Window,
  start: number,
  end: number,
  elision: boolean,
): AlignedCandidate | null {
  const corpusTokens = tokensOf(window.doc, start, end);
  const total = corpusTokens.length + check.tokens.length;
  // Dice ≥ t  ⇔  edits = total − 2·shared ≤ (1 − t)·total
  const maxEdits = elision ? undefined : Math.floor((1 - ALTERED_MIN_SIMILARITY) * total + 1e-9);
  const body = window.doc.analysed.document.body;
  const diff = diffWordTokens(body, corpusTokens, check.pasted, check.tokens, maxEdits);
  if (!diff) return null;
  return {
    window,
    start,
    end,
    diff,
    similarity: diceSimilarity(diff, corpusTokens.length, check.tokens.length),
    elision,
  };
}
