import { describe, expect, it } from 'vitest';
import { toChoices } from '../../src/adapters/discord/autocomplete-choices.js';

const long =
  'It is an abusive relationship and the party has to face up to what it has done to its members over the years';

describe('toChoices', () => {
  it.each([
    [
      'short suggestions',
      [{ label: 'Chris Williamson (63 quotes)', value: 'Chris Williamson' }],
      [{ name: 'Chris Williamson (63 quotes)', value: 'Chris Williamson' }],
    ],
    [
      'a label over 100 characters and a value over 100 characters',
      [{ label: `“${long}” — Chris Williamson`, value: long }],
      [
        {
          name: '“It is an abusive relationship and the party has to face up to what it has done to its members over…',
          value:
            'It is an abusive relationship and the party has to face up to what it has done to its members over',
        },
      ],
    ],
    [
      'line breaks in a label',
      [{ label: '“One.\nTwo.” — a reader', value: 'q1' }],
      [{ name: '“One. Two.” — a reader', value: 'q1' }],
    ],
    [
      'duplicate and empty values',
      [
        { label: 'A', value: 'q1' },
        { label: 'B', value: 'q1' },
        { label: 'C', value: ' ' },
        { label: ' ', value: 'q2' },
        { label: 'D', value: 'q3' },
      ],
      [
        { name: 'A', value: 'q1' },
        { name: 'D', value: 'q3' },
      ],
    ],
  ])('GIVEN %s THEN the choices fit Discord', (_case, suggestions, expected) => {
    expect(toChoices(suggestions)).toEqual(expected);
  });

  it('GIVEN 40 suggestions THEN the first 25, in order', () => {
    const suggestions = Array.from({ length: 40 }, (_, i) => ({
      label: `Quote ${i}`,
      value: `q${i}`,
    }));
    expect(toChoices(suggestions)).toEqual(
      suggestions.slice(0, 25).map((s) => ({ name: s.label, value: s.value })),
    );
  });
});
