/**
 * The speaker line every renderer shows under a quote.
 */
import { describe, expect, it } from 'vitest';
import { speakerLine, type Role } from '../../src/core/index.js';

describe('speakerLine', () => {
  it.each([
    ['Chris Williamson', 'subject', null, 'Chris Williamson (own words)'],
    ['a reader', 'commenter', undefined, 'a reader (reader comment)'],
    ['Nye Bevan', 'quoted', 'Chris Williamson', 'Nye Bevan (quoted by Chris Williamson)'],
    [
      'Chris Williamson',
      'subject',
      'Asa Winstanley',
      'Chris Williamson (own words, quoted by Asa Winstanley)',
    ],
  ] as [string, Role, string | null | undefined, string][])(
    'GIVEN %s as %s, quoted by %s THEN %s',
    (speaker, role, quotedBy, line) => {
      expect(speakerLine(speaker, role, quotedBy)).toBe(line);
    },
  );
});
