/**
 * Speaker names on a line of their own (earnings calls, hearings, podcasts): the paragraphs under
 * a name are that person's; one-off headings of an article are not names.
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/core/corpus/analyse-document.js';
import { nameLineLabels } from '../../src/core/corpus/name-lines.js';
import { createSpeakerDirectory } from '../../src/core/corpus/speakers.js';
import type { Document } from '../../src/core/index.js';
import { testDocument } from '../helpers/test-document.js';

const speakers = createSpeakerDirectory({
  subject: 'Ada Quill',
  speakers: { 'Ada Quill': ['Quill', 'Ada'], 'Bram Toft': ['Toft'] },
});

/** Each passage as [speaker, role, first words], in order. */
function voices(d: Document): [string, string, string][] {
  return analyseDocument(d, speakers)
    .passages.filter((p) => p.kind !== 'quotation')
    .map((p) => [p.speaker, p.role, p.text.slice(0, 24)]);
}

const CALL = [
  'Quill Foods Q3 results call transcript',
  '',
  'Call participants:',
  'Ada Quill – Chief Executive',
  'Kofi Mensah – Northgate Securities',
  '',
  'The call was held on the morning the results were published, and is reproduced in full below.',
  '',
  'Operator',
  '',
  'Good day and welcome to the Quill Foods results call. I now hand over to Ms Quill.',
  '',
  'Ada Quill',
  '',
  'Thank you. This was the quarter we grew up.',
  '',
  'We will not use agencies again.',
  '',
  'Kofi Mensah',
  '',
  'Thanks. Will margins hold next year?',
  '',
  'Ada Quill',
  '',
  'They will hold.',
].join('\n');

describe('speaker names on their own line', () => {
  it('GIVEN a call transcript with names on their own lines THEN each paragraph is its speaker’s, and the names are not quotable', () => {
    expect(voices(testDocument(CALL, { kind: 'transcript', publisher: 'StreetLedger' }))).toEqual([
      ['StreetLedger', 'author', 'The call was held on the'],
      ['the operator', 'quoted', 'Good day and welcome to '],
      ['Ada Quill', 'subject', 'Thank you. This was the '],
      ['Ada Quill', 'subject', 'We will not use agencies'],
      ['Kofi Mensah', 'quoted', 'Thanks. Will margins hol'],
      ['Ada Quill', 'subject', 'They will hold.'],
    ]);
  });

  it('GIVEN an article with one-off subheadings and a repeated “Advertisement” line THEN they stay headings and the paragraphs stay the author’s', () => {
    const article = [
      'Quill Foods posts record quarter',
      '',
      'Quill Foods reported its best quarter on Tuesday.',
      '',
      'Key Takeaways',
      '',
      'Revenue rose by a third.',
      '',
      'What Comes Next',
      '',
      'The company expects margins to hold.',
      '',
      'Market Reaction',
      '',
      'Shares rose 4% in early trading.',
      '',
      'Advertisement',
      '',
      'Analysts had expected less.',
      '',
      'Advertisement',
      '',
      'The results come a year after a difficult launch.',
    ].join('\n');
    const roles = voices(
      testDocument(article, { author: 'Sam Reporter', publisher: 'The Ledger' }),
    );
    expect(
      roles.filter(([, , text]) => /^(Revenue|The company|Shares|Analysts|The results)/.test(text)),
    ).toEqual([
      ['Sam Reporter', 'author', 'Revenue rose by a third.'],
      ['Sam Reporter', 'author', 'The company expects marg'],
      ['Sam Reporter', 'author', 'Shares rose 4% in early '],
      ['Sam Reporter', 'author', 'Analysts had expected le'],
      ['Sam Reporter', 'author', 'The results come a year '],
    ]);
  });
});

describe('nameLineLabels', () => {
  it('GIVEN a one-word line said twice ("Background") THEN it is no name, unless the corpus knows it or it is a role', () => {
    const texts = ['Background', 'Text.', 'Next Steps', 'Text.', 'Background', 'Text.', 'Operator'];
    const paragraph = (i: number) => texts[i] === 'Text.';
    expect([...nameLineLabels(texts, paragraph, speakers).keys()]).toEqual([]);
  });
});
