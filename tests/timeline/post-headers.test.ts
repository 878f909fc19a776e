import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/core/corpus/partial-date.js';
import { findPostHeaders } from '../../src/core/timeline/post-headers.js';

const PAGE = [
  'Maya Osei',
  '@mayaosei',
  'Joined June 2011',
  '',
  'Maya Osei @mayaosei · 3h',
  '',
  'Canvassing in the rain again.',
  '',
  'Town Hall Watch @thwatch · Mar 3',
  '',
  'Budget vote tonight.',
  '',
  'Maya Osei @mayaosei · Nov 28',
  '',
  'Thank you all.',
  '',
  'Maya Osei @mayaosei · 2 Feb 2022',
  '',
  'Sworn in today.',
].join('\n');

const dates = (page: string | null) =>
  findPostHeaders(PAGE, page === null ? null : parsePartialDate(page)).map((h) => [
    PAGE.slice(h.start, h.end),
    h.date?.value ?? null,
    h.date?.approximate ?? null,
  ]);

describe('findPostHeaders', () => {
  it('GIVEN a page saved on 10 Mar 2024 THEN each header dates its post on or before that day, never in the year "03" or "28"', () => {
    expect(dates('2024-03-10')).toEqual([
      ['Maya Osei @mayaosei · 3h', '2024-03-10', false],
      ['Town Hall Watch @thwatch · Mar 3', '2024-03-03', false],
      ['Maya Osei @mayaosei · Nov 28', '2023-11-28', false],
      ['Maya Osei @mayaosei · 2 Feb 2022', '2022-02-02', false],
    ]);
  });

  it('GIVEN a page known only to c. March 2024 THEN headers without a year are approximate and "3h" has no day', () => {
    expect(dates('2024-03~')).toEqual([
      ['Maya Osei @mayaosei · 3h', null, null],
      ['Town Hall Watch @thwatch · Mar 3', '2024-03-03', true],
      ['Maya Osei @mayaosei · Nov 28', '2023-11-28', true],
      ['Maya Osei @mayaosei · 2 Feb 2022', '2022-02-02', false],
    ]);
  });

  it('GIVEN a page with no date THEN only the header with a year is dated', () => {
    expect(dates(null).map(([, date]) => date)).toEqual([null, null, null, '2022-02-02']);
  });
});
