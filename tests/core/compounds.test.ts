/**
 * Prefix compounds in search: "anti-Semitism" and "antisemitism" meet, the parts of a compound
 * still match ("Palestinian" finds "pro-Palestinian"), and what is highlighted is the words as
 * written in the document.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/index.js';
import { indexWords, processTerm, queryWords } from '../../src/core/search/terms.js';
import { seedCorpus } from '../helpers/seed-corpus.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});

const search = (text: string) => corpus.index.search({ text, limit: 1000 }).hits;

describe('prefix compounds as words and terms', () => {
  it.each([
    ['anti-Semitism', 'antisemitism'],
    ['Anti-Semites', 'antisemites'],
    ['anti Semitism', 'antisemitism'],
    ['co-operation', 'cooperation'],
    ['non‑violent', 'nonviolent'], // a non-breaking hyphen (U+2011)
    ['neo liberalism', 'neoliberalism'],
    ['re-elected', 'reelected'],
    ['pre-election', 'preelection'],
  ])('GIVEN %s and %s THEN they meet in one term', (a, b) => {
    expect(processTerm(a)).toBe(processTerm(b));
  });

  it.each([
    ['anti-Semitism crisis', ['anti-Semitism', 'crisis']],
    ['non-co-operation', ['non-co-operation']],
    ['Anti Tory', ['Anti Tory']],
    // not a listed prefix, or not before a letter: the hyphen splits as before
    ['left-wing', ['left', 'wing']],
    ['self-defence', ['self', 'defence']],
    ['ex-Labour', ['ex', 'Labour']],
    ['pre-2019', ['pre', '2019']],
    ['taco-bell', ['taco', 'bell']],
    // "re-" before a consonant says another word: "re-signed" is not "resigned"
    ['re-signed', ['re', 'signed']],
    // "post", "pro" and "co" are words of their own: a space after them parts two words
    ['a post about', ['a', 'post', 'about']],
    ['pro Palestinian', ['pro', 'Palestinian']],
  ])('GIVEN "%s" THEN a query reads the words %j', (text, words) => {
    expect(queryWords(text)).toEqual(words);
  });

  it('GIVEN a compound THEN the index holds it and each of its parts', () => {
    expect(indexWords('pro-Palestinian activists')).toEqual([
      'pro-Palestinian',
      'pro',
      'Palestinian',
      'activists',
    ]);
  });
});

describe('searching the seeds for compounds', () => {
  /** Passages of the seeds, one for each way they spell it. */
  const SPELLINGS = [
    'weaponised anti-Semitism to bring down the Corbyn movement',
    'It’s not a problem with anti-Semitism as such.',
    'Labour’s “anti-Semitism crisis” witch hunt',
    'criticize the manufactured anti-Semitism crisis',
    'to confront foul anti-Semites in the streets',
    'the vastly exaggerated Labour antisemitism crisis',
    'Does the Labour Party have an antisemitism problem',
    'false charges of antisemitism to cobble Corbyn',
    'every member who is not an antisemite',
  ];

  it.each(['antisemitism', 'anti-Semitism', 'Anti-Semitism', 'anti Semitism'])(
    'GIVEN /quote %s THEN the passages of every spelling are found',
    (query) => {
      const texts = search(query).map((h) => h.passage.text);
      expect(SPELLINGS.filter((f) => !texts.some((t) => t.includes(f)))).toEqual([]);
    },
  );

  it('GIVEN the closed and the hyphenated spelling THEN the hits are the same, in the same order', () => {
    const ids = (q: string) => search(q).map((h) => h.passage.id);
    expect(ids('anti-Semitism')).toEqual(ids('antisemitism'));
  });

  it.each([
    ['Palestinian', 'exclusion of the pro-Palestinian, award-winning filmmaker'],
    ['Labour', 'Campaigning for a non-Labour candidate'],
    ['imperialism', 'as for being a force for anti-imperialism'],
    ['liberalism', 'neo liberalism'],
  ])('GIVEN /quote %s THEN the passage with "%s" is found by the part', (query, fragment) => {
    expect(search(query).some((h) => h.passage.text.includes(fragment))).toBe(true);
  });

  it.each([
    ['antisemitism', ['anti-Semitism', 'antisemite', 'antisemitic', 'antisemitism']],
    ['anti-Semitism', ['anti-Semitism', 'antisemite', 'antisemitic', 'antisemitism']],
    ['Palestinian', ['Palestinian']],
    ['"anti-Semitism crisis"', ['anti-Semitism crisis', 'antisemitism crisis']],
    ['"Palestinian, award-winning"', ['Palestinian, award-winning']],
  ])(
    'GIVEN /quote %s THEN the highlights are sliced from the body and cover %j',
    (query, expected) => {
      const marked = new Set<string>();
      for (const h of search(query)) {
        const body = corpus.documents.get(h.passage.documentId)!.document.body;
        for (const s of h.excerpt.highlights) {
          expect(s.start).toBeGreaterThanOrEqual(h.excerpt.start);
          expect(s.end).toBeLessThanOrEqual(h.excerpt.end);
          marked.add(body.slice(s.start, s.end));
        }
        expect(body.slice(h.excerpt.start, h.excerpt.end)).toBe(
          h.passage.text.slice(h.excerpt.start - h.passage.start, h.excerpt.end - h.passage.start),
        );
      }
      expect([...marked].sort()).toEqual(expected);
    },
  );

  it.each(['"antisemitism crisis"', '"anti-Semitism crisis"', '"anti Semitism crisis"'])(
    'GIVEN the phrase %s THEN both spellings of the crisis are found',
    (query) => {
      const texts = search(query).map((h) => h.passage.text);
      expect(
        [
          'Labour’s “anti-Semitism crisis” witch hunt',
          'criticize the manufactured anti-Semitism crisis',
          'the vastly exaggerated Labour antisemitism crisis',
        ].filter((f) => !texts.some((t) => t.includes(f))),
      ).toEqual([]);
    },
  );
});
