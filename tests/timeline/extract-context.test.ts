/**
 * Dates read in their context, on documents written for these tests: a social page whose post
 * headers date their posts, an article whose "that year" follows the year told before it, and an
 * undated page whose relative expressions are skipped, never given a year. Lines that are page
 * furniture (copyright, "Joined …", bylines, post headers) give no events.
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/core/corpus/analyse-document.js';
import { parsePartialDate } from '../../src/core/corpus/partial-date.js';
import { createSpeakerDirectory } from '../../src/core/corpus/speakers.js';
import type { Document, DocumentKind } from '../../src/core/types.js';
import { extractMentions } from '../../src/core/timeline/extract-events.js';

function documentOf(id: string, kind: DocumentKind, published: string | null, body: string) {
  const doc: Document = {
    id,
    file: `${id}.md`,
    title: id,
    publisher: null,
    author: null,
    url: null,
    published: published === null ? null : parsePartialDate(published),
    updated: null,
    kind,
    hints: {},
    body,
  };
  return analyseDocument(doc, createSpeakerDirectory({ subject: 'Maya Osei', speakers: {} }));
}

const read = (analysed: ReturnType<typeof documentOf>) => {
  const t = extractMentions([analysed]);
  return {
    events: t.events.map((e) => [e.mentions[0]!.expression, e.start, e.end]),
    skipped: t.skipped.map((s) => [s.text, s.reason]),
  };
};

describe('dates in context', () => {
  it('GIVEN a social page saved on 10 Mar 2024 THEN each post resolves against its header, and headers, "Joined" and copyright give no events', () => {
    const page = documentOf(
      'osei-posts',
      'social',
      '2024-03-10',
      [
        'Maya Osei',
        '',
        '@mayaosei',
        '',
        'Councillor for Eastgate. Leeds, England  Joined June 2011',
        '',
        'Maya Osei @mayaosei · Mar 3',
        '',
        'Budget vote tonight. I will be voting against the cuts.',
        '',
        'Maya Osei @mayaosei · Nov 28',
        '',
        'Two years today since the Eastgate fire. We still have no answers.',
        '',
        'Maya Osei @mayaosei · Nov 2',
        '',
        'Surgery this Saturday at the library, 10am till noon.',
        '',
        'Terms of Service  Privacy Policy  © 2024 Chirp Inc.',
      ].join('\n'),
    );
    expect(read(page)).toEqual({
      events: [
        ['tonight', '2024-03-03', null],
        ['Two years today', '2021-11-28', null],
        ['this Saturday', '2023-11-04', null],
      ],
      skipped: [],
    });
  });

  it('GIVEN an article of 20 May 2023 THEN "that year" follows the year told before it, a schedule looks forward, a past announcement back, and the byline gives no event', () => {
    const article = documentOf(
      'depot',
      'article',
      '2023-05-20',
      [
        'By Tomasz Nowak | Published 20 May 2023, 09:40',
        '',
        'The Eastgate depot opened in 1987. In October of that year the first electric buses left its yard.',
        '',
        'In March the council announced it would sell the site. Demolition starts in September.',
      ].join('\n'),
    );
    expect(read(article)).toEqual({
      events: [
        ['1987', '1987', null],
        ['October of that year', '1987-10', null],
        ['March', '2023-03', null],
        ['September', '2023-09', null],
      ],
      skipped: [],
    });
  });

  it('GIVEN "that year" opening a paragraph THEN it follows the year of the paragraph before, but never one further back', () => {
    const history = documentOf(
      'history',
      'article',
      '2023-05-20',
      [
        'The strike began in 1984 and lasted a year.',
        '',
        'In March of that year the pits in the valley shut. The following year the last one closed.',
        '',
        'Nobody wanted to talk about it.',
        '',
        'Later that year a memorial went up.',
      ].join('\n'),
    );
    expect(read(history)).toEqual({
      events: [
        ['1984', '1984', null],
        ['March of that year', '1984-03', null],
        ['The following year', '1985', null],
      ],
      skipped: [['Later that year', 'no-earlier-date']],
    });
  });

  it('GIVEN a page with no date THEN relative expressions are skipped, written years kept', () => {
    const flyer = documentOf(
      'flyer',
      'other',
      null,
      'Come to the street party this Saturday. Last week we planted forty trees, and next month the new play area opens. The park was laid out in 1921.',
    );
    expect(read(flyer)).toEqual({
      events: [['1921', '1921', null]],
      skipped: [
        ['this Saturday', 'no-reference'],
        ['Last week', 'no-reference'],
        ['next month', 'no-reference'],
      ],
    });
  });
});
