/**
 * The attribution sieves, one convention at a time, on short documents written for these tests
 * (not copied from any corpus): who speaks, which sieve decided, and the words it read.
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/core/corpus/analyse-document.js';
import { createSpeakerDirectory } from '../../src/core/corpus/speakers.js';
import { attributionOf, describeAttribution } from '../../src/core/corpus/attribution.js';
import type { Document, Passage } from '../../src/core/index.js';
import { testDocument } from '../helpers/test-document.js';

const speakers = createSpeakerDirectory({
  subject: 'Ada Quill',
  speakers: {
    'Ada Quill': ['Quill', 'Ada', 'Cllr Quill', 'ADA QUILL'],
    'Bram Toft': ['Toft', 'Mr Toft'],
    'Northvale Council': ['the council'],
    'Lena Varga': ['Varga', 'the judge', 'Mrs Justice Varga'],
    'Harbour Estates Ltd': ['Harbour Estates', 'the company'],
    'Olwen Pryce': ['Pryce'],
  },
});

function doc(body: string, fields: Partial<Document> = {}): Document {
  return testDocument(body, {
    title: 'A title',
    publisher: 'The Northvale Echo',
    author: 'Sam Reporter',
    ...fields,
  });
}

/** The innermost passage holding the fragment: its speaker, role, sieve and evidence words. */
function who(d: Document, fragment: string) {
  const { passages } = analyseDocument(d, speakers);
  const holding = passages.filter((p) => p.text.includes(fragment));
  const p: Passage | undefined = holding.find((h) => h.kind === 'quotation') ?? holding[0];
  if (!p) return null;
  const info = attributionOf(p, d.body);
  return { speaker: p.speaker, role: p.role, sieve: p.attribution.sieve, evidence: info.evidence };
}

describe('attribution sieves', () => {
  it('GIVEN a quote whose speaker is named with a title and an apposition THEN the speech verb sieve names them and the next quote continues', () => {
    const d = doc(
      '“We were never consulted about the sale,” said Mr Toft, a tenant of forty years. “Not once in all that time.”',
    );
    expect(who(d, 'never consulted')).toEqual({
      speaker: 'Bram Toft',
      role: 'quoted',
      sieve: 'speech-verb',
      evidence: 'said Mr Toft',
    });
    expect(who(d, 'Not once')?.speaker).toBe('Bram Toft');
  });

  it('GIVEN a long modifier before the name ("Northvale ward councillor Ada Quill said") THEN the name is found inside it', () => {
    const d = doc('“The library stays open,” Northvale ward councillor Ada Quill said on Monday.');
    expect(who(d, 'library stays open')).toMatchObject({
      speaker: 'Ada Quill',
      role: 'subject',
      sieve: 'speech-verb',
    });
  });

  it('GIVEN "she said" with the person named only in the paragraph before THEN the pronoun sieve reaches back, skipping organisations', () => {
    const d = doc(
      'Ada Quill, who leads the opposition on the council, spoke to residents outside Harbour Estates on Friday.\n\n“They are treating these homes as a spreadsheet,” she said.',
    );
    expect(who(d, 'spreadsheet')).toMatchObject({
      speaker: 'Ada Quill',
      sieve: 'pronoun',
      evidence: 'she said',
    });
  });

  it('GIVEN a quotation that runs over two paragraphs THEN the second paragraph keeps the speaker', () => {
    const d = doc(
      '“We will appeal,” Toft said. “The ruling ignores what happened on the estate and\n\n“it ignores every tenant who gave evidence.”',
    );
    expect(who(d, 'ignores every tenant')).toMatchObject({
      speaker: 'Bram Toft',
      sieve: 'continuation',
    });
  });

  it('GIVEN "According to X, … “words”" THEN the words are X’s', () => {
    const d = doc(
      'According to Olwen Pryce, the plan was drawn up in a hurry and was “never costed by anyone at all”.',
    );
    expect(who(d, 'never costed')).toMatchObject({
      speaker: 'Olwen Pryce',
      sieve: 'according-to',
    });
  });

  it('GIVEN a statement issued by an organisation THEN the organisation speaks', () => {
    const d = doc(
      'A statement issued by the council said: “The decision was taken in line with our published policy.”',
    );
    expect(who(d, 'published policy')?.speaker).toBe('Northvale Council');
  });

  it('GIVEN a judge’s finding reported after the judge is named THEN the judge speaks, not the company named between', () => {
    const d = doc(
      'In her judgment, the judge said the evidence was thin.\n\n“I am not persuaded that Harbour Estates acted in good faith,” she wrote.',
    );
    expect(who(d, 'not persuaded')?.speaker).toBe('Lena Varga');
  });

  it('GIVEN block quotes with "– Name, role" lines, in the same block or the next THEN each quote is its speaker’s and the line is not quotable', () => {
    const d = doc(
      '“Rents have doubled in five years and wages have not.”\n– Olwen Pryce, tenants’ union secretary\n\n“Every family here deserves a dry home.”\n\n— Ada Quill, councillor',
    );
    expect(who(d, 'Rents have doubled')).toMatchObject({
      speaker: 'Olwen Pryce',
      sieve: 'attribution-line',
    });
    expect(who(d, 'dry home')).toMatchObject({ speaker: 'Ada Quill', role: 'subject' });
    const { passages } = analyseDocument(d, speakers);
    expect(passages.some((p) => p.text.includes('tenants’ union secretary'))).toBe(false);
  });

  it('GIVEN the subject’s speech quoting a historical figure and a headline THEN those words are theirs, not the subject’s', () => {
    const d = doc(
      'I remember the morning paper. The Echo said: “NORTHVALE: A TOWN IN DECLINE.” We proved it wrong.\n\nAs Keir Hardie once put it, “the workers are the real wealth of any nation on earth.”',
      { author: 'Ada Quill', kind: 'speech' },
    );
    expect(who(d, 'TOWN IN DECLINE')?.speaker).not.toBe('Ada Quill');
    expect(who(d, 'real wealth')?.speaker).toBe('Keir Hardie');
    expect(who(d, 'We proved it wrong')?.speaker).toBe('Ada Quill');
  });

  it('GIVEN a phone-in with bracketed caller labels and a presenter who names themself THEN each voice is its own and continuity is not quotable', () => {
    const d = doc(
      [
        'PRESENTER: Good morning, I’m Jo Marsh, and this is the phone-in.',
        'ADA QUILL: Thank you for having me on the programme.',
        'CALLER (DENISE): I think the council has let us all down badly.',
        'PRESENTER: We’ll be back after the news.',
      ].join('\n\n'),
      { kind: 'transcript', author: null },
    );
    expect(who(d, 'Good morning')).toMatchObject({ speaker: 'Jo Marsh', role: 'interviewer' });
    expect(who(d, 'let us all down')).toMatchObject({ speaker: 'Denise', role: 'quoted' });
    expect(who(d, 'having me on')).toMatchObject({ speaker: 'Ada Quill', role: 'subject' });
    expect(who(d, 'after the news')).toBeNull();
  });

  it('GIVEN a Q/A interview whose questions are requests and remarks THEN they are the interviewer’s and the closing line is not an answer', () => {
    const d = doc(
      [
        'Ada Quill meets us in a café near the town hall.',
        'Tell me about the estate.',
        'I grew up there and I still live two streets away.',
        'You were a nurse before politics.',
        'I was, for eleven years, and I miss it most days.',
        'Quill will be speaking at the Northvale Book Festival on 4 May.',
      ].join('\n\n'),
      { kind: 'interview' },
    );
    expect(who(d, 'Tell me about')).toMatchObject({ role: 'interviewer' });
    expect(who(d, 'You were a nurse')).toMatchObject({ role: 'interviewer' });
    expect(who(d, 'I grew up there')).toMatchObject({ speaker: 'Ada Quill', role: 'subject' });
    expect(who(d, 'Book Festival')).toMatchObject({ role: 'author' });
  });

  it('GIVEN speech verbs that name nobody THEN the words are unattributed, never the subject’s', () => {
    const d = doc(
      'Ada Quill arrived at noon.\n\n“Go home, nobody wants you here today,” someone shouted from the crowd.\n\n“It will all be fine in the end, trust me,” he said.',
      { author: 'Ada Quill', kind: 'op-ed' },
    );
    expect(who(d, 'Go home')?.speaker).toBe('someone');
    expect(who(d, 'trust me')?.speaker).not.toBe('Ada Quill');
  });

  it('GIVEN "her" after a sentence whose subject is "she" and whose object is a man THEN it continues the subject, not the last name', () => {
    const d = doc(
      'Ada Quill went to the capital in March. She came back with money from Bram Toft. Her line that “every street deserves a bus stop” is now on leaflets.',
    );
    expect(who(d, 'every street deserves')).toMatchObject({ speaker: 'Ada Quill' });
  });

  it('GIVEN a passage’s attribution THEN it is described with the words that decided it', () => {
    const d = doc('“The vote was rigged from the start,” Toft told the Echo.');
    const { passages } = analyseDocument(d, speakers);
    const quote = passages.find((p) => p.kind === 'quotation')!;
    expect(describeAttribution(quote.speaker, attributionOf(quote, d.body))).toBe(
      'Attributed to Bram Toft: a speech verb beside the quotation, ‘Toft told’, just after.',
    );
  });
});
