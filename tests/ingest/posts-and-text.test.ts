/**
 * An X archive and plain text and markdown files end to end: one document per post (reposts left
 * out) and per file, front matter and body field by field, /quote finding the speaker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/index.js';
import { ingest, type IngestResult } from '../../src/ingest/index.js';
import { cleanUp, firstQuote, fixture, loadWritten, readWritten, tempCorpus } from './helpers.js';

let dir: string;
let archive: IngestResult;
let texts: IngestResult;
let letter: IngestResult;
let corpus: Corpus;

const FIRST_POST = 'maya-okafor-on-x-approved-the-gasworks-depot-goes-ahead-and';
const SECOND_POST = 'maya-okafor-on-x-fences-go-up-on-the-first-of-april-if-you';

beforeAll(async () => {
  dir = await tempCorpus();
  archive = await ingest([fixture('x-archive')], { corpusDir: dir });
  texts = await ingest([fixture('press-statement.md')], { corpusDir: dir });
  letter = await ingest([fixture('depot-letter.txt')], { corpusDir: dir, kind: 'letter' });
  corpus = await loadWritten(dir);
});
afterAll(() => cleanUp(dir));

describe('an X archive', () => {
  it('GIVEN the archive folder THEN each own post is a social document dated by created_at and linked through account.js, and the repost is skipped with its reason', async () => {
    expect(archive.added.map((a) => [a.file, a.published, a.url])).toEqual([
      [`${FIRST_POST}.md`, '2024-03-05', 'https://x.com/mayaokafor/status/1766931234567890123'],
      [`${SECOND_POST}.md`, '2024-03-08', 'https://x.com/mayaokafor/status/1768000000000000001'],
    ]);
    expect(archive.skipped).toEqual([
      {
        input: `${fixture('x-archive/data/tweets.js')}#1767102345678901234`,
        reason: "a repost of @tomreid: not the account's own words",
        part: true,
      },
    ]);
    const { fields, body } = await readWritten(dir, `${FIRST_POST}.md`);
    expect(fields).toEqual({
      id: FIRST_POST,
      title: 'Maya Okafor on X: “Approved: the gasworks depot goes ahead, and a third of the…”',
      publisher: 'X',
      author: 'Maya Okafor',
      url: 'https://x.com/mayaokafor/status/1766931234567890123',
      published: '2024-03-05',
      kind: 'social',
    });
    expect(body).toBe(
      'Approved: the gasworks depot goes ahead, and a third of the site stays green. Night buses & a park. https://riverside.example/planning/gasworks\n',
    );
  });

  it('GIVEN the posts THEN /quote gives them to the account holder, with their own dates', async () => {
    const quote = await firstQuote(corpus, 'my inbox is open', SECOND_POST);
    expect([quote.speaker, quote.source.published, quote.source.url]).toEqual([
      'Maya Okafor',
      '2024-03-08',
      'https://x.com/mayaokafor/status/1768000000000000001',
    ]);
  });

  it('GIVEN tweets.js alone with --author @handle THEN the posts are still linked to the account', async () => {
    const other = await tempCorpus();
    try {
      const copy = `${other}/tweets.js`;
      const { copyFile } = await import('node:fs/promises');
      await copyFile(fixture('x-archive/data/tweets.js'), copy);
      const corpusDir = `${other}/corpus`;
      const result = await ingest([copy], { corpusDir, author: '@mayaokafor' });
      expect(result.added.map((a) => [a.author, a.url])).toEqual([
        ['@mayaokafor', 'https://x.com/mayaokafor/status/1766931234567890123'],
        ['@mayaokafor', 'https://x.com/mayaokafor/status/1768000000000000001'],
      ]);
    } finally {
      await cleanUp(other);
    }
  });
});

describe('plain text and markdown', () => {
  it('GIVEN a markdown file with front matter THEN its own fields are kept (an alias kind, an attribution hint) and the body is unchanged', async () => {
    expect(texts.skipped).toEqual([]);
    const { fields, body } = await readWritten(dir, 'statement-on-the-gasworks-depot.md');
    expect(fields).toEqual({
      id: 'statement-on-the-gasworks-depot',
      title: 'Statement on the gasworks depot',
      publisher: 'Riverside Borough Council',
      author: 'Maya Okafor',
      published: '2024-03-05',
      kind: 'news',
      subject: 'Maya Okafor',
    });
    expect(body).toBe(
      'Today the planning committee said yes to the depot. I want to thank the residents of Gas Lane, who argued with me for six years and made the plan better.\n\nThe survey starts next month, and I will report back to every household on the lane before the fences go up.\n',
    );
    const quote = await firstQuote(
      corpus,
      'argued with me for six years',
      'statement-on-the-gasworks-depot',
    );
    expect([quote.speaker, quote.role]).toEqual(['Maya Okafor', 'subject']);
  });

  it('GIVEN a text file and --kind letter THEN the first line is the title, the whole text the body, and the letter is its signatory’s', async () => {
    expect(letter.added).toEqual([
      {
        id: 'letter-to-gas-lane-residents',
        file: 'letter-to-gas-lane-residents.md',
        title: 'Letter to Gas Lane residents',
        publisher: null,
        author: null,
        published: null,
        url: null,
        kind: 'letter',
      },
    ]);
    const { body } = await readWritten(dir, 'letter-to-gas-lane-residents.md');
    expect(body).toBe(
      'Letter to Gas Lane residents\n\nDear neighbours,\n\nThe survey trucks arrive on the first of April. The fences will stay up for twelve weeks, and the allotment tap will stay on throughout.\n\nYours sincerely,\nMaya Okafor\n',
    );
    const quote = await firstQuote(
      corpus,
      'allotment tap will stay on',
      'letter-to-gas-lane-residents',
    );
    expect(quote.speaker).toBe('Maya Okafor');
  });

  it('GIVEN all of them THEN the loader reads the folder without a problem', () => {
    expect(corpus.issues).toEqual([]);
    expect(corpus.documents.size).toBe(4);
  });
});
