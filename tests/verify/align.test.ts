import { describe, expect, it } from 'vitest';
import { findOccurrences, fitAlign } from '../../src/core/verify/align.js';
import { norms, tokenize } from '../../src/core/verify/tokens.js';

const words = (text: string) => norms(tokenize(text));

describe('tokenize', () => {
  it.each([
    {
      text: 'It’s no big secret.',
      tokens: [
        ["it's", 0, 4],
        ['no', 5, 7],
        ['big', 8, 11],
        ['secret', 12, 18],
      ],
    },
    {
      text: '$1.2 billion, 120,000 kids',
      tokens: [
        ['1.2', 1, 4],
        ['billion', 5, 12],
        ['120,000', 14, 21],
        ['kids', 22, 26],
      ],
    },
    {
      // a prefix compound is one word, compared joined; other hyphens and dashes split
      text: 'anti-Semitism — left–wing',
      tokens: [
        ['antisemitism', 0, 13],
        ['left', 16, 20],
        ['wing', 21, 25],
      ],
    },
    {
      text: 'Non‑co-operation, re-elected, re-signed, pre-2019 ex-Labour',
      tokens: [
        ['noncooperation', 0, 16],
        ['reelected', 18, 28],
        ['re', 30, 32],
        ['signed', 33, 39],
        ['pre', 41, 44],
        ['2019', 45, 49],
        ['ex', 50, 52],
        ['labour', 53, 59],
      ],
    },
    {
      text: 'Don’t ✔️ Guaidó',
      tokens: [
        ["don't", 0, 5],
        ['guaido', 9, 15],
      ],
    },
  ])('GIVEN $text THEN the words and their offsets are as listed', ({ text, tokens }) => {
    expect(tokenize(text, 0).map((t) => [t.norm, t.start, t.end])).toEqual(tokens);
  });

  it('GIVEN a base offset THEN every offset is shifted by it', () => {
    expect(tokenize('no loss', 100)).toEqual([
      { norm: 'no', start: 100, end: 102 },
      { norm: 'loss', start: 103, end: 107 },
    ]);
  });
});

describe('findOccurrences', () => {
  it.each([
    { needle: 'the party', hay: 'the party is the party', at: [0, 3] },
    { needle: 'THE PARTY', hay: 'The Labour Party', at: [] },
    { needle: 'labour party', hay: 'The Labour Party', at: [1] },
    { needle: 'a b c', hay: 'a b', at: [] },
  ])('GIVEN "$needle" in "$hay" THEN it starts at $at', ({ needle, hay, at }) => {
    expect(findOccurrences(words(needle), words(hay))).toEqual(at);
  });
});

describe('fitAlign', () => {
  const sentence = 'Guaido was never elected to lead anything at all';
  it.each([
    { query: 'Guaido was never elected', span: 'guaido was never elected', score: 8 },
    {
      query: 'Guaido was elected to lead anything',
      span: 'guaido was never elected to lead anything',
      score: 11,
    },
    { query: 'Guaido was not elected', span: 'guaido was never elected', score: 5 },
    { query: 'Sadly Guaido was never elected', span: 'guaido was never elected', score: 7 },
    { query: 'completely unrelated words', span: '', score: -3 },
  ])('GIVEN "$query" THEN it aligns with "$span"', ({ query, span, score }) => {
    const target = words(sentence);
    const a = fitAlign(words(query), target);
    expect({ span: target.slice(a.start, a.end).join(' '), score: a.score }).toEqual({
      span,
      score,
    });
  });
});
