/**
 * Search quality on the seeds, measured rather than eyeballed: realistic queries, each with the
 * passage a person would expect in the top 3 and its speaker, searched as /quote searches. The hit
 * rate is printed; attribution errors (someone else's words shown as the subject's, with or
 * without a speaker filter) must be zero.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/index.js';
import { seedCorpus } from '../helpers/seed-corpus.js';
import { NOT_HIS, QUALITY_QUERIES } from '../fixtures/quality-queries.js';
import { QUOTE_SEARCH } from '../../src/core/commands/quote-command.js';

const CW = 'Chris Williamson';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});

describe('search quality on the seeds', () => {
  it(`GIVEN ${QUALITY_QUERIES.length} realistic queries THEN the expected quote is in the top 3 for at least 90% and no attribution error`, () => {
    const misses: string[] = [];
    const attributionErrors: string[] = [];
    for (const [query, fragment, speaker] of QUALITY_QUERIES) {
      const top3 = corpus.index.search({ text: query, ...QUOTE_SEARCH }).hits.slice(0, 3);
      const found = top3.find(
        (h) => h.passage.text.includes(fragment) && h.passage.speaker === speaker,
      );
      if (!found)
        misses.push(
          `${query} → ${top3.map((h) => `${h.passage.speaker}: ${h.passage.text.slice(0, 30)}`).join(' | ')}`,
        );
      for (const h of top3) {
        // His passage may quote someone: the quotation inside it is its own passage with its own speaker.
        const quotedInside = (t: string) =>
          [...corpus.passages.values()].some(
            (c) => c.parentId === h.passage.id && c.text.includes(t) && c.speaker !== CW,
          );
        if (
          h.passage.speaker === CW &&
          NOT_HIS.some((t) => h.passage.text.includes(t) && !quotedInside(t))
        ) {
          attributionErrors.push(`${query}: ${h.passage.text.slice(0, 60)}`);
        }
      }
    }
    const hits = QUALITY_QUERIES.length - misses.length;
    console.log(
      `quality: top-3 hit rate ${((hits / QUALITY_QUERIES.length) * 100).toFixed(1)}% (${hits}/${QUALITY_QUERIES.length}), attribution errors ${attributionErrors.length}` +
        (misses.length ? `\n  misses: ${misses.join('; ')}` : ''),
    );
    expect(attributionErrors).toEqual([]);
    // Pinned at the measured figure: one more miss is a regression to look at, not noise.
    expect(misses).toEqual([]);
  });

  it(`GIVEN the ${QUALITY_QUERIES.length} queries with speaker:"${CW}" THEN no words shown are someone else's`, () => {
    const shownAsHis: string[] = [];
    for (const [query] of QUALITY_QUERIES) {
      const top3 = corpus.index
        .search({ text: query, speaker: CW, ...QUOTE_SEARCH })
        .hits.slice(0, 3);
      for (const h of top3) {
        const body = corpus.documents.get(h.passage.documentId)!.document.body;
        const shown = body.slice(h.excerpt.start, h.excerpt.end);
        for (const t of NOT_HIS) if (shown.includes(t)) shownAsHis.push(`${query}: ${t}`);
      }
    }
    console.log(`quality: with speaker:"${CW}", someone else's words shown ${shownAsHis.length}`);
    expect(shownAsHis).toEqual([]);
  });
});
