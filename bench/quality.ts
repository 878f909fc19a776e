/**
 * Search quality of the benchmarked configuration on the seeds, computed as the core's quality
 * test computes it (expected quote and speaker in the top 3; no one else's words shown as the
 * subject's), and for the two references, so speed is never bought with recall silently.
 */
import type { Corpus } from '../src/core/index.js';
import type { Reference } from './references.js';
import { NOT_HIS, QUALITY_QUERIES } from '../tests/fixtures/quality-queries.js';
import { QUOTE_SEARCH } from '../src/core/commands/quote-command.js';

const CW = 'Chris Williamson';

export interface QualityFigures {
  /** Share of queries with the expected quote in the top 3 (0–1). */
  hitRate: number;
  hits: number;
  queries: number;
  /** Someone else's words returned as the subject's (core only; -1 for references). */
  attributionErrors: number;
}

export function coreQuality(corpus: Corpus): QualityFigures {
  let hits = 0;
  let attributionErrors = 0;
  for (const [query, fragment, speaker] of QUALITY_QUERIES) {
    const top3 = corpus.index.search({ text: query, ...QUOTE_SEARCH }).hits.slice(0, 3);
    if (top3.some((h) => h.passage.text.includes(fragment) && h.passage.speaker === speaker))
      hits++;
    for (const h of top3) {
      const quotedInside = (t: string) =>
        [...corpus.passages.values()].some(
          (c) => c.parentId === h.passage.id && c.text.includes(t) && c.speaker !== CW,
        );
      if (
        h.passage.speaker === CW &&
        NOT_HIS.some((t) => h.passage.text.includes(t) && !quotedInside(t))
      )
        attributionErrors++;
    }
  }
  return {
    hitRate: hits / QUALITY_QUERIES.length,
    hits,
    queries: QUALITY_QUERIES.length,
    attributionErrors,
  };
}

/** A reference returns passages by id: the speaker is the passage's. */
export function referenceQuality(corpus: Corpus, ref: Reference): QualityFigures {
  let hits = 0;
  for (const [query, fragment, speaker] of QUALITY_QUERIES) {
    const top3 = ref.search(query, 3, false).map((r) => corpus.passages.get(r.id));
    if (top3.some((p) => p && p.text.includes(fragment) && p.speaker === speaker)) hits++;
  }
  return {
    hitRate: hits / QUALITY_QUERIES.length,
    hits,
    queries: QUALITY_QUERIES.length,
    attributionErrors: -1,
  };
}
