import { describe, expect, it } from 'vitest';
import { labelPartialDate, parsePartialDate } from '../../src/core/index.js';
import { endOf, overlaps, startOf } from '../../src/core/corpus/partial-date.js';

describe('partial dates', () => {
  it.each([
    ['2019', { value: '2019', precision: 'year', approximate: false }, '2019'],
    ['2019-11', { value: '2019-11', precision: 'month', approximate: false }, 'Nov 2019'],
    ['2019-11-06', { value: '2019-11-06', precision: 'day', approximate: false }, '6 Nov 2019'],
    ['2019-02~', { value: '2019-02', precision: 'month', approximate: true }, 'c. Feb 2019'],
    ['2020?', { value: '2020', precision: 'year', approximate: true }, 'c. 2020'],
    [2019, { value: '2019', precision: 'year', approximate: false }, '2019'],
  ] as const)('GIVEN %s THEN it parses and labels', (input, expected, label) => {
    const d = parsePartialDate(input);
    expect(d).toEqual(expected);
    expect(labelPartialDate(d!)).toBe(label);
  });

  it.each(['November 2019', '2019-13', '2019-02-30', '19', '2019-1-5', '', 'c. 2019'])(
    'GIVEN "%s" THEN it is not a partial date',
    (input) => {
      expect(parsePartialDate(input)).toBeNull();
    },
  );

  it('GIVEN dates of any precision THEN ranges compare by the days they cover', () => {
    const d = (s: string) => parsePartialDate(s)!;
    expect([
      startOf(d('2019')),
      endOf(d('2019')),
      endOf(d('2020-02')),
      endOf(d('2019-11-06')),
    ]).toEqual(['2019-01-01', '2019-12-31', '2020-02-29', '2019-11-06']);
    expect(overlaps(d('2019-11-06'), d('2019'), d('2019'))).toBe(true);
    expect(overlaps(d('2019-02'), d('2019-03'), null)).toBe(false);
    expect(overlaps(d('2021-09'), null, d('2021-09-01'))).toBe(true);
  });
});
