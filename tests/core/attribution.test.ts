import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/index.js';
import { passageWith, seedCorpus } from '../helpers/seed-corpus.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});

const CW = 'Chris Williamson';

// Who speaks where, read from the documents and the pages their front matter links to.
const TABLE: [doc: string, fragment: string, speaker: string, role: string, kind: string][] = [
  // 000: his Facebook page
  [
    'facebook-page',
    'Former MP for Derby North. Still fighting for socialism',
    CW,
    'subject',
    'post',
  ],
  ['facebook-page', 'The Bank of England is refusing to give $1.2 billion', CW, 'subject', 'post'],
  [
    'facebook-page',
    'I deeply regret, and apologise for, my recent choice of words',
    CW,
    'subject',
    'post',
  ],
  [
    'facebook-page',
    'Tory policy means 120,000 kids will wake up on Christmas Day',
    CW,
    'subject',
    'post',
  ],
  [
    'facebook-page',
    'Fortnightly surgery open to all residents of Derby North',
    CW,
    'subject',
    'post',
  ],
  ['facebook-page', 'crimes against humanity', 'a UN rapporteur', 'quoted', 'quotation'],
  // 001: interview
  [
    'hard-labour-interview',
    'It’s no big secret. The Labour Party is in crisis.',
    'Rachael Swindon',
    'author',
    'narration',
  ],
  [
    'hard-labour-interview',
    'Chris Williamson was the Member of Parliament for Derby North from 2010',
    'Rachael Swindon',
    'author',
    'narration',
  ],
  [
    'hard-labour-interview',
    'unlawful harassment related to Jewish ethnicity',
    'the EHRC report',
    'quoted',
    'quotation',
  ],
  [
    'hard-labour-interview',
    'What are your thoughts on the exclusion of the pro-Palestinian',
    'Rachael Swindon',
    'interviewer',
    'question',
  ],
  [
    'hard-labour-interview',
    'Ken Loach is a towering figure in the labour movement',
    CW,
    'subject',
    'answer',
  ],
  [
    'hard-labour-interview',
    'do you think Keir Starmer is likely to be leading Labour',
    'Rachael Swindon',
    'interviewer',
    'question',
  ],
  [
    'hard-labour-interview',
    'Starmer is without doubt the worst leader in living memory',
    CW,
    'subject',
    'answer',
  ],
  [
    'hard-labour-interview',
    'There’s a lot of politically homeless socialists out there',
    'Rachael Swindon',
    'interviewer',
    'question',
  ],
  [
    'hard-labour-interview',
    'We need to get out of this abusive relationship and start again.',
    CW,
    'subject',
    'answer',
  ],
  [
    'hard-labour-interview',
    'I was first elected to parliament in 2010, before losing in 2015 by 41 votes',
    CW,
    'subject',
    'answer',
  ],
  [
    'hard-labour-interview',
    'Huge thanks to Chris Williamson for taking the time to speak to me.',
    'Rachael Swindon',
    'author',
    'narration',
  ],
  [
    'hard-labour-interview',
    'Totally agree We most definitely Should',
    'a reader',
    'commenter',
    'comment',
  ],
  [
    'hard-labour-interview',
    'Great Interview BTW Chris Williamson Never really got past',
    'a reader',
    'commenter',
    'comment',
  ],
  [
    'hard-labour-interview',
    'Your standpoint is the very one that Chris is saying has failed.',
    'a reader',
    'commenter',
    'comment',
  ],
  // 002: news article
  [
    'ei-independent-run',
    'A high-profile target of Labour’s “anti-Semitism crisis” witch hunt',
    'Asa Winstanley',
    'author',
    'narration',
  ],
  [
    'ei-independent-run',
    'I have hundreds of activists from around the country ready and waiting',
    CW,
    'subject',
    'quotation',
  ],
  [
    'ei-independent-run',
    'ineligible to represent the Labour Party and stand as a candidate',
    'the party’s legal unit',
    'quoted',
    'quotation',
  ],
  [
    'ei-independent-run',
    'Chris has got lots of supporters who are willing to be expelled',
    'a source close to Williamson',
    'quoted',
    'quotation',
  ],
  [
    'ei-independent-run',
    'Contrary to Jeremy’s wishes, if Labour wins this election',
    CW,
    'subject',
    'quotation',
  ],
  [
    'ei-independent-run',
    'Williamson has now officially registered his independent campaign',
    'Asa Winstanley',
    'author',
    'narration',
  ],
  [
    'ei-independent-run',
    'Labour suspended Chris Williamson for daring to tell the truth',
    'a reader',
    'commenter',
    'comment',
  ],
  [
    'ei-independent-run',
    'I felt physically sick yesterday when I heard that the NEC',
    'a reader',
    'commenter',
    'comment',
  ],
  [
    'ei-independent-run',
    'Who are the members of the NEC who voted against Chris Williamson?',
    'a reader',
    'commenter',
    'comment',
  ],
  // 003: op-ed
  [
    'morning-star-oped',
    'Here CHRIS WILLIAMSON explains to Morning Star readers',
    'Morning Star',
    'author',
    'narration',
  ],
  [
    'morning-star-oped',
    'I am standing as an independent in Derby North',
    CW,
    'subject',
    'narration',
  ],
  [
    'morning-star-oped',
    'The purpose of getting power is to be able to give it away.',
    'Nye Bevan',
    'quoted',
    'quotation',
  ],
  [
    'morning-star-oped',
    'was not meeting the charity test required',
    'that inquiry',
    'quoted',
    'quotation',
  ],
  ['morning-star-oped', 'keep going', 'Jeremy Corbyn', 'quoted', 'quotation'],
  ['morning-star-oped', 'That’s not socialism, it’s racism.', CW, 'subject', 'narration'],
  // 004: blog article
  [
    'grassroots-movement',
    'Chris Williamson is to launch a “new grassroots movement”',
    'Red Revolution Media',
    'author',
    'narration',
  ],
  ['grassroots-movement', 'new grassroots movement', CW, 'subject', 'quotation'],
  [
    'grassroots-movement',
    'working with others on establishing a new vehicle',
    CW,
    'subject',
    'quotation',
  ],
  ['grassroots-movement', 'pernicious influence in the Labour Party', CW, 'subject', 'quotation'],
  [
    'grassroots-movement',
    'early promise of mobilising grassroots activists',
    CW,
    'subject',
    'quotation',
  ],
  [
    'grassroots-movement',
    'The focus shifted from mobilising grassroots and promoting democracy',
    CW,
    'subject',
    'quotation',
  ],
  [
    'grassroots-movement',
    'I think we need something with a loose federated structure',
    CW,
    'subject',
    'quotation',
  ],
  [
    'grassroots-movement',
    'A movement to replace this discredited group should be welcomed.',
    'Red Revolution Media',
    'author',
    'narration',
  ],
];

describe('attribution on every seed document', () => {
  it.each(TABLE)(
    'GIVEN %s WHEN a passage holds "%s" THEN %s speaks (%s, %s)',
    (doc, fragment, speaker, role, kind) => {
      const p = passageWith(corpus, doc, fragment);
      expect(p, `no passage holds "${fragment}"`).toBeDefined();
      expect({ speaker: p!.speaker, role: p!.role, kind: p!.kind }).toEqual({
        speaker,
        role,
        kind,
      });
    },
  );
});

// Page furniture: never inside any passage.
const FURNITURE: [doc: string, text: string][] = [
  ['facebook-page', 'About Chris Williamson'],
  ['facebook-page', 'See More'],
  ['facebook-page', 'Chris Williamson is located at 9a Theatre Walk'],
  ['facebook-page', 'Similar Listings'],
  ['facebook-page', '4.5 star rating'],
  ['facebook-page', 'Tom Bull'],
  ['hard-labour-interview', 'if you want to chip in towards improving my ongoing campaign'],
  ['hard-labour-interview', '5 thought on'],
  ['hard-labour-interview', 'Leave a Reply'],
  ['hard-labour-interview', 'Your email address will not be published'],
  ['ei-independent-run', '(Chris Williamson/Twitter)'],
  ['ei-independent-run', 'Asa Winstanley is an investigative journalist'],
  ['ei-independent-run', "Asa Winstanley's picture"],
  ['morning-star-oped', 'Skip to main content'],
  ['morning-star-oped', 'reader-owned co-operative'],
  ['morning-star-oped', 'Become a supporter'],
  ['morning-star-oped', 'Donate today'],
  ['grassroots-movement', 'online store for all your socialist'],
  ['grassroots-movement', 'Photo by John Whitby'],
  ['grassroots-movement', 'please consider a donation'],
  ['grassroots-movement', 'Sign up to our newsletter'],
  ['grassroots-movement', 'Chris Williamson, Labour Heartlands'],
];

describe('page furniture is never quotable', () => {
  it.each(FURNITURE)(
    'GIVEN %s THEN "%s" is in no passage and is marked as furniture',
    (doc, text) => {
      const a = corpus.documents.get(doc)!;
      expect(a.passages.filter((p) => p.text.includes(text)).map((p) => p.id)).toEqual([]);
      const at = a.document.body.indexOf(text);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(a.furniture.some((f) => f.start <= at && at < f.end)).toBe(true);
    },
  );
});

describe('invariants over the whole corpus', () => {
  it('GIVEN every passage THEN its text is the exact slice of its document body, and so is every sentence', () => {
    for (const a of corpus.documents.values()) {
      for (const p of a.passages) {
        expect(a.document.body.slice(p.start, p.end)).toBe(p.text);
        expect(p.text.trim()).toBe(p.text);
        for (const s of p.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(p.start);
          expect(s.end).toBeLessThanOrEqual(p.end);
        }
      }
    }
  });

  it('GIVEN reader comments and interview questions THEN none is attributed to the subject', () => {
    const wrong = [...corpus.passages.values()].filter(
      (p) => (p.kind === 'comment' || p.kind === 'question') && p.speaker === 'Chris Williamson',
    );
    expect(wrong).toEqual([]);
  });

  it('GIVEN a quotation nested in a paragraph THEN its parent holds it', () => {
    for (const p of corpus.passages.values()) {
      if (!p.parentId) continue;
      const parent = corpus.passages.get(p.parentId)!;
      expect(parent.documentId).toBe(p.documentId);
      expect(p.start).toBeGreaterThanOrEqual(parent.start);
      expect(p.end).toBeLessThanOrEqual(parent.end);
    }
  });
});
