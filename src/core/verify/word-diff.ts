/**
 * The word-level diff between a corpus span and a pasted text, computed with jsdiff's
 * `diffArrays` on compared word forms (so case, quotes and dashes never show up as changes).
 * Every piece of text in the result is sliced from its source: corpus words from the document
 * body, pasted words from the cleaned paste.
 */
import { diffArrays } from 'diff';
import type { Token } from './tokens.js';

/** One run of the diff. `removed`: in the corpus, not in the paste; `added`: the reverse. */
export interface DiffPart {
  type: 'equal' | 'removed' | 'added';
  text: string;
}

/** A place where the paste differs: the corpus words there and the pasted words instead. */
export interface DiffHunk {
  removed: Token[];
  added: Token[];
}

export interface WordDiff {
  parts: DiffPart[];
  hunks: DiffHunk[];
  /** Words the two sides share, in order. */
  common: number;
  /** Spans (in the corpus text) of the runs of corpus words the paste kept. */
  kept: { start: number; end: number }[];
}

/**
 * Diffs `corpusTokens` (offsets into `corpusText`) against `pastedTokens` (offsets into
 * `pastedText`). With `maxEdits`, gives up (null) once more words than that differ: a caller
 * that only wants close matches need not pay for diffing two unrelated texts.
 */
export function diffWordTokens(
  corpusText: string,
  corpusTokens: readonly Token[],
  pastedText: string,
  pastedTokens: readonly Token[],
  maxEdits?: number,
): WordDiff | null {
  const comparator = (a: Token, b: Token) => a.norm === b.norm;
  const changes =
    maxEdits === undefined
      ? diffArrays([...corpusTokens], [...pastedTokens], { comparator })
      : diffArrays([...corpusTokens], [...pastedTokens], { comparator, maxEditLength: maxEdits });
  if (!changes) return null;
  const parts: DiffPart[] = [];
  const hunks: DiffHunk[] = [];
  const kept: WordDiff['kept'] = [];
  let oldIdx = 0;
  let newIdx = 0;
  let common = 0;
  let open: DiffHunk | null = null;
  for (const change of changes) {
    if (change.removed) {
      const run = corpusTokens.slice(oldIdx, oldIdx + change.count);
      oldIdx += change.count;
      parts.push({ type: 'removed', text: sliceRun(corpusText, run) });
      open ??= { removed: [], added: [] };
      open.removed.push(...run);
    } else if (change.added) {
      const run = pastedTokens.slice(newIdx, newIdx + change.count);
      newIdx += change.count;
      parts.push({ type: 'added', text: sliceRun(pastedText, run) });
      open ??= { removed: [], added: [] };
      open.added.push(...run);
    } else {
      // equal: show the corpus's own words (jsdiff hands back the pasted side's tokens)
      const run = corpusTokens.slice(oldIdx, oldIdx + change.count);
      oldIdx += change.count;
      newIdx += change.count;
      common += change.count;
      parts.push({ type: 'equal', text: sliceRun(corpusText, run) });
      if (run.length > 0) kept.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
      if (open) hunks.push(open);
      open = null;
    }
  }
  if (open) hunks.push(open);
  return { parts, hunks, common, kept };
}

/** 2 × shared words / all words on both sides: 1 for the same words, 0 for nothing shared. */
export function diceSimilarity(diff: WordDiff, corpusWords: number, pastedWords: number): number {
  const total = corpusWords + pastedWords;
  return total === 0 ? 0 : (2 * diff.common) / total;
}

/** The diff as plain text in wdiff's notation: `Guaido was [-never-] elected {+today+}`. */
export function formatDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((p) =>
      p.type === 'equal' ? p.text : p.type === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`,
    )
    .join(' ');
}

/** The text from a run's first word to its last, as it stands in the source. */
function sliceRun(text: string, run: readonly Token[]): string {
  const first = run[0];
  const last = run[run.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}
