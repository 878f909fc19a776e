/**
 * `npm run add` with inputs it cannot use: each is skipped with a reason naming it, nothing is
 * written, and the exit code is 2 unless something was added or was already there.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdd } from '../../src/ingest/add-cli.js';
import { writeDocumentFile } from '../../src/ingest/write-document.js';
import { cleanUp, filesIn, fixture, tempCorpus } from './helpers.js';

let dir: string;
let inputs: string;
beforeEach(async () => {
  dir = await tempCorpus();
  inputs = path.join(dir, '.inputs');
  await mkdir(inputs);
});
afterEach(() => cleanUp(dir));

async function add(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runAdd(args, {
    env: { CORPUS_DIR: dir, ...env },
    write: (t) => (out += t),
    writeError: (t) => (err += t),
  });
  return { code, out, err };
}

/** The corpus folder without the test's own input folder. */
async function corpusFiles(): Promise<string[]> {
  return (await filesIn(dir)).filter((f) => f !== '.inputs');
}

describe('bad input', () => {
  it('GIVEN an empty page, a page with no article, a scanned PDF and unsupported files THEN each is skipped with its reason, nothing is written, and the exit code is 2', async () => {
    const slides = path.join(inputs, 'slides.pptx');
    await writeFile(slides, Buffer.from('PK\u0003\u0004 not a page', 'latin1'));
    const binary = path.join(inputs, 'program.txt');
    await writeFile(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00]));
    const missing = path.join(inputs, 'missing.html');
    const args = [
      fixture('empty.html'),
      fixture('no-article.html'),
      fixture('scanned.pdf'),
      slides,
      binary,
      missing,
      'ftp://example.org/page.html',
    ];
    const { code, out } = await add([...args, '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(out)).toEqual({
      added: [],
      skipped: [
        { input: missing, reason: 'no such file or folder' },
        {
          input: 'ftp://example.org/page.html',
          reason: 'only http and https addresses can be added',
        },
        { input: fixture('empty.html'), reason: 'the page is empty: it has no text' },
        {
          input: fixture('no-article.html'),
          reason:
            'no article found in the page: only navigation, forms or short lines (save the article page itself)',
        },
        {
          input: fixture('scanned.pdf'),
          reason: 'the PDF has no text layer (a scanned document?): run it through OCR first',
        },
        {
          input: slides,
          reason:
            '".pptx" files are not supported; add HTML (.html, .htm), PDF, SRT and WebVTT subtitles, an X archive’s tweets.js, plain text (.txt) and markdown (.md)',
        },
        { input: binary, reason: 'a binary file, not text' },
      ],
    });
    expect(await corpusFiles()).toEqual(['corpus.yaml']);
  });

  it('GIVEN a good page and a bad one THEN the good one is added, the bad one named with its reason, and the exit code is 0', async () => {
    const { code, out } = await add([fixture('article-opengraph.html'), fixture('empty.html')]);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        `Added 1 document to ${dir}:`,
        '  why-the-night-buses-matter.md  “Why the night buses matter”  The Eastside Voice · Priya Raman · 2024-02-11 · op-ed',
        'Skipped 1:',
        `  ${fixture('empty.html')}: the page is empty: it has no text`,
        '',
      ].join('\n'),
    );
  });

  it('GIVEN the same text a second time under another name THEN it is skipped naming the file that holds it, and the exit code is 0', async () => {
    const copy = path.join(inputs, 'statement-copy.md');
    const text = await readFile(fixture('press-statement.md'), 'utf8');
    // the same body under different front matter, with Windows line ends
    await writeFile(copy, text.replace(/^---[\s\S]*?---\n/, '').replace(/\n/g, '\r\n'));
    expect((await add([fixture('press-statement.md')])).code).toBe(0);
    const { code, out } = await add([copy, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      added: [],
      skipped: [
        {
          input: copy,
          reason: 'already in the corpus as statement-on-the-gasworks-depot.md (the same text)',
        },
      ],
    });
  });

  it('GIVEN a folder THEN every file in it that can be added is, and what cannot is named', async () => {
    await copyFile(fixture('depot-interview.srt'), path.join(inputs, 'depot-interview.srt'));
    await copyFile(fixture('empty.html'), path.join(inputs, 'empty.html'));
    await writeFile(path.join(inputs, 'notes.docx'), 'not looked at in a folder');
    const { code, out } = await add([inputs, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      added: [expect.objectContaining({ id: 'depot-interview', kind: 'transcript' })],
      skipped: [
        { input: path.join(inputs, 'empty.html'), reason: 'the page is empty: it has no text' },
      ],
    });
  });

  it('GIVEN --id THEN the one document takes it; GIVEN --id for several THEN nothing is added', async () => {
    const one = await add([fixture('depot-interview.srt'), '--id', 'okafor-interview', '--json']);
    expect([one.code, JSON.parse(one.out).added[0].file]).toEqual([0, 'okafor-interview.md']);
    const clash = await add([fixture('town-hall.vtt'), '--id', 'okafor-interview', '--json']);
    expect([clash.code, JSON.parse(clash.out).skipped]).toEqual([
      2,
      [
        {
          input: fixture('town-hall.vtt'),
          reason: 'the id "okafor-interview" is already used by okafor-interview.md',
        },
      ],
    ]);
    const several = await add([fixture('x-archive'), '--id', 'posts', '--json']);
    expect(several.code).toBe(2);
    expect(JSON.parse(several.out).skipped).toContainEqual({
      input: `${fixture('x-archive/data/tweets.js')}#1768000000000000001`,
      reason: '--id names one document, but 2 were found; leave --id out',
    });
    expect(await corpusFiles()).toEqual(['corpus.yaml', 'okafor-interview.md']);
  });

  it.each([
    [
      ['--kind', 'novel', 'x.html'],
      '--kind "novel" is not a corpus kind: use article, interview, op-ed, social, transcript, speech, letter or other',
    ],
    [
      ['--id', 'no spaces', 'x.html'],
      '--id "no spaces" is not an id: use letters, digits, - _ . (up to 64 characters, starting with a letter or digit)',
    ],
    [[], 'Name at least one file, folder or http(s) URL to add.'],
    [['--colour', 'x.html'], 'Unknown option --colour.'],
    [['--kind'], "Option '--kind <value>' argument missing"],
  ])(
    'GIVEN the arguments %j THEN the exit code is 2 with the message, as one JSON error with --json',
    async (args, message) => {
      const text = await add(args);
      expect([text.code, text.out, text.err]).toEqual([
        2,
        '',
        `${message}\nUsage: npm run add -- <file|folder|url>... [--kind K] [--id ID] [--author NAME] [--json]\n`,
      ]);
      const json = await add(['--json', ...args]);
      expect([json.code, JSON.parse(json.out)]).toEqual([
        2,
        { error: { code: 'invalid-input', message } },
      ]);
    },
  );

  it('GIVEN --help THEN the usage, the formats and the options, and exit code 0', async () => {
    const { code, out } = await add(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^Usage: npm run add -- <file\|folder\|url>\.\.\. .*\n\nAdds pages to the corpus folder/,
    );
    expect(out).toContain('--author NAME  the author of every document added');
  });

  it('GIVEN CORPUS_DIR naming a file THEN the exit code is 2 and nothing is read', async () => {
    const file = path.join(dir, 'corpus.yaml');
    const { code, err } = await add([fixture('empty.html')], { CORPUS_DIR: file });
    expect([code, err]).toEqual([
      2,
      `CORPUS_DIR "${file}" is a file; set it to the corpus folder.\nUsage: npm run add -- <file|folder|url>... [--kind K] [--id ID] [--author NAME] [--json]\n`,
    ]);
  });
});

describe('nothing half-written', () => {
  it('GIVEN a file already at the name THEN the write fails, the file is untouched and no temporary file is left', async () => {
    await writeFile(path.join(dir, 'taken.md'), 'first\n');
    await expect(writeDocumentFile(dir, 'taken.md', 'second\n')).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(await readFile(path.join(dir, 'taken.md'), 'utf8')).toBe('first\n');
    expect(await corpusFiles()).toEqual(['corpus.yaml', 'taken.md']);
  });
});
