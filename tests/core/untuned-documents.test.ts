/**
 * Documents nobody tuned for: attribution must come from the text itself.
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/core/corpus/analyse-document.js';
import { createSpeakerDirectory } from '../../src/core/corpus/speakers.js';
import type { Document } from '../../src/core/index.js';
import { testDocument } from '../helpers/test-document.js';

const speakers = createSpeakerDirectory({
  subject: 'Jane Doe',
  speakers: { 'Jane Doe': ['Doe', 'Jane'], 'Tom Smith': ['Smith'] },
});

function doc(body: string, fields: Partial<Document> = {}): Document {
  return testDocument(body, { title: 'A title', kind: 'other', ...fields });
}

const who = (d: Document) =>
  analyseDocument(d, speakers).passages.map((p) => [p.speaker, p.role, p.kind, p.text]);

describe('documents nobody tuned for', () => {
  it('GIVEN a transcript with speaker labels THEN each paragraph goes to its labelled speaker', () => {
    const body =
      'Q: What do you make of the vote?\n\nA: It was a disgrace.\n\nAnd I will say it again.\n\nTOM SMITH: I disagree entirely.\n';
    expect(who(doc(body, { kind: 'transcript', hints: { interviewer: 'Ann Host' } }))).toEqual([
      ['Ann Host', 'interviewer', 'question', 'What do you make of the vote?'],
      ['Jane Doe', 'subject', 'answer', 'It was a disgrace.'],
      ['Jane Doe', 'subject', 'answer', 'And I will say it again.'],
      ['Tom Smith', 'quoted', 'narration', 'I disagree entirely.'],
    ]);
  });

  it('GIVEN a plain article with no author THEN narration is the author’s and quotes go to who the text names', () => {
    const body = [
      'Council votes to close library',
      'The council voted on Tuesday to close the central library.',
      '“This is a sad day for the town and for every reader in it,” Doe said.',
      '“We had no choice at all,” said a spokesperson for the council.',
      'Critics called it “short-sighted.”',
    ].join('\n\n');
    expect(who(doc(body, { title: 'Council votes to close library', kind: 'article' }))).toEqual([
      ['the author', 'author', 'heading', 'Council votes to close library'],
      [
        'the author',
        'author',
        'narration',
        'The council voted on Tuesday to close the central library.',
      ],
      [
        'the author',
        'author',
        'narration',
        '“This is a sad day for the town and for every reader in it,” Doe said.',
      ],
      [
        'Jane Doe',
        'subject',
        'quotation',
        'This is a sad day for the town and for every reader in it',
      ],
      [
        'the author',
        'author',
        'narration',
        '“We had no choice at all,” said a spokesperson for the council.',
      ],
      ['a spokesperson', 'quoted', 'quotation', 'We had no choice at all'],
      ['the author', 'author', 'narration', 'Critics called it “short-sighted.”'],
    ]);
  });

  it('GIVEN a comments header THEN everything after it is reader comments until the comment form', () => {
    const body =
      'I stand by every word.\n\n2 Comments\n\nGreat piece, Jane!\n\nI disagree with all of it.\n\nLeave a Reply\n\nName *';
    expect(who(doc(body, { kind: 'op-ed', author: 'Jane Doe' }))).toEqual([
      ['Jane Doe', 'subject', 'narration', 'I stand by every word.'],
      ['a reader', 'commenter', 'comment', 'Great piece, Jane!'],
      ['a reader', 'commenter', 'comment', 'I disagree with all of it.'],
    ]);
  });

  it('GIVEN a comments_start hint THEN comments begin there even without a header', () => {
    const body = 'Jane Doe spoke today.\n\nShe said nothing new.\n\nWhat a load of rubbish.\n';
    expect(
      who(
        doc(body, { kind: 'article', author: 'Reporter', hints: { commentsStart: 'What a load' } }),
      ).map((p) => p[1]),
    ).toEqual(['author', 'author', 'commenter']);
  });

  it('GIVEN a quote whose speaker cannot be identified THEN it is never given to the subject', () => {
    const body =
      'Jane Doe spoke at the rally.\n\nThen someone shouted “this is all lies and you know it” from the back, he said.';
    const passages = analyseDocument(
      doc(body, { kind: 'article', author: 'Reporter' }),
      speakers,
    ).passages;
    expect(passages.filter((p) => p.speaker === 'Jane Doe')).toEqual([]);
  });
});
