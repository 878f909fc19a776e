import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/index.js';
import { parsePartialDate } from '../../src/core/index.js';
import { processTerm, unifySpelling } from '../../src/core/search/terms.js';
import { seedCorpus } from '../helpers/seed-corpus.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});
const top = (text: string, extra: object = {}) =>
  corpus.index
    .search({ text, ...extra })
    .hits.map((h) => ({ speaker: h.passage.speaker, text: h.passage.text }));

describe('index terms', () => {
  it.each([
    ['homeless', 'homelessness'],
    ['privatisation', 'privatization'],
    ['criticise', 'criticize'],
    ['Labour', 'labor'],
    ['defence', 'defense'],
    ['party’s', 'party'],
  ])('GIVEN %s and %s THEN they meet in one term', (a, b) => {
    expect(processTerm(a)).toBe(processTerm(b));
  });

  it.each(['the', 'and', 'of', 'your'])('GIVEN the stop word %s THEN it is not indexed', (w) => {
    expect(processTerm(w)).toBeNull();
  });

  it.each(['not', 'never', 'no'])('GIVEN the negation %s THEN it stays searchable', (w) => {
    expect(processTerm(w)).not.toBeNull();
  });

  it('GIVEN short words THEN spelling is left alone', () => {
    expect(unifySpelling('our')).toBe('our');
    expect(unifySpelling('four')).toBe('four');
  });
});

describe('searching the seeds', () => {
  it('GIVEN "gold venezuela" THEN the Bank of England post comes first', () => {
    expect(top('gold venezuela')[0]).toEqual({
      speaker: 'Chris Williamson',
      text: "The Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela.\nThe idea Britain can do that, while offering 'help' with a humanitarian crisis, is absurd.",
    });
  });

  it('GIVEN a typo THEN fuzzy matching finds the word', () => {
    expect(top('venezeula sanctions')[0]?.text).toContain('sanctions could be tantamount');
  });

  it('GIVEN British and American spellings THEN both find the privatisation post', () => {
    const british = top('privatisation probation')[0]?.text;
    expect(british).toContain('The privatisation of the Probation Service');
    expect(top('privatization probation')[0]?.text).toBe(british);
  });

  it('GIVEN a quoted phrase THEN only passages with those words in that order match', () => {
    const hits = corpus.index.search({ text: '"abusive relationship"' }).hits;
    expect(hits.map((h) => h.passage.speaker)).toEqual(['Chris Williamson']);
    expect(corpus.index.search({ text: '"relationship abusive"' }).hits).toEqual([]);
  });

  it('GIVEN a prefix while typing THEN the last word matches as a prefix', () => {
    const typing = corpus.index.search({ text: 'bank of engl', prefixLast: true });
    expect(typing.hits[0]?.passage.text).toContain('Bank of England');
    expect(typing.relaxed).toBe(false);
    // without prefix matching "engl" is no word: only the OR fallback finds "bank"
    expect(corpus.index.search({ text: 'bank of engl' }).relaxed).toBe(true);
  });

  it('GIVEN filters THEN speaker, source and date range restrict the results', () => {
    expect(
      top('Labour', { speaker: 'Rachael Swindon' }).every((h) => h.speaker === 'Rachael Swindon'),
    ).toBe(true);
    const ei = corpus.index.search({ text: 'Labour', source: 'ei-independent-run' }).hits;
    expect(ei.length).toBeGreaterThan(0);
    expect(ei.every((h) => h.passage.documentId === 'ei-independent-run')).toBe(true);
    const in2021 = corpus.index.search({
      text: 'Labour',
      from: parsePartialDate('2021'),
      to: parsePartialDate('2021'),
    }).hits;
    expect(new Set(in2021.map((h) => h.passage.documentId))).toEqual(
      new Set(['hard-labour-interview']),
    );
  });

  it('GIVEN words only a quotation holds THEN the quotation, with its own speaker, is returned instead of its paragraph', () => {
    expect(top('ineligible represent candidate')[0]).toEqual({
      speaker: 'the party’s legal unit',
      text: 'ineligible to represent the Labour Party and stand as a candidate',
    });
    expect(top('purpose of getting power')[0]).toEqual({
      speaker: 'Nye Bevan',
      text: 'The purpose of getting power is to be able to give it away.',
    });
  });

  it('GIVEN all the words nowhere together THEN the OR fallback answers and says so', () => {
    const outcome = corpus.index.search({ text: 'venezuela probation' });
    expect(outcome.relaxed).toBe(true);
    expect(outcome.hits.length).toBeGreaterThan(1);
  });

  it('GIVEN a word absent from the corpus THEN the closest word is suggested', () => {
    const outcome = corpus.index.search({ text: 'venezzzuela' });
    expect(outcome.hits).toEqual([]);
    expect(outcome.unmatched).toEqual([{ word: 'venezzzuela', closest: 'venezuela' }]);
  });

  it('GIVEN a long passage THEN the excerpt is a window of whole sentences holding the matched words', () => {
    const hit = corpus.index.search({ text: 'venezuela coup' }).hits[0]!;
    const body = corpus.documents.get(hit.passage.documentId)!.document.body;
    const shown = body.slice(hit.excerpt.start, hit.excerpt.end);
    expect(shown.endsWith('This is nothing short of an attempted coup.')).toBe(true);
    expect(hit.excerpt.truncatedBefore).toBe(true);
    expect(hit.excerpt.highlights.map((h) => body.slice(h.start, h.end))).toContain('coup');
  });
});
