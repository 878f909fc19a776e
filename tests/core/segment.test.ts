import { describe, expect, it } from 'vitest';
import { segmentBlocks, segmentSentences } from '../../src/core/corpus/segment.js';
import {
  lineFurnitureReason,
  isAppeal,
  isCommentsHeader,
} from '../../src/core/corpus/furniture.js';

describe('blocks', () => {
  it('GIVEN paragraphs separated by blank lines THEN blocks keep exact spans, lines and the gap before them', () => {
    const body = 'One line.\nSecond line.  \n\n  Para two.\n\n\n\nAfter a wide gap.\n';
    const blocks = segmentBlocks(body);
    expect(blocks.map((b) => [body.slice(b.start, b.end), b.gapBefore, b.lines.length])).toEqual([
      ['One line.\nSecond line.', 0, 2],
      ['Para two.', 1, 1],
      ['After a wide gap.', 3, 1],
    ]);
  });

  it('GIVEN CRLF line ends THEN spans exclude the carriage returns', () => {
    const body = 'First.\r\n\r\nSecond.\r\n';
    expect(segmentBlocks(body).map((b) => body.slice(b.start, b.end))).toEqual([
      'First.',
      'Second.',
    ]);
  });
});

describe('sentences', () => {
  it.each([
    [
      'Starmer is the worst leader.  But will he be replaced?  I doubt it.',
      ['Starmer is the worst leader.', 'But will he be replaced?', 'I doubt it.'],
    ],
    ['Mr Williamson said so. Then he left.', ['Mr Williamson said so.', 'Then he left.']],
    [
      'The Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela.\nThe idea is absurd.',
      [
        'The Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela.',
        'The idea is absurd.',
      ],
    ],
    [
      '“I have hundreds of activists,” Williamson said. More text.',
      ['“I have hundreds of activists,” Williamson said.', 'More text.'],
    ],
  ])('GIVEN %j THEN sentences are exact trimmed spans', (text, expected) => {
    const body = `xx ${text} yy`;
    const sentences = segmentSentences(body, 3, 3 + text.length);
    expect(sentences.map((s) => body.slice(s.start, s.end))).toEqual(expected);
    expect(sentences.map((s) => s.index)).toEqual(expected.map((_, i) => i));
  });
});

describe('page furniture lines', () => {
  it.each([
    ['Skip to main content', 'navigation'],
    ['See More', 'navigation'],
    ['About Chris Williamson', 'page heading'],
    ['More about Chris Williamson', 'page heading'],
    ['Chris Williamson Description', 'page heading'],
    ['4.5 star rating', 'rating'],
    ['Similar Listings', 'related links'],
    ['Leave a Reply', 'comment form'],
    ['Your email address will not be published. Required fields are marked *', 'comment form'],
    ['Chris Williamson is located at 9a Theatre Walk, INTU Centre, DE1 2NG Derby', 'address'],
    ['Main Image: Chris Williamson on his election in 2010. Photo by John Whitby', 'photo credit'],
    ["Asa Winstanley's picture", 'photo credit'],
    [
      'Chris Williamson announced his run by posting a letter to social media. (Chris Williamson/Twitter)',
      'photo caption',
    ],
    ['Become a supporter', 'donation or newsletter appeal'],
    ["You've Raised:£ 5,241", 'donation appeal'],
    ['17 Days remaining', 'donation appeal'],
    ['5 thought on “Rachael talks ‘hard labour’ with Chris Williamson”', 'comments header'],
  ])('GIVEN the line %j THEN it is furniture (%s)', (line, reason) => {
    expect(lineFurnitureReason(line)).toBe(reason);
  });

  it.each([
    'About time we had a general election.',
    'See you in Derby on Saturday.',
    'Standing up for Derby.',
    'Fortnightly surgery open to all residents of Derby North',
    '... Share if you agree.',
    'Photographs of the rally are online.',
  ])('GIVEN the line %j THEN it is not furniture', (line) => {
    expect(lineFurnitureReason(line)).toBeNull();
  });

  it('GIVEN front matter furniture prefixes THEN matching lines are furniture', () => {
    expect(lineFurnitureReason('Promo code: SAVE10 at checkout', ['Promo code'])).toBe(
      'front matter furniture',
    );
  });

  it.each([
    [
      'If you value our articles please consider a donation to ensure the continuation of our work.',
      true,
    ],
    ['Visit Red Revolution Media’s online store for all your socialist fashions.', true],
    ['Let’s also demand that our trade unions stop funding this shit show of a party.', false],
  ])('GIVEN %j THEN appeal = %s', (text, expected) => {
    expect(isAppeal(text)).toBe(expected);
  });

  it.each([
    ['12 Comments', true],
    ['3 thoughts on “An article”', true],
    ['Comments', true],
    ['128 comments · Sort by: Top ▾', true],
    ['1,204 Comments | Sort by Newest', true],
    ['12 comments · sorted by a panel of readers', false],
    ['Comments are the best part of the web, he said.', false],
  ])('GIVEN %j THEN comments header = %s', (text, expected) => {
    expect(isCommentsHeader(text)).toBe(expected);
  });
});
