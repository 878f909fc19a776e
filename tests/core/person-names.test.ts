import { describe, expect, it } from 'vitest';
import { personNamesIn } from '../../src/core/corpus/person-names.js';

describe('person-like names in a text', () => {
  it.each([
    [
      'The Province will match the gift, Health Minister Dr. Jasleen Varaich confirmed.',
      ['Jasleen Varaich'],
    ],
    ['Dr Priya Nair and Sam Ortiz spoke.', ['Dr Priya Nair', 'Sam Ortiz']],
    ['Labour MP Jo Ames said so.', ['Jo Ames']],
  ])('GIVEN %j THEN the names are %j', (text, names) => {
    expect(personNamesIn(text)).toEqual(names);
  });
});
