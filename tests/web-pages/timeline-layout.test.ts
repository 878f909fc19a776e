import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  axisDomain,
  scaleTime,
  spanOfEvent,
  spanOfPartialDate,
  yearTicks,
} from '../../src/adapters/web/pages/timeline-layout.js';

describe('spanOfPartialDate', () => {
  it.each([
    ['2019', { start: 2019, end: 2020 }],
    ['2019-02', { start: 2019 + 1 / 12, end: 2019 + 2 / 12 }],
    ['2019-12', { start: 2019 + 11 / 12, end: 2020 }],
    ['2019-01-01', { start: 2019, end: 2019 + 1 / 365 }],
    // a leap year: 1 March is day 61 of 366
    ['2020-03-01', { start: 2020 + 60 / 366, end: 2020 + 61 / 366 }],
    ['2019-12-31', { start: 2019 + 364 / 365, end: 2020 }],
  ])('GIVEN %s THEN it covers that whole year, month or day', (value, expected) => {
    const span = spanOfPartialDate(value);
    expect(span?.start).toBeCloseTo(expected.start, 12);
    expect(span?.end).toBeCloseTo(expected.end, 12);
  });

  it.each(['', '19', '2019-13', '2019-00', '2019-02-30', '2019-2-3', 'c. 2019', '2019-11-06T10'])(
    'GIVEN %j, not a partial date, THEN null',
    (value) => {
      expect(spanOfPartialDate(value)).toBeNull();
    },
  );
});

describe('spanOfEvent', () => {
  it('GIVEN a range of years THEN it runs from the start of the first to the end of the last', () => {
    expect(spanOfEvent('2010', '2015')).toEqual({ start: 2010, end: 2016 });
  });
  it('GIVEN a range of months THEN it ends with the last month', () => {
    const span = spanOfEvent('2010-10', '2013-10');
    expect(span?.start).toBeCloseTo(2010 + 9 / 12, 12);
    expect(span?.end).toBeCloseTo(2013 + 10 / 12, 12);
  });
  it('GIVEN a single date THEN it is that date’s span', () => {
    expect(spanOfEvent('2019', null)).toEqual({ start: 2019, end: 2020 });
  });
  it('GIVEN an unreadable end THEN null rather than a guess', () => {
    expect(spanOfEvent('2019', 'soon')).toBeNull();
  });
});

describe('axisDomain', () => {
  it.each([
    ['no spans', [], { start: 0, end: 1 }],
    ['one day', [{ start: 2019.5, end: 2019.503 }], { start: 2019, end: 2020 }],
    [
      'spans over decades',
      [
        { start: 1984, end: 1985 },
        { start: 2021.79, end: 2021.8 },
      ],
      { start: 1984, end: 2022 },
    ],
    ['a span ending on a year boundary', [{ start: 2010, end: 2016 }], { start: 2010, end: 2016 }],
  ])('GIVEN %s THEN the axis is whole years around them', (_, spans, expected) => {
    expect(axisDomain(spans)).toEqual(expected);
  });
});

describe('scaleTime', () => {
  it('GIVEN a domain and a plot THEN times map linearly onto the plot', () => {
    const x = scaleTime({ start: 2000, end: 2010 }, 24, 1000);
    expect([x(2000), x(2005), x(2010)]).toEqual([24, 524, 1024]);
  });
});

describe('yearTicks', () => {
  it.each([
    ['one year', { start: 2019, end: 2020 }, 16, [2019, 2020]],
    ['a few years', { start: 2017, end: 2021 }, 16, [2017, 2018, 2019, 2020, 2021]],
    [
      'too many for every year',
      { start: 2000, end: 2030 },
      16,
      [
        2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026, 2028,
        2030,
      ],
    ],
    [
      'the seeds’ span',
      { start: 1984, end: 2022 },
      16,
      [1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020],
    ],
    ['centuries', { start: 1500, end: 2020 }, 10, [1500, 1600, 1700, 1800, 1900, 2000]],
  ])('GIVEN %s THEN round years, at most the maximum', (_, domain, max, expected) => {
    expect(yearTicks(domain, max)).toEqual(expected);
  });
});

describe('assignLanes', () => {
  it('GIVEN marks that do not overlap THEN they share the first lane', () => {
    expect(
      assignLanes(
        [
          { left: 0, right: 10 },
          { left: 20, right: 30 },
          { left: 40, right: 50 },
        ],
        5,
      ),
    ).toEqual([0, 0, 0]);
  });

  it('GIVEN overlapping marks THEN each takes the first lane free at its start, gap included', () => {
    expect(
      assignLanes(
        [
          { left: 0, right: 10 },
          { left: 5, right: 15 },
          { left: 20, right: 30 },
          { left: 12, right: 18 },
          { left: 17, right: 19 },
        ],
        2,
      ),
    ).toEqual([0, 1, 0, 2, 1]);
  });

  it('GIVEN marks closer than the gap THEN they go to separate lanes', () => {
    expect(
      assignLanes(
        [
          { left: 0, right: 10 },
          { left: 12, right: 20 },
        ],
        6,
      ),
    ).toEqual([0, 1]);
  });

  it('GIVEN no marks THEN no lanes', () => {
    expect(assignLanes([], 4)).toEqual([]);
  });
});
