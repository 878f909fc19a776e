import { describe, expect, it } from 'vitest';
import { labelEventDate } from '../../src/core/timeline/format-event-date.js';

describe('labelEventDate', () => {
  it.each([
    ['a day', '2019-12-12', null, false, '12 Dec 2019'],
    ['a month', '2019-02', null, false, 'Feb 2019'],
    ['a year', '2019', null, false, '2019'],
    ['an approximate year', '2020', null, true, 'c. 2020'],
    ['a range of years', '2010', '2015', false, '2010–2015'],
    ['a range of months across years', '2010-10', '2013-10', false, 'Oct 2010 – Oct 2013'],
    ['a range of months in one year', '2019-06', '2019-09', false, 'Jun–Sep 2019'],
    ['a range of days in one month', '2021-09-26', '2021-09-28', false, '26–28 Sep 2021'],
    ['a range of days across months', '2019-09-30', '2019-10-02', false, '30 Sep – 2 Oct 2019'],
    ['a range of days across years', '2019-12-30', '2020-01-02', false, '30 Dec 2019 – 2 Jan 2020'],
    ['an approximate range of years', '2015', '2019', true, 'c. 2015–2019'],
    ['a range with ends of different precision', '2019', '2019-11', false, '2019 – Nov 2019'],
  ])('GIVEN %s THEN "%s…" reads as written', (_case, start, end, approximate, expected) => {
    expect(labelEventDate({ start, end, approximate })).toBe(expected);
  });
});
