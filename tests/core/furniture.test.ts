/**
 * Page furniture line by line: the rules and shapes a line is furniture by, and the prose that must
 * never be taken for furniture. The lines are written for these tests in the conventions of real
 * news sites, social pages, blogs, press releases and transcripts.
 */
import { describe, expect, it } from 'vitest';
import { lineFeatures } from '../../src/core/corpus/block-features.js';
import { classifyLines } from '../../src/core/corpus/classify-lines.js';
import { lineFurnitureReason } from '../../src/core/corpus/furniture.js';
import {
  isBylineLine,
  isCountsLine,
  isDateLine,
  isMenuLine,
} from '../../src/core/corpus/furniture-shapes.js';
import type { Document } from '../../src/core/index.js';
import { testDocument } from '../helpers/test-document.js';

function doc(body: string, fields: Partial<Document> = {}): Document {
  return testDocument(body, fields);
}

/** The class each line of a page ends with: the furniture reason, or the prose class. */
function lineClasses(body: string, fields: Partial<Document> = {}): [string, string][] {
  const { lines } = classifyLines(doc(body, fields));
  return lines.map((l) => [body.slice(l.start, l.end), l.cls === 'bad' ? l.reason! : l.cls]);
}

describe('furniture lines', () => {
  it.each([
    ['© 2021 Riverside Gazette Ltd. All rights reserved.', 'copyright'],
    ['Copyright 2019 Westfield Media Group', 'copyright'],
    ['Joined September 2011', 'profile'],
    ['Westfield, England  westfield.example  Joined May 2015', 'profile'],
    ['Followed by Tom Smith and 3 others you follow', 'profile'],
    ['2,310 Following  14.2K Followers', 'counts'],
    ['7 Reposts 52 Likes', 'counts'],
    ['1 reply 4 likes', 'counts'],
    ['985 posts', 'counts'],
    ['Who to follow', 'related links'],
    ['Most read', 'related links'],
    ['People also viewed', 'related links'],
    ['More on this story', 'related links'],
    ['Read our other interviews', 'related links'],
    ['Read more: Council approves new cycle lanes', 'related links'],
    ['Related: Bus fares to rise in April | Library hours cut', 'related links'],
    ['Terms of Service  Privacy Policy  Cookie Policy  Accessibility', 'footer links'],
    ['Share this article', 'share buttons'],
    ['Share this:', 'share buttons'],
    ['Share on Facebook Share on X Share by email', 'share buttons'],
    ['By Sam Ortiz | Published 3 May 2022, 10:41', 'byline'],
    ['By Sam Ortiz, Health Correspondent', 'byline'],
    ['BY SAM ORTIZ', 'byline'],
    ['Reply', 'buttons'],
    ['Log in to Reply', 'buttons'],
    ['Like Loading...', 'buttons'],
    ['Pinned', 'buttons'],
    ['Notes to Editors', 'notes to editors'],
    ['ENDS', 'notes to editors'],
    ['-ENDS-', 'notes to editors'],
    ['###', 'notes to editors'],
    ['For more information contact the press office on 020 7946 0000', 'contact'],
    ['Press enquiries: media@westfield.example', 'contact'],
    ['Tel: 020 7946 0123 | Mob: 07700 900123', 'contact'],
    ['We use cookies to improve your experience on our site. Accept all', 'cookie notice'],
    ['Get the Morning Digest newsletter delivered to your inbox every day', 'newsletter appeal'],
    ['Subscribe from £3 a month and never miss an issue.', 'subscription appeal'],
    ['Protesters outside the town hall. Photograph: Lee Grant/Westfield News', 'photo caption'],
    ['Photography: Kim Osei', 'photo credit'],
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Home > News > Politics', 'links and separators'],
    ['News | Sport | Business | Weather | Puzzles', 'navigation'],
    ['Friday 3 June 2022 14:05 BST', 'dateline'],
    ['Updated 4 hours ago', 'dateline'],
    ['Published 12 March 2021 in Opinion', 'dateline'],
    ['6 min read', 'reading time'],
    ['[APPLAUSE]', 'transcript note'],
    ['This interview has been edited for length and clarity.', 'editorial note'],
    ['Check against delivery', 'editorial note'],
    ['(This interview has been condensed and edited for clarity.)', 'editorial note'],
    [
      'Editor’s note: This column responds to an op-ed published on Monday by a rural doctor.',
      'editorial note',
    ],
    [
      'Opinions expressed in commentary pieces are those of the author and do not necessarily reflect the views of the paper.',
      'opinion disclaimer',
    ],
    [
      '[00:21:30] Support for The Night Desk comes from Harbour Credit Union. Banking that stays local.',
      'sponsor message',
    ],
    ['This episode is brought to you by Fernway Mattresses.', 'sponsor message'],
    [
      'This transcript is provided by StreetLedger for information only. It may contain errors.',
      'transcript disclaimer',
    ],
    ['Transcript generated automatically. May contain errors.', 'transcript disclaimer'],
    ['Transcript (auto-generated and lightly edited; may contain errors)', 'transcript disclaimer'],
    ['Captions by Verbit. Timestamps approximate.', 'transcript disclaimer'],
    ['This story appears in the May 2024 print issue of Harbour Life.', 'print issue note'],
    ['Load more comments (120)', 'comment controls'],
    ['Comments are moderated. Please keep it civil.', 'comment controls'],
    ['🔔 Get Harbour Daily in your inbox. Sign up, it is free.', 'newsletter appeal'],
    ['Subscribe to Harbour Premium for an ad-free experience.', 'newsletter appeal'],
    ['[Photo: The mayor at the harbour, May 2024. Jo Lee for Harbour Life]', 'photo caption'],
    ['Photo / Jo Lee', 'photo credit'],
    ['Disclosure: Crest Capital is an investor in our parent company.', 'disclosure'],
    ['Advertisement: Spring sale at the Co-op now on', 'advertisement'],
    ['Next: Members’ Statements ›', 'links and separators'],
    ['(Reporting by Sam Ortiz; Editing by Jo Lee)', 'wire credit'],
    ['Download the full report (PDF, 2.4 MB)', 'download link'],
    ['Proudly powered by WordPress', 'site credits'],
    ['Registered in England and Wales, company no. 01234567', 'company registration'],
    ['Westfield Housing Trust, 14 Mill Lane, Westfield WF2 7QP', 'address'],
    ['Listen again on the Westfield FM app', 'broadcast promo'],
    ['PRESS RELEASE – EMBARGOED UNTIL 00:01 TUESDAY', 'press release header'],
    ['Posted in Housing, Transport | Tagged buses, rents', 'tags'],
  ])('GIVEN the line %j THEN it is furniture (%s)', (line, reason) => {
    const page = `Some prose comes first on this page, as it always does.\n\n${line}`;
    expect(lineClasses(page)[1]).toEqual([line, reason]);
  });

  it.each([
    'Proud of our team today.',
    '“We will not back down,” she said.',
    'Q: What happens next?',
    'PRESENTER: Good morning.',
    'By the end of the year the scheme had collapsed.',
    'By Monday, everyone knew.',
    'Share the road, not the blame.',
    'Read the report and decide for yourself.',
    'Most people never read the small print.',
    'Terms of the deal were not disclosed.',
    'Follow the money.',
    'The privacy of tenants matters, and so does their safety.',
    '12 people were arrested.',
    'Joined the council in 2009, she chaired the housing committee.',
    'Photographs of the march are on our website.',
    'Call me any time: I will answer.',
    'Support for the strike comes from every port on the coast.',
    'The views expressed by tenants at the meeting were angry ones.',
    'My editor’s notes were longer than the piece.',
    'The transcript shows she said no, and it was provided to the court.',
    'Transcripts provided to the court show that he knew.',
    'This story appears to be false, the council said.',
    'Comments are welcome, but the decision is made.',
    'Get the council to listen and the rest follows.',
    'Subscribe to the idea that housing is a right, and you will vote for this.',
    'Next: we fix the buses.',
  ])('GIVEN the prose line %j THEN no rule makes it furniture', (line) => {
    expect(lineFurnitureReason(line)).toBeNull();
  });
});

describe('shapes of furniture', () => {
  it.each([
    ['Thursday 16 July 2020 07:30 BST', true],
    ['July 5, 2024 5:41 AM GMT+1 Updated 2 hours ago', true],
    ['14/06/2023', true],
    ['Update, 12 November', false],
    ['Monday was a long day', false],
    ['2019', false],
  ])('GIVEN %j THEN date line = %s', (line, expected) => {
    expect(isDateLine(line)).toBe(expected);
  });

  it.each([
    ['12 Reposts 48 Likes', true],
    ['212 Replies 1.4K Reposts 5.2K Likes 310K Views', true],
    ['3 replies', true],
    ['100 days', false],
    ['12 people were arrested.', false],
  ])('GIVEN %j THEN counts = %s', (line, expected) => {
    expect(isCountsLine(line)).toBe(expected);
  });

  it.each([
    ['By Jo Bloggs', true],
    ['By Jo Bloggs and Sam Lee', true],
    ['By Jo Bloggs, Political Editor', true],
    ['By Jo Bloggs | Published 15 March 2023, 21:14', true],
    ['By contrast, the council said nothing', false],
    ['By Monday, everyone knew.', false],
    ['By the way, nobody asked', false],
  ])('GIVEN %j THEN byline = %s', (line, expected) => {
    expect(isBylineLine(line)).toBe(expected);
  });

  it.each([
    ['Home | About | Archive | Contact', true],
    ['Download the agenda (PDF) | Watch the webcast | Minutes', true],
    ['Rents are up. | Wages are not. | Something has to give.', false],
    ['Home | About', false],
  ])('GIVEN %j THEN a row of links = %s', (line, expected) => {
    expect(isMenuLine(line)).toBe(expected);
  });
});

describe('line features', () => {
  it('GIVEN prose and a tab row THEN function words, capitals and sentence ends tell them apart', () => {
    const prose = lineFeatures('We will be holding them to every word of it.');
    const tabs = lineFeatures('Posts Replies Media Likes');
    expect([prose.stopWordShare, prose.capitalisedShare, prose.sentenceEnd]).toEqual([
      0.7,
      0,
      true,
    ]);
    expect([tabs.stopWordShare, tabs.capitalisedShare, tabs.sentenceEnd]).toEqual([0, 1, false]);
  });

  it('GIVEN a profile line THEN link tokens and separators are counted', () => {
    const f = lineFeatures('Westfield  westfield.org.uk  @samortiz  #housing');
    expect([f.linkTokens, f.separators]).toEqual([3, 3]);
  });

  it('GIVEN speaker labels THEN they are seen as labels', () => {
    expect(
      ['PRESENTER: Hello.', 'CALLER (JANET): Hi.', 'Q3 Chair: Well?', 'Sam Ortiz: Yes.'].map(
        (t) => lineFeatures(t).speakerLabel,
      ),
    ).toEqual([true, true, true, true]);
  });
});

describe('lines in context', () => {
  it('GIVEN short lines between furniture THEN they are furniture; next to prose THEN they stay', () => {
    const body = [
      'Westfield Gazette',
      'News | Sport | Business | Weather',
      'Council votes to sell the depot',
      'By Sam Ortiz, Local Democracy Reporter',
      'The council voted last night to sell the old bus depot on Mill Lane to a developer, ending a two-year campaign by residents to turn it into a community hub.',
      'What happens next',
      'The sale is expected to complete in the spring, according to a report to the cabinet.',
      'Share this article',
      'Facebook Twitter WhatsApp Email',
      'Most read',
      'Man fined for feeding pigeons',
      'Residents asked to report potholes on the ring road',
      '© 2024 Westfield Gazette Ltd',
    ].join('\n\n');
    expect(lineClasses(body, { title: 'Council votes to sell the depot' })).toEqual([
      ['Westfield Gazette', 'before the title'],
      ['News | Sport | Business | Weather', 'navigation'],
      ['Council votes to sell the depot', 'near-good'],
      ['By Sam Ortiz, Local Democracy Reporter', 'byline'],
      [
        'The council voted last night to sell the old bus depot on Mill Lane to a developer, ending a two-year campaign by residents to turn it into a community hub.',
        'near-good',
      ],
      ['What happens next', 'short'],
      [
        'The sale is expected to complete in the spring, according to a report to the cabinet.',
        'near-good',
      ],
      ['Share this article', 'share buttons'],
      ['Facebook Twitter WhatsApp Email', 'among furniture'],
      ['Most read', 'related links'],
      ['Man fined for feeding pigeons', 'in a list of links'],
      ['Residents asked to report potholes on the ring road', 'in a list of links'],
      ['© 2024 Westfield Gazette Ltd', 'copyright'],
    ]);
  });

  it('GIVEN a teaser list that gives way to prose THEN the prose is kept', () => {
    const body = [
      'Related coverage',
      'Depot campaigners lose appeal',
      'The campaign said it would keep going.',
      'It has raised money for a second appeal.',
    ].join('\n\n');
    expect(lineClasses(body).map(([, c]) => c)).toEqual([
      'related links',
      'among furniture',
      'near-good',
      'near-good',
    ]);
  });
});
