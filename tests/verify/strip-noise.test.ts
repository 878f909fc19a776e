import { describe, expect, it } from 'vitest';
import { stripQuoteNoise } from '../../src/core/verify/strip-noise.js';

const KNOWN = new Set(['chris williamson', 'williamson', 'chris', 'rachael', 'rachael swindon']);
const isSpeaker = (name: string) => KNOWN.has(name.trim().toLowerCase());

describe('stripQuoteNoise', () => {
  it.each([
    { paste: '"The party is finished."', text: 'The party is finished.', attributedTo: null },
    { paste: '“The party is finished”.', text: 'The party is finished', attributedTo: null },
    { paste: 'he said "the party is finished"', text: 'the party is finished', attributedTo: null },
    {
      paste: 'Williamson wrote: “We need a social movement.”',
      text: 'We need a social movement.',
      attributedTo: 'Williamson',
    },
    {
      paste: 'Chris Williamson: the party is finished',
      text: 'the party is finished',
      attributedTo: 'Chris Williamson',
    },
    {
      paste: 'Update: the party is finished',
      text: 'Update: the party is finished',
      attributedTo: null,
    },
    {
      paste: '> the party is finished\n> and start again',
      text: 'the party is finished\nand start again',
      attributedTo: null,
    },
    { paste: '&gt; quoted from Slack', text: 'quoted from Slack', attributedTo: null },
    {
      paste: '"the party is finished" — Chris Williamson, Morning Star, 2019',
      text: 'the party is finished',
      attributedTo: 'Chris Williamson',
    },
    {
      paste: '"the party is finished" - some bloke on Twitter',
      text: 'the party is finished',
      attributedTo: 'some bloke on Twitter',
    },
    { paste: "that's all it is – crumbs", text: "that's all it is – crumbs", attributedTo: null },
    {
      paste: "that's all it is – crumbs — Williamson",
      text: "that's all it is – crumbs",
      attributedTo: 'Williamson',
    },
    {
      paste: 'the party is finished (Williamson, 2021)',
      text: 'the party is finished',
      attributedTo: 'Williamson',
    },
    {
      paste: '"I have hundreds of activists," Williamson said.',
      text: 'I have hundreds of activists,',
      attributedTo: 'Williamson',
    },
    {
      paste: '"the party is finished" what a clown',
      text: '"the party is finished" what a clown',
      attributedTo: null,
    },
    {
      paste: 'lol he literally said "the party is finished" what a clown',
      text: 'the party is finished',
      attributedTo: null,
    },
    {
      paste: 'Rachael said "What are your thoughts on Ken Loach?"',
      text: 'What are your thoughts on Ken Loach?',
      attributedTo: 'Rachael',
    },
    {
      paste: '“too apologetic” about racism within our “ranks”',
      text: '“too apologetic” about racism within our “ranks”',
      attributedTo: null,
    },
    {
      paste: 'Williamson said he had decided to quit',
      text: 'Williamson said he had decided to quit',
      attributedTo: null,
    },
  ])('GIVEN the paste $paste THEN the text to check is $text', ({ paste, text, attributedTo }) => {
    expect(stripQuoteNoise(paste, isSpeaker)).toEqual({ text, attributedTo });
  });
});
