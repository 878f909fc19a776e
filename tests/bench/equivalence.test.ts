/**
 * The fast index answers exactly as the previous core did (MiniSearch, every match scored and
 * assembled; kept in bench/legacy-index.ts as a reference): same hits in the same order with the
 * same excerpts, same OR fallback, same "closest word" help, same /verify candidates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/index.js';
import { buildPassageIndex as legacyIndex } from '../../bench/legacy-index.js';
import { makeQueries } from '../../bench/queries.js';
import { seedCorpus } from '../helpers/seed-corpus.js';

let corpus: Corpus;
let legacy: ReturnType<typeof legacyIndex>;
beforeAll(async () => {
  corpus = await seedCorpus();
  legacy = legacyIndex(corpus.documents, corpus.passages, corpus.speakers);
});

type Index = Pick<Corpus['index'], 'search'>;
const answer = (index: Index, query: Parameters<Index['search']>[0]) => {
  const o = index.search(query);
  return {
    hits: o.hits
      .slice(0, 50)
      .map((h) => [h.passage.id, h.excerpt.start, h.excerpt.end, h.excerpt.highlights]),
    relaxed: o.relaxed,
    unmatched: o.unmatched,
  };
};

describe('the fast index against the previous core', () => {
  it.each([
    ['/quote queries', 'quote'],
    ['autocomplete input', 'autocomplete'],
  ] as const)('GIVEN 300 generated %s THEN every answer is the same', (_name, kind) => {
    const sets = makeQueries(corpus, 300, 11);
    const queries =
      kind === 'quote'
        ? sets.quote.map((q) => ({ text: q.options.query!, speaker: q.options.speaker ?? null }))
        : sets.autocomplete
            .filter((t) => t.trim())
            .map((t) => ({ text: t, prefixLast: true, excludeRoles: ['commenter' as const] }));
    const differing = queries.filter(
      (q) => JSON.stringify(answer(legacy, q)) !== JSON.stringify(answer(corpus.index, q)),
    );
    expect(differing).toEqual([]);
  });

  it('GIVEN 300 pasted quotes THEN the /verify candidates are the same', () => {
    const { verify } = makeQueries(corpus, 300, 12);
    const differing = verify.filter(
      (t) =>
        legacy
          .candidates(t, 20)
          .map((p) => p.id)
          .join() !==
        corpus.index
          .candidates(t, 20)
          .map((p) => p.id)
          .join(),
    );
    expect(differing).toEqual([]);
  });
});
