/**
 * The paraphrase step: no close wording, but sentences that share most of the paste's key terms.
 */
import type { Passage } from '../types.js';
import { quotedByOf, type Evidence } from './evidence.js';
import { rankParaphrases, termWeights } from './paraphrase.js';
import {
  MAX_MATCHES,
  PARAPHRASE_MIN_SHARED_TERMS,
  PARAPHRASE_MIN_TERM_SHARE,
} from './thresholds.js';
import { rankEvidence, round, type Check, type Found } from './verify-types.js';

/** No close wording, but passages about the same thing. */
export async function findParaphrase(
  check: Check,
  candidates: readonly Passage[],
): Promise<Found | null> {
  const ranked = (
    await rankParaphrases(
      check.tokens,
      candidates,
      termWeights(check.corpus.index),
      check.scheduler,
    )
  ).filter((p) => p.share >= PARAPHRASE_MIN_TERM_SHARE && p.shared >= PARAPHRASE_MIN_SHARED_TERMS);
  if (ranked.length === 0) return null;
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const p of ranked) {
    const key = `${p.passage.documentId}:${p.span.start}:${p.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const analysed = check.corpus.documents.get(p.passage.documentId);
    if (!analysed) continue;
    evidence.push({
      analysed,
      passage: p.passage,
      span: p.span,
      context: p.span,
      highlights: p.highlights,
      diff: [],
      similarity: round(p.share),
      quotedBy: quotedByOf(p.passage, check.corpus.passages),
      pasted: null,
    });
  }
  const ordered = rankEvidence(check, evidence, true);
  return { verdict: 'paraphrase', flags: [], evidence: ordered.slice(0, MAX_MATCHES) };
}
