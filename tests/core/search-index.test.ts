/**
 * The index internals that make search cost follow the query: posting lists, exact phrases as
 * word sequences, the hit limit, lazy excerpts, /verify candidates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, Passage } from '../../src/core/index.js';
import { buildIndexData } from '../../src/core/search/index-data.js';
import { containsPhrase } from '../../src/core/search/phrase.js';
import { chooseExcerpt } from '../../src/core/search/excerpt.js';
import { processTerm } from '../../src/core/search/terms.js';
import { PassageIndex, DEFAULT_HIT_LIMIT } from '../../src/core/search/passage-index.js';
import { createPhraseMatcher } from '../../src/core/search/phrase-matcher.js';
import { seedCorpus } from '../helpers/seed-corpus.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});

function passage(id: string, text: string, speaker = 'Chris Williamson'): Passage {
  return {
    id,
    documentId: 'doc',
    speaker,
    role: 'subject',
    kind: 'post',
    start: 0,
    end: text.length,
    text,
    sentences: [{ start: 0, end: text.length, index: 0 }],
    attribution: { sieve: 'first-person', evidence: null },
    parentId: null,
    order: 0,
  };
}

describe('posting lists', () => {
  it('GIVEN three passages THEN each term lists its passages in order with their counts, stop words left out', () => {
    const data = buildIndexData([
      passage('q1', 'Labour and the unions'),
      passage('q2', 'The unions, the unions!'),
      passage('q3', 'Labour’s members', 'a reader'),
    ]);
    const postings = (field: number) =>
      Object.fromEntries(
        data.terms.map((t, id) => {
          const f = data.fields[field]!;
          const at = [...f.docs.slice(f.offsets[id], f.offsets[id + 1])];
          const tf = [...f.freqs.slice(f.offsets[id], f.offsets[id + 1])];
          return [t, at.map((d, i) => [d, tf[i]])];
        }),
      );
    expect(postings(0)).toEqual({
      [processTerm('labour')!]: [
        [0, 1],
        [2, 1],
      ],
      [processTerm('unions')!]: [
        [0, 1],
        [1, 2],
      ],
      [processTerm('members')!]: [[2, 1]],
      chri: [],
      williamson: [],
      reader: [],
    });
    expect(postings(1).williamson).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect([...data.fields[0]!.lengths]).toEqual([4, 3, 2]);
    expect(data.sequences.words).toEqual(['labour', 'and', 'the', 'unions', 'members']);
  });
});

describe('exact phrases as word sequences', () => {
  const texts = [
    'The Labour Party’s rules were changed.',
    'LABOUR, party members said no.',
    'It’s the party — not the leader.',
    'A partyline, not a party line.',
    'He criticized the anti-Semitism crisis.',
    'The Labour antisemitism crisis, they said.',
    'A pro-Palestinian, award‑winning filmmaker.',
    'Non-co-operation is no anti Semitism.',
  ];
  const data = buildIndexData(texts.map((t, i) => passage(`q${i}`, t)));
  const matcher = createPhraseMatcher(data.sequences);
  it.each([
    'labour party',
    'party rules',
    "labour party's rules",
    'party members',
    'its the party',
    'party not the leader',
    'party line',
    'the labour',
    'members party',
    'unknownword party',
    // prefix compounds: joined or part by part, on either side
    'anti-semitism crisis',
    'antisemitism crisis',
    'anti semitism',
    'semitism crisis',
    'the anti',
    'palestinian award',
    'pro palestinian',
    'pro-palestinian award-winning',
    'noncooperation',
    'co-operation is',
    'cooperation is no antisemitism',
  ])(
    'GIVEN the phrase "%s" THEN the word sequences agree with findPhrase on every passage',
    (phrase) => {
      const compiled = matcher.compile(phrase);
      const bySequence = texts.map((_, d) => (compiled ? matcher.contains(d, compiled) : false));
      expect(bySequence).toEqual(texts.map((t) => containsPhrase(t, phrase)));
    },
  );
});

describe('hits', () => {
  it('GIVEN a limit THEN the hits are the first ones of the unlimited answer', () => {
    const all = corpus.index.search({ text: 'labour' }).hits.map((h) => h.passage.id);
    const five = corpus.index.search({ text: 'labour', limit: 5 }).hits.map((h) => h.passage.id);
    expect(five).toEqual(all.slice(0, 5));
    expect(all.length).toBeLessThanOrEqual(DEFAULT_HIT_LIMIT);
  });

  it('GIVEN a hit THEN its excerpt is the one chooseExcerpt gives for the matched terms, outside the quotations of others', () => {
    const hit = corpus.index.search({ text: 'venezuela coup' }).hits[0]!;
    const matched = new Set(['venezuela', 'coup'].map((w) => processTerm(w)!));
    const quotations = [...corpus.passages.values()].filter(
      (p) => p.parentId === hit.passage.id && p.speaker !== hit.passage.speaker,
    );
    expect(quotations.length).toBeGreaterThan(0);
    expect(hit.excerpt).toEqual(chooseExcerpt(hit.passage, matched, [], quotations));
  });

  it('GIVEN an index built twice from the same passages THEN searches answer the same', () => {
    const again = PassageIndex.build(corpus.documents, corpus.passages);
    const answer = (i: Corpus['index']) =>
      i.search({ text: 'gold venezuela' }).hits.map((h) => [h.passage.id, h.score]);
    expect(answer(again)).toEqual(answer(corpus.index));
  });

  it('GIVEN a pasted sentence THEN the passage holding it is the first /verify candidate', () => {
    const [first] = corpus.index.candidates('Guaido was never elected to lead anything.', 3);
    expect(first?.text).toContain('Guaido was never elected to lead anything.');
  });

  it.each([
    ['only stop words', 'the and of', []],
    ['a limit of zero', 'labour', []],
  ])('GIVEN %s THEN there are no candidates', (_name, text, expected) => {
    expect(corpus.index.candidates(text, text === 'labour' ? 0 : 5)).toEqual(expected);
  });
});
