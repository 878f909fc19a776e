import { mkdtemp, writeFile, mkdir, rm, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/index.js';
import { readDocuments } from '../../src/core/corpus/read-documents.js';
import { silentLogger } from '../../src/logger.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-corpus-'));
  const files: Record<string, string> = {
    'good.md':
      '---\nid: good\ntitle: A good one\npublisher: Paper\npublished: 2019-11-06\nkind: news\nurl: https://example.org/a\n---\nHe said “this is fine.”\n',
    'approx.md': '---\ntitle: Approximate\npublished: 2020-01~\nkind: op-ed\n---\nI wrote this.\n',
    'bad-date.md': '---\ntitle: Bad date\npublished: November 2019\n---\nBody.\n',
    'bad-kind.md': '---\ntitle: Bad kind\nkind: podcast\n---\nBody.\n',
    'bad-url.md': '---\ntitle: Bad url\nurl: not a url\n---\nBody.\n',
    'bad-yaml.md': '---\ntitle: [unclosed\n---\nBody.\n',
    'empty-body.md': '---\ntitle: Empty\n---\n\n   \n',
    'typo.md': '---\ntitle: Typo\npublised: 2019\n---\nBody text.\n',
    'dup-a.md': '---\nid: same\ntitle: First\n---\nOne.\n',
    'dup-b.md': '---\nid: same\ntitle: Second\n---\nTwo.\n',
    'plain.txt': 'Just text, no front matter.\n',
    'no-front-matter.md': '# A heading\n\nSome words.\n',
    'notes.json': '{}',
    'corpus.yaml': 'subject: Jane Doe\nspeakers:\n  Jane Doe: [Doe, Jane]\n',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  await mkdir(path.join(dir, 'nested'));
  await writeFile(path.join(dir, 'nested', 'inner.txt'), 'Nested text.\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reading a corpus folder', () => {
  it('GIVEN good and bad files THEN the good ones load and each bad one is reported by file and field', async () => {
    const { documents, issues, profile } = await readDocuments(dir);
    expect(documents.map((d) => d.id).sort()).toEqual([
      'approx',
      'good',
      'inner',
      'no-front-matter',
      'plain',
      'same',
      'typo',
    ]);
    expect(profile).toEqual({ subject: 'Jane Doe', speakers: { 'Jane Doe': ['Doe', 'Jane'] } });
    const summary = issues.map((i) => [i.file, i.field, i.severity]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['bad-date.md', 'published', 'skipped'],
        ['bad-kind.md', 'kind', 'skipped'],
        ['bad-url.md', 'url', 'skipped'],
        ['bad-yaml.md', null, 'skipped'],
        ['empty-body.md', 'body', 'skipped'],
        ['typo.md', 'publised', 'warning'],
        ['dup-b.md', 'id', 'skipped'],
      ]),
    );
    expect(issues).toHaveLength(7);
    expect(issues.find((i) => i.file === 'bad-date.md')!.message).toBe(
      '"November 2019" is not a partial date: use 2019, 2019-11 or 2019-11-06, with ~ after it when approximate (2019-11~)',
    );
  });

  it('GIVEN front matter THEN fields are parsed, kinds normalised and dates kept at their precision', async () => {
    const { documents } = await readDocuments(dir);
    const good = documents.find((d) => d.id === 'good')!;
    expect({ ...good, hints: good.hints }).toEqual({
      id: 'good',
      file: 'good.md',
      title: 'A good one',
      publisher: 'Paper',
      author: null,
      url: 'https://example.org/a',
      published: { value: '2019-11-06', precision: 'day', approximate: false },
      updated: null,
      kind: 'article',
      hints: {},
      body: 'He said “this is fine.”\n',
    });
    expect(documents.find((d) => d.id === 'approx')!.published).toEqual({
      value: '2020-01',
      precision: 'month',
      approximate: true,
    });
  });

  it('GIVEN a file without front matter THEN it loads with its file name as title', async () => {
    const { documents } = await readDocuments(dir);
    expect(documents.find((d) => d.id === 'plain')).toMatchObject({
      title: 'plain',
      kind: 'other',
      body: 'Just text, no front matter.\n',
    });
    expect(documents.find((d) => d.id === 'no-front-matter')).toMatchObject({
      title: 'no-front-matter',
      body: '# A heading\n\nSome words.\n',
    });
  });

  it('GIVEN a corpus with bad files THEN loadCorpus still serves the rest', async () => {
    const corpus = await loadCorpus(dir, { logger: silentLogger() });
    expect(corpus.documents.size).toBe(7);
    expect(corpus.issues.filter((i) => i.severity === 'skipped')).toHaveLength(6);
    expect(corpus.index.search({ text: 'fine' }).hits.map((h) => h.passage.documentId)).toEqual([
      'good',
    ]);
  });
});

describe('the bundled seeds', () => {
  // sha256 of each seed's body as it was first published (the plain-text originals the seeds were
  // made from): the bodies must stay byte-for-byte what was published.
  const ORIGINALS: Record<string, string> = {
    '000_81ce10ae56e5f3ff.md': '25bc042984f3b90a59dd653b880ddbe97293023f3d0cfe2434c4156a800ab2a4',
    '001_a9dbf575004f9aa4.md': '2adb3bc9cb49bb169cb67506c8449ff5ab7fcc005eb1eb0ac995a8109bbf5c66',
    '002_dc1ac0e99add50fc.md': 'f2f566421d7a78bd05a5fb480ab7c58dc2665adc40eaeec5ae3f7c466dc4ea5b',
    '003_f4d72a128563de51.md': 'f18f090819a9255ed2b80f44529c900c1d6e1fced286267573f33a0f194e2462',
    '004_219d023ce3036e50.md': 'aefd9d9951bc4d6613f69bd25b8c3dadda3585b5d356736cf2378cda594c1d68',
  };

  it('GIVEN the seeds folder THEN five documents load with no issue and verbatim bodies', async () => {
    const { documents, issues } = await readDocuments('seeds');
    expect(issues).toEqual([]);
    expect(
      Object.fromEntries(
        documents.map((d) => [d.file, createHash('sha256').update(d.body).digest('hex')]),
      ),
    ).toEqual(ORIGINALS);
  });

  it('GIVEN the seeds THEN their metadata is that of SOURCES.md', async () => {
    const { documents } = await readDocuments('seeds');
    expect(
      documents.map((d) => [
        d.id,
        d.kind,
        d.publisher,
        d.author,
        d.published?.value,
        d.published?.approximate,
      ]),
    ).toEqual([
      [
        'facebook-page',
        'social',
        'webtoady.com (mirror of his Facebook page)',
        'Chris Williamson',
        '2019-02',
        true,
      ],
      [
        'hard-labour-interview',
        'interview',
        'Creating Socialism',
        'Rachael Swindon',
        '2021-09',
        true,
      ],
      [
        'ei-independent-run',
        'article',
        'The Electronic Intifada',
        'Asa Winstanley',
        '2019-11-06',
        false,
      ],
      ['morning-star-oped', 'op-ed', 'Morning Star', 'Chris Williamson', '2019-11-09', true],
      ['grassroots-movement', 'article', 'Red Revolution Media', null, '2020-01', true],
    ]);
    const raw = await readFile('seeds/corpus.yaml', 'utf8');
    expect(raw).toContain('subject: Chris Williamson');
  });
});
