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

describe('findPostHeaders: e-mails reproduced in a page', () => {
  const mail = (body: string) =>
    findPostHeaders(body, parsePartialDate('2023-03-16')).map((h) => [
      body.slice(h.start, h.end),
      h.date?.value ?? null,
    ]);

  it('GIVEN a "Date:" or "Sent:" line with a full date THEN the mail under it is dated the day it was sent', () => {
    expect(
      mail(
        [
          'From: Devi Rao',
          'Date: Wed, 15 Mar 2023, 22:41',
          '',
          'Yesterday the board met.',
          '',
          'Sent: Tuesday, March 14, 2023 9:02 PM',
          '',
          'Today we agreed.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Date: Wed, 15 Mar 2023, 22:41', '2023-03-15'],
      ['Sent: Tuesday, March 14, 2023 9:02 PM', '2023-03-14'],
    ]);
  });

  it('GIVEN "Date:" lines without a full date, or prose that starts with "Date" THEN none is a header', () => {
    expect(
      mail(
        [
          'Date: to be confirmed',
          'Date: March 2023',
          'Date: 31 Feb 2023',
          'Dates: 14 March 2023 and 15 March 2023',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
