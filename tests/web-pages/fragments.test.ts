import { describe, expect, it } from 'vitest';
import { safeExternalHref } from '../../src/adapters/web/pages/page-helpers.js';
import { diffFragment } from '../../src/adapters/web/pages/verify-fragments.js';
import { timelineList } from '../../src/adapters/web/pages/timeline-list.js';
import { markTitle, timelineSvg } from '../../src/adapters/web/pages/timeline-svg.js';
import { readPage, timelineHref } from '../../src/adapters/web/pages/timeline-controls.js';
import { citationText } from '../../src/adapters/web/pages/source-fragments.js';
import type { EventData } from '../../src/adapters/web/pages/timeline-data.js';

function event(fields: Partial<EventData>): EventData {
  return {
    start: '2019-11-06',
    end: null,
    precision: 'day',
    inferred: false,
    approximate: false,
    dateLabel: '6 Nov 2019',
    label: 'Labour’s ruling NEC decided',
    evidence: 'Labour’s ruling National Executive Committee decided on Wednesday.',
    speaker: 'Asa Winstanley',
    quoteId: 'qbdejq3vv',
    sources: [{ id: 'ei', title: 'EI', published: '2019-11-06' }],
    mentions: [{ documentId: 'ei', quoteId: 'qbdejq3vv', speaker: 'Asa Winstanley' }],
    ...fields,
  };
}

describe('safeExternalHref', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['  HTTPS://Example.org/x  ', 'https://example.org/x'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//example.org/no-scheme', null],
    ['/relative', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('GIVEN %j THEN %j', (url, expected) => {
    expect(safeExternalHref(url)).toBe(expected);
  });
});

describe('diffFragment', () => {
  it('GIVEN a changed word THEN the source’s word is deleted and the paste’s inserted', async () => {
    const out = await diffFragment([
      { type: 'equal', text: 'Guaido was' },
      { type: 'removed', text: 'never' },
      { type: 'added', text: 'always' },
      { type: 'equal', text: 'elected to lead anything' },
    ]);
    expect(out.toString()).toBe(
      'Guaido was <del>never</del> <ins>always</ins> elected to lead anything',
    );
  });

  it('GIVEN markup in the words THEN it is escaped', async () => {
    const out = await diffFragment([{ type: 'added', text: '<img src=x onerror=alert(1)>' }]);
    expect(out.toString()).toBe('<ins>&lt;img src=x onerror=alert(1)&gt;</ins>');
  });
});

describe('markTitle', () => {
  it('GIVEN an inferred date THEN the title says so, with the speaker and source', () => {
    expect(markTitle(event({ inferred: true }))).toBe(
      '6 Nov 2019 (inferred): Labour’s ruling NEC decided (Asa Winstanley; EI)',
    );
  });
  it('GIVEN an event told by several sources THEN the title counts and names them', () => {
    const e = event({
      sources: [
        { id: 'a', title: 'A', published: null },
        { id: 'b', title: 'B', published: null },
      ],
    });
    expect(markTitle(e)).toBe(
      '6 Nov 2019: Labour’s ruling NEC decided (Asa Winstanley; 2 sources: A; B)',
    );
  });
});

describe('timelineSvg', () => {
  const marksOf = async (events: EventData[]) => {
    // prettier lays the template out over lines: compare with whitespace collapsed
    const svg = (await timelineSvg(events, 't', 'Timeline')).toString().replace(/\s+/g, ' ');
    const marks = svg.split('<a href=').slice(1);
    return { svg, marks };
  };

  it('GIVEN one event of each precision THEN a dot, a short bar, a faint long bar and a bar, each linked', async () => {
    const { svg, marks } = await marksOf([
      event({ quoteId: 'qday', start: '2019-11-06', precision: 'day' }),
      event({ quoteId: 'qmonth', start: '2019-02', precision: 'month' }),
      event({ quoteId: 'qyear', start: '2017', precision: 'year' }),
      event({ quoteId: 'qrange', start: '2010', end: '2015', precision: 'range' }),
    ]);
    expect(svg).toContain('role="group" aria-labelledby="t"');
    expect(svg).toContain('<title id="t">Timeline</title>');
    expect(marks.map((m) => /^"([^"]+)"/.exec(m)?.[1])).toEqual([
      '/q/qday',
      '/q/qmonth',
      '/q/qyear',
      '/q/qrange',
    ]);
    expect(marks[0]).toMatch(/<circle [^>]*fill="#3b82f6"/);
    expect(marks[1]).toMatch(/<rect [^>]*height="10" rx="2" fill="#3b82f6" fill-opacity="1"/);
    expect(marks[2]).toMatch(/<rect [^>]*height="14" rx="2" fill="#3b82f6" fill-opacity="0.35"/);
    expect(marks[3]).toMatch(/<rect [^>]*height="8" rx="2" fill="#3b82f6" fill-opacity="1"/);
    for (const m of marks) expect(m).toMatch(/<title>6 Nov 2019: /);
  });

  it('GIVEN an inferred and an approximate date THEN hollow and dashed marks', async () => {
    const { marks } = await marksOf([
      event({ inferred: true }),
      event({ approximate: true, precision: 'range', start: '2019', end: '2020' }),
    ]);
    expect(marks[0]).toMatch(/<circle [^>]*fill="none"[^>]*stroke-dasharray="none"/);
    expect(marks[1]).toMatch(
      /<rect [^>]*fill="#3b82f6" fill-opacity="0.35"[^>]*stroke-dasharray="4 3"/,
    );
  });

  it('GIVEN an event told by three sources THEN one mark labelled ×3', async () => {
    const sources = ['a', 'b', 'c'].map((id) => ({ id, title: id.toUpperCase(), published: null }));
    const { marks } = await marksOf([event({ sources })]);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatch(/>×3<\/text/);
  });

  it('GIVEN two events on the same day THEN they are drawn in two lanes', async () => {
    const { marks } = await marksOf([event({ quoteId: 'q1' }), event({ quoteId: 'q2' })]);
    const cy = marks.map((m) => /<circle [^>]*cy="([\d.]+)"/.exec(m)?.[1]);
    expect(cy[0]).not.toBe(cy[1]);
  });

  it('GIVEN markup in the label and speaker THEN the title holds it escaped', async () => {
    const { svg } = await marksOf([
      event({ label: '<script>alert(1)</script>', speaker: '"><b>' }),
    ]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; (&quot;&gt;&lt;b&gt;; EI)');
  });
});

describe('readPage', () => {
  it.each([
    [undefined, 1],
    ['', 1],
    ['3', 3],
    [' 2 ', 2],
  ])('GIVEN page %j THEN page %d', (raw, expected) => {
    expect(readPage(raw)).toEqual({ ok: true, value: expected });
  });
  it.each(['0', '-1', '1.5', 'two', '1e3', '99999'])('GIVEN page %j THEN an input error', (raw) => {
    const page = readPage(raw);
    expect(page.ok).toBe(false);
    if (!page.ok)
      expect(page.reply.error.message).toBe('page: must be a whole number from 1 to 10000');
  });
});

describe('timelineHref', () => {
  it('GIVEN filters and a page THEN they are kept, encoded, and empty ones left out', () => {
    expect(
      timelineHref(
        { topic: 'gold & oil', from: '2019', to: '', speaker: 'Chris Williamson', limit: '' },
        2,
      ),
    ).toBe('/timeline?topic=gold+%26+oil&from=2019&speaker=Chris+Williamson&page=2');
    expect(timelineHref({ topic: '', from: '', to: '', speaker: '', limit: '' }, 1)).toBe(
      '/timeline',
    );
  });
});

describe('citationText', () => {
  it('GIVEN a source with publisher, date and author THEN one citation line', () => {
    expect(
      citationText({
        id: 'ei',
        title: 'Chris Williamson runs for Parliament as independent',
        publisher: 'The Electronic Intifada',
        author: 'Asa Winstanley',
        url: null,
        published: '2019-11-06',
        publishedLabel: '6 Nov 2019',
        kind: 'article',
        quotes: 3,
        speakers: [],
      }),
    ).toBe(
      'Chris Williamson runs for Parliament as independent. The Electronic Intifada, 6 Nov 2019. By Asa Winstanley.',
    );
  });
});

describe('timelineList', () => {
  it('GIVEN an event merged from two sources THEN one item naming both, each linked to its own telling', async () => {
    const merged = event({
      sources: [
        { id: 'ei', title: 'EI', published: null },
        { id: 'ms', title: 'Morning Star', published: null },
      ],
      mentions: [
        { documentId: 'ei', quoteId: 'qbdejq3vv', speaker: 'Asa Winstanley' },
        { documentId: 'ms', quoteId: 'qmorning1', speaker: 'a reporter' },
        { documentId: 'ms', quoteId: 'qmorning2', speaker: 'a reporter' },
      ],
    });
    const out = (await timelineList([merged], 7)).toString().replace(/\s+/g, ' ');
    expect(out.match(/<li /g)).toHaveLength(1);
    expect(out).toContain('<ol class="timeline-list" start="7">');
    expect(out).toContain(
      '2 sources: <a href="/q/qbdejq3vv">EI</a>; <a href="/q/qmorning1">Morning Star</a>',
    );
  });

  it('GIVEN an inferred, approximate date THEN the item says both', async () => {
    const out = (await timelineList([event({ inferred: true, approximate: true })], 1)).toString();
    expect(out.replace(/\s+/g, ' ')).toContain(
      '<strong class="timeline-date">6 Nov 2019</strong> <span class="timeline-note">(inferred, approximate)</span>',
    );
  });
});
