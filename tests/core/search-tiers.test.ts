/**
 * How /quote assembles its hits, on small hand-built documents (passages and speakers given, so
 * the rules are tested apart from attribution): partial matches fill after the all-word ones, a
 * matched question brings its answer, and words inside someone else's quotation are theirs.
 */
import { describe, expect, it } from 'vitest';
import type { AnalysedDocument, BlockKind, Document, Passage, Role } from '../../src/core/index.js';
import { segmentSentences } from '../../src/core/corpus/segment.js';
import { PassageIndex, type SearchQuery } from '../../src/core/search/passage-index.js';
import { chooseExcerpt } from '../../src/core/search/excerpt.js';
import { processTerm } from '../../src/core/search/terms.js';
import { QUOTE_SEARCH } from '../../src/core/commands/quote-command.js';

const NARRATION = { sieve: 'narration', evidence: null } as const;
const SPEECH_VERB = { sieve: 'speech-verb', evidence: null } as const;

interface Part {
  speaker: string;
  role: Role;
  kind: BlockKind;
  text: string;
  /** Quotations inside the text: their words (found in `text`) and who said them. */
  quotes?: { words: string; speaker: string; role: Role }[];
}

const MAYA = 'Maya Okafor';
const JO = 'Jo Reporter';
const RUTH = 'Ruth Banner';

const DOCUMENTS: Record<string, Part[]> = {
  interview: [
    {
      speaker: JO,
      role: 'author',
      kind: 'narration',
      text: `${MAYA} has led the tenants’ union since 2019.`,
    },
    {
      speaker: JO,
      role: 'interviewer',
      kind: 'question',
      text: 'What do you make of the council’s rent freeze?',
    },
    { speaker: MAYA, role: 'subject', kind: 'answer', text: 'It is too little, too late.' },
    {
      speaker: MAYA,
      role: 'subject',
      kind: 'answer',
      text: 'Families on the estate have waited a decade for a freeze like this.',
    },
    { speaker: MAYA, role: 'subject', kind: 'answer', text: 'We will keep organising.' },
    { speaker: JO, role: 'interviewer', kind: 'question', text: 'And the eviction ban?' },
    { speaker: MAYA, role: 'subject', kind: 'answer', text: 'That one we won outright.' },
  ],
  speech: [
    {
      speaker: MAYA,
      role: 'subject',
      kind: 'narration',
      text: 'Housing is a right, not a privilege. As the old organiser Ruth Banner told us: “Nobody ever won a fair rent by asking nicely.” That is why we march.',
      quotes: [
        { words: 'Nobody ever won a fair rent by asking nicely.', speaker: RUTH, role: 'quoted' },
      ],
    },
  ],
  posts: [
    { speaker: MAYA, role: 'subject', kind: 'post', text: 'The bus depot will close in May.' },
    {
      speaker: MAYA,
      role: 'subject',
      kind: 'post',
      text: 'Bus fares are up again, and again, and again.',
    },
    { speaker: MAYA, role: 'subject', kind: 'post', text: 'The depot workers deserve better.' },
  ],
};

function analysed(id: string, parts: readonly Part[]): AnalysedDocument {
  const body = parts.map((p) => p.text).join('\n\n');
  const passages: Passage[] = [];
  const make = (fields: Omit<Passage, 'id' | 'documentId' | 'order' | 'text' | 'sentences'>) => {
    const order = passages.length;
    const p: Passage = {
      ...fields,
      id: `${id}-${order}`,
      documentId: id,
      order,
      text: body.slice(fields.start, fields.end),
      sentences: segmentSentences(body, fields.start, fields.end),
    };
    passages.push(p);
    return p;
  };
  let at = 0;
  for (const part of parts) {
    const start = body.indexOf(part.text, at);
    at = start + part.text.length;
    const { speaker, role, kind } = part;
    const parent = make({
      speaker,
      role,
      kind,
      start,
      end: at,
      parentId: null,
      attribution: NARRATION,
    });
    for (const q of part.quotes ?? []) {
      const qs = body.indexOf(q.words, start);
      make({
        ...q,
        kind: 'quotation',
        start: qs,
        end: qs + q.words.length,
        parentId: parent.id,
        attribution: SPEECH_VERB,
      });
    }
  }
  const document: Document = {
    id,
    file: `${id}.md`,
    title: id,
    publisher: null,
    author: null,
    url: null,
    published: null,
    updated: null,
    kind: 'other',
    hints: {},
    body,
  };
  return { document, passages, furniture: [] };
}

const documents = new Map(
  Object.entries(DOCUMENTS).map(([id, parts]) => [id, analysed(id, parts)]),
);
const passages = new Map([...documents.values()].flatMap((d) => d.passages.map((p) => [p.id, p])));
const index = PassageIndex.build(documents, passages);

const search = (text: string, extra: Partial<SearchQuery> = {}) => index.search({ text, ...extra });
/** Each hit as "speaker: the words shown". */
const shown = (text: string, extra: Partial<SearchQuery> = {}) =>
  search(text, extra).hits.map((h) => {
    const body = documents.get(h.passage.documentId)!.document.body;
    return `${h.passage.speaker}: ${body.slice(h.excerpt.start, h.excerpt.end)}`;
  });

describe('partial matches fill the page', () => {
  it('GIVEN one passage with both words THEN it comes first and passages with one of them follow, best first', () => {
    const outcome = search('bus depot', QUOTE_SEARCH);
    expect(outcome.hits.map((h) => h.passage.text)).toEqual([
      'The bus depot will close in May.',
      'The depot workers deserve better.',
      'Bus fares are up again, and again, and again.',
    ]);
    expect(outcome.partialFrom).toBe(1);
    expect(outcome.relaxed).toBe(false);
    const scores = outcome.hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('GIVEN the same query without fill THEN only the passage with both words', () => {
    expect(search('bus depot').hits.map((h) => h.passage.text)).toEqual([
      'The bus depot will close in May.',
    ]);
  });

  it('GIVEN no passage with every word THEN all hits are partial and the outcome says so', () => {
    const outcome = search('fares workers', QUOTE_SEARCH);
    expect(outcome.hits).toHaveLength(2);
    expect(outcome.partialFrom).toBe(0);
    expect(outcome.relaxed).toBe(true);
  });
});

describe('a matched question brings its answer', () => {
  it('GIVEN words only the question holds THEN its answer follows it: the first paragraph always, later ones holding a word', () => {
    expect(shown('rent freeze', QUOTE_SEARCH)).toEqual([
      `${JO}: What do you make of the council’s rent freeze?`,
      `${MAYA}: It is too little, too late.`,
      `${MAYA}: Families on the estate have waited a decade for a freeze like this.`,
      `${RUTH}: Nobody ever won a fair rent by asking nicely.`,
    ]);
    expect(search('rent freeze', QUOTE_SEARCH).partialFrom).toBe(3);
  });

  it('GIVEN a speaker filter on the interviewee THEN the answer comes though the question is left out', () => {
    expect(shown('rent freeze', { ...QUOTE_SEARCH, speaker: MAYA })).toEqual([
      `${MAYA}: It is too little, too late.`,
      `${MAYA}: Families on the estate have waited a decade for a freeze like this.`,
    ]);
  });

  it('GIVEN a filter on the interviewer THEN the question alone', () => {
    expect(shown('rent freeze', { ...QUOTE_SEARCH, speaker: JO })).toEqual([
      `${JO}: What do you make of the council’s rent freeze?`,
    ]);
  });

  it('GIVEN the answer to the next question THEN it is not brought by the first', () => {
    expect(shown('eviction ban', QUOTE_SEARCH)).toEqual([
      `${JO}: And the eviction ban?`,
      `${MAYA}: That one we won outright.`,
    ]);
  });

  it('GIVEN answers off THEN the question alone', () => {
    expect(shown('rent freeze')).toEqual([`${JO}: What do you make of the council’s rent freeze?`]);
  });
});

describe('words inside someone else’s quotation', () => {
  it('GIVEN words only the quotation holds THEN the quotation is the hit, with its own speaker', () => {
    expect(shown('fair rent asking nicely', QUOTE_SEARCH)[0]).toBe(
      `${RUTH}: Nobody ever won a fair rent by asking nicely.`,
    );
    expect(
      search('fair rent asking nicely', QUOTE_SEARCH).hits.map((h) => h.passage.id),
    ).not.toContain('speech-0');
  });

  it('GIVEN a filter on the speaker who quotes THEN the quoted words are not shown as theirs', () => {
    for (const hit of shown('fair rent asking nicely', { ...QUOTE_SEARCH, speaker: MAYA }))
      expect(hit).not.toContain('asking nicely');
  });

  it('GIVEN a filter on the speaker quoted THEN the quotation', () => {
    expect(shown('fair rent asking nicely', { ...QUOTE_SEARCH, speaker: RUTH })).toEqual([
      `${RUTH}: Nobody ever won a fair rent by asking nicely.`,
    ]);
  });

  it('GIVEN words partly outside the quotation THEN the passage is a hit shown outside it, the quotation after it', () => {
    expect(shown('housing right fair rent')).toEqual([
      `${MAYA}: Housing is a right, not a privilege.`,
      `${RUTH}: Nobody ever won a fair rent by asking nicely.`,
    ]);
    expect(shown('housing right fair rent', { speaker: MAYA })).toEqual([
      `${MAYA}: Housing is a right, not a privilege.`,
    ]);
  });
});

describe('excerpts outside quotations', () => {
  const speech = documents.get('speech')!;
  const [paragraph, quotation] = speech.passages as [Passage, Passage];
  const excerpt = (...words: string[]) => {
    const e = chooseExcerpt(paragraph, new Set(words.map((w) => processTerm(w)!)), [], [quotation]);
    return speech.document.body.slice(e.start, e.end);
  };

  it.each([
    [['housing'], 'Housing is a right, not a privilege.'],
    // a lead-in that holds a matched word stays; the quotation marks at the cut do not
    [
      ['organiser'],
      'Housing is a right, not a privilege. As the old organiser Ruth Banner told us:',
    ],
    [['march'], 'That is why we march.'],
    // nothing of its own matched: the first of its own words, never the quotation
    [['nicely'], 'Housing is a right, not a privilege.'],
  ])('GIVEN %j matched THEN the excerpt is %j', (words, expected) => {
    expect(excerpt(...words)).toBe(expected);
  });

  it('GIVEN a whole sentence before a quotation THEN it is not a lead-in: it stays in the window', () => {
    const body = 'The vote was close. It was a long night. “We won,” she said.';
    const p = narration(body);
    const e = chooseExcerpt(p, new Set([processTerm('vote')!]), [], [{ start: 42, end: 48 }]);
    expect(body.slice(42, 48)).toBe('We won');
    expect(body.slice(e.start, e.end)).toBe('The vote was close. It was a long night.');
  });

  it('GIVEN words after a quotation in the same sentence THEN the piece starts after the closing mark and its comma', () => {
    const body = '“We will not move,” she said, and the crowd cheered.';
    const p = narration(body);
    const e = chooseExcerpt(p, new Set([processTerm('crowd')!]), [], [{ start: 1, end: 17 }]);
    expect(body.slice(e.start, e.end)).toBe('she said, and the crowd cheered.');
    expect(e.truncatedBefore).toBe(true);
  });
});

/** A narration passage that is the whole of `body`. */
function narration(body: string): Passage {
  return {
    id: 'p',
    documentId: 'd',
    speaker: JO,
    role: 'author',
    kind: 'narration',
    start: 0,
    end: body.length,
    text: body,
    sentences: segmentSentences(body, 0, body.length),
    parentId: null,
    order: 0,
    attribution: NARRATION,
  };
}
