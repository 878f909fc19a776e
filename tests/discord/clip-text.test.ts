import { describe, expect, it } from 'vitest';
import { clipMarkdown, clipPlain } from '../../src/adapters/discord/clip-text.js';

describe('clipMarkdown', () => {
  it.each([
    ['text that fits', 'a \\*b\\*', 7, 'a \\*b\\*'],
    ['a cut that would leave half an escape', 'abc\\*def', 5, 'abc…'],
    ['a cut after an escaped backslash', 'a\\\\\\\\bc', 4, 'a\\\\…'],
    ['a cut inside bold', '**abcdef** x', 8, '**abc…**'],
    ['a cut right after an opening marker', 'xx **abcdef**', 6, 'xx…'],
    ['a cut through a closing marker', '**ab** cdefgh', 6, '**a…**'],
    ['a cut through an emoji', 'ab😀cd', 4, 'ab…'],
  ])(
    'GIVEN %s THEN the result fits and its markdown is whole',
    (_case, markdown, max, expected) => {
      const clipped = clipMarkdown(markdown, max);
      expect(expected.length).toBeLessThanOrEqual(max);
      expect(clipped).toBe(expected);
    },
  );
});

describe('clipPlain', () => {
  it.each([
    ['text that fits', 'Open source', 80, 'Open source'],
    ['text that does not', 'Source: A very long title', 12, 'Source: A v…'],
    ['a cut through an emoji', 'ab😀cd', 4, 'ab…'],
  ])('GIVEN %s THEN it ends in an ellipsis only when cut', (_case, text, max, expected) => {
    expect(clipPlain(text, max)).toEqual(expected);
  });
});
