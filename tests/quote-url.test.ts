import { describe, expect, it } from 'vitest';
import { makeReply, type Block } from '../src/core/index.js';
import { quoteUrl, withOpenLines, withQuoteUrls } from '../src/quote-url.js';
import { EI_SOURCE } from './fixtures/source-refs.js';

const SITE = 'https://verbatim.example.org';

const quote: Block = {
  type: 'quote',
  text: 'It was an abusive relationship.',
  quoteId: 'ei-4f2a',
  speaker: 'Chris Williamson',
  role: 'subject',
  highlights: [],
  truncatedBefore: false,
  truncatedAfter: false,
  source: EI_SOURCE,
};

describe('quoteUrl', () => {
  it.each([
    [SITE, 'qm4c55jed', `${SITE}/q/qm4c55jed`],
    [`${SITE}/`, 'qm4c55jed', `${SITE}/q/qm4c55jed`],
    ['http://127.0.0.1:3000/sub', 'a b/c?', 'http://127.0.0.1:3000/sub/q/a%20b%2Fc%3F'],
    [undefined, 'qm4c55jed', null],
  ])('GIVEN base %j and id %j THEN %j', (base, id, expected) => {
    expect(quoteUrl(base, id)).toBe(expected);
  });
});

describe('withQuoteUrls (--json)', () => {
  it('GIVEN quotes, quote references and sources THEN quotes and references get a url, sources do not', () => {
    const data = {
      results: [
        { id: 'q1', text: 'words', speaker: 'A', source: { id: 'doc', url: 'https://o.org' } },
      ],
      events: [{ quoteId: 'q2', sources: [{ id: 'doc', quoteId: 'q3' }] }],
      total: 2,
    };
    expect(withQuoteUrls(data, SITE)).toEqual({
      results: [
        {
          id: 'q1',
          text: 'words',
          speaker: 'A',
          source: { id: 'doc', url: 'https://o.org' },
          url: `${SITE}/q/q1`,
        },
      ],
      events: [
        {
          quoteId: 'q2',
          sources: [{ id: 'doc', quoteId: 'q3', url: `${SITE}/q/q3` }],
          url: `${SITE}/q/q2`,
        },
      ],
      total: 2,
    });
  });

  it('GIVEN no PUBLIC_URL THEN the data is returned as it was', () => {
    const data = { results: [{ id: 'q1', text: 'w', speaker: 'A', source: {} }] };
    expect(withQuoteUrls(data, undefined)).toBe(data);
  });
});

describe('withOpenLines (console)', () => {
  it('GIVEN a reply with a quote THEN an Open line follows the quote and nothing else changes', () => {
    const reply = makeReply({
      title: 'Quotes',
      blocks: [quote, { type: 'context', text: 'Page 1 of 1' }],
      data: null,
    });
    expect(withOpenLines(reply, SITE).blocks).toEqual([
      quote,
      { type: 'context', text: `Open: ${SITE}/q/ei-4f2a` },
      { type: 'context', text: 'Page 1 of 1' },
    ]);
    expect(withOpenLines(reply, undefined)).toBe(reply);
  });
});
