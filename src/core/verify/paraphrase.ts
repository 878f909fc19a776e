/**
 * Closeness in meaning, approximated by key terms: the paste's content words (stop words out)
 * as the search index spells its terms (folded, British spellings unified, Porter-stemmed),
 * weighted by how rare they are in the corpus, looked for in windows of one to three consecutive
 * sentences of the candidate passages. Rare shared terms ("Venezuela", "gold") say far more than
 * common ones ("Labour", "party"). Rarity is the index's own document frequency: nothing is
 * counted per corpus (counting every passage's words would stall the first check that needed it;
 * docs/benchmarks.md).
 */
import type { Passage, Span } from '../types.js';
import { processTerm } from '../search/index.js';
import { tokenize, type Token } from './tokens.js';
import { PARAPHRASE_WINDOW_SENTENCES } from './thresholds.js';
import { STOP_WORDS } from './stop-words.js';
import type { Scheduler } from '../schedule/index.js';

/** The key terms of some words, without repeats. */
function keyTerms(tokens: readonly Token[]): string[] {
  const out = new Set<string>();
  for (const t of tokens) {
    const term = termOf(t.norm);
    if (term) out.add(term);
  }
  return [...out];
}

function termOf(norm: string): string | null {
  if (STOP_WORDS.has(norm) || norm.length < 2) return null;
  return processTerm(norm);
}

export interface TermWeights {
  /** Inverse document frequency of a term over the indexed passages (unknown terms weigh the most). */
  weight(term: string): number;
}

/** What term rarity is read from: the corpus's search index. */
export interface TermCounts {
  documentFrequency(term: string): number;
  size: number;
}

/** Term rarity over the corpus's passages, as the index counts them. */
export function termWeights(counts: TermCounts): TermWeights {
  return {
    weight: (term) => Math.log(1 + counts.size / (1 + counts.documentFrequency(term))),
  };
}

export interface ParaphraseWindow {
  passage: Passage;
  /** Body span of the sentences in the window. */
  span: Span;
  /** Body spans of the shared key terms' words. */
  highlights: Span[];
  /** Distinct key terms shared with the paste. */
  shared: number;
  /** Weighted share of the paste's key terms found in the window, 0…1. */
  share: number;
}

/** The best sentence window of each candidate passage, best first. */
export async function rankParaphrases(
  pastedTokens: readonly Token[],
  candidates: readonly Passage[],
  weights: TermWeights,
  scheduler: Scheduler,
): Promise<ParaphraseWindow[]> {
  const terms = keyTerms(pastedTokens);
  const total = terms.reduce((sum, t) => sum + weights.weight(t), 0);
  if (total === 0) return [];
  const wanted = new Set(terms);
  const out: ParaphraseWindow[] = [];
  for (const passage of candidates) {
    await scheduler.pause();
    const sentences =
      passage.sentences.length > 0
        ? passage.sentences
        : [{ start: passage.start, end: passage.end, index: 0 }];
    const perSentence = sentences.map((s) =>
      tokenize(passage.text.slice(s.start - passage.start, s.end - passage.start), s.start),
    );
    let best: ParaphraseWindow | null = null;
    for (let a = 0; a < sentences.length; a++) {
      for (let k = 1; k <= PARAPHRASE_WINDOW_SENTENCES && a + k <= sentences.length; k++) {
        const words = perSentence.slice(a, a + k).flat();
        const found = new Set<string>();
        const highlights: Span[] = [];
        for (const w of words) {
          const term = termOf(w.norm);
          if (term && wanted.has(term)) {
            found.add(term);
            highlights.push({ start: w.start, end: w.end });
          }
        }
        const share = [...found].reduce((sum, t) => sum + weights.weight(t), 0) / total;
        // a wider window must find more to win: ties go to fewer sentences
        if (!best || share > best.share) {
          best = {
            passage,
            span: { start: sentences[a]!.start, end: sentences[a + k - 1]!.end },
            highlights,
            shared: found.size,
            share,
          };
        }
      }
    }
    if (best) out.push(best);
  }
  return out.sort((x, y) => y.share - x.share);
}
