import { describe, expect, it } from 'vitest';
import { meaningFlags } from '../../src/core/verify/meaning-flags.js';
import { tokenize } from '../../src/core/verify/tokens.js';
import { diceSimilarity, diffWordTokens, formatDiff } from '../../src/core/verify/word-diff.js';

const NAME_WORDS = new Set(['starmer', 'keir', 'jeremy', 'corbyn']);

function compare(source: string, pasted: string) {
  const a = tokenize(source);
  const b = tokenize(pasted);
  const diff = diffWordTokens(source, a, pasted, b)!;
  return {
    diff: formatDiff(diff.parts),
    similarity: Math.round(diceSimilarity(diff, a.length, b.length) * 100) / 100,
    flags: meaningFlags(diff, { corpusText: source, pastedText: pasted, nameWords: NAME_WORDS }),
  };
}

describe('word diff and meaning flags', () => {
  it.each([
    {
      source: 'Guaido was never elected to lead anything.',
      pasted: 'guaido was elected to lead anything',
      expected: {
        diff: 'Guaido was [-never-] elected to lead anything',
        similarity: 0.92,
        flags: ['negation-removed'],
      },
    },
    {
      source: 'The Labour Party is an anti-racist party.',
      pasted: "The Labour Party isn't an anti-racist party.",
      expected: {
        diff: "The Labour Party [-is-] {+isn't+} an anti-racist party",
        // "anti-racist" is one word (a prefix compound): 6 of 7 words shared
        similarity: 0.86,
        flags: ['negation-added'],
      },
    },
    {
      source: 'Our movement can never be “too apologetic” about racism',
      pasted: 'Our movement can not be "too apologetic" about racism',
      expected: {
        diff: 'Our movement can [-never-] {+not+} be “too apologetic” about racism',
        similarity: 0.89,
        flags: [],
      },
    },
    {
      source: 'Tory policy means 120,000 kids will wake up',
      pasted: 'Tory policy means 12,000 kids will wake up',
      expected: {
        diff: 'Tory policy means [-120,000-] {+12,000+} kids will wake up',
        similarity: 0.88,
        flags: ['number-changed'],
      },
    },
    {
      source: 'by 41 votes',
      pasted: 'by forty votes',
      expected: { diff: 'by [-41-] {+forty+} votes', similarity: 0.67, flags: ['number-changed'] },
    },
    {
      source: 'Tragically, Jeremy facilitated this debacle',
      pasted: 'Tragically, Keir facilitated this debacle',
      expected: {
        diff: 'Tragically [-Jeremy-] {+Keir+} facilitated this debacle',
        similarity: 0.8,
        flags: ['name-changed'],
      },
    },
    {
      source: 'Starmer is without doubt the worst leader',
      pasted: 'Corbyn is without doubt the worst leader',
      expected: {
        diff: '[-Starmer-] {+Corbyn+} is without doubt the worst leader',
        similarity: 0.86,
        flags: ['name-changed'],
      },
    },
    {
      source: 'the exclusion of the pro-Palestinian, award-winning filmmaker',
      pasted: 'the exclusion of the pro-Israeli, award-winning filmmaker',
      expected: {
        diff: 'the exclusion of the [-pro-Palestinian-] {+pro-Israeli+} award-winning filmmaker',
        similarity: 0.88,
        flags: ['name-changed'],
      },
    },
    {
      // "pro" is a word of its own: written apart it is two words, though it names no one else
      source: 'the exclusion of the pro-Palestinian, award-winning filmmaker',
      pasted: 'the exclusion of the pro Palestinian, award-winning filmmaker',
      expected: {
        diff: 'the exclusion of the [-pro-Palestinian-] {+pro Palestinian+} award-winning filmmaker',
        similarity: 0.82,
        flags: [],
      },
    },
    {
      source: 'It’s not a problem with anti-Semitism as such.',
      pasted: "It's not a problem with antisemitism, as such",
      expected: { diff: 'It’s not a problem with anti-Semitism as such', similarity: 1, flags: [] },
    },
    {
      source: 'The Labour Party has a problem',
      pasted: 'The Labour has a problem',
      expected: { diff: 'The Labour [-Party-] has a problem', similarity: 0.91, flags: [] },
    },
    {
      source: 'a Labour government led by Jeremy Corbyn',
      pasted: 'a Labour government',
      expected: {
        diff: 'a Labour government [-led by Jeremy Corbyn-]',
        similarity: 0.6,
        flags: ['name-changed'],
      },
    },
    {
      source: 'Starmer is without doubt the worst leader',
      pasted: 'STARMER IS WITHOUT DOUBT THE BEST LEADER',
      expected: {
        diff: 'Starmer is without doubt the [-worst-] {+BEST+} leader',
        similarity: 0.86,
        flags: [],
      },
    },
  ])(
    'GIVEN "$pasted" against "$source" THEN the diff and flags are as expected',
    ({ source, pasted, expected }) => {
      expect(compare(source, pasted)).toEqual(expected);
    },
  );

  it('GIVEN a change THEN removed words are sliced from the source and added words from the paste', () => {
    const source = 'It’s not a problem with anti-Semitism as such.';
    const pasted = "It's  a problem with anti‑semitism, as such";
    const diff = diffWordTokens(source, tokenize(source), pasted, tokenize(pasted))!;
    expect(diff.parts).toEqual([
      { type: 'equal', text: 'It’s' },
      { type: 'removed', text: 'not' },
      { type: 'equal', text: 'a problem with anti-Semitism as such' },
    ]);
    expect(diff.kept).toEqual([
      { start: 0, end: 4 },
      { start: 9, end: 45 },
    ]);
  });
});
