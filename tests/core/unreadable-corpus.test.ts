/**
 * Entries of the corpus folder that cannot be read (no permission, a link to nothing, a named
 * pipe, a folder where the corpus file should be) are reported by name and reason and skipped,
 * by the walk, the document reader and the snapshot key alike; the rest of the corpus is served.
 */
import { cp, mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, dispatch, loadCorpus, type CorpusFs } from '../../src/core/index.js';
import { corpusKey } from '../../src/core/library/corpus-key.js';
import { NODE_CORPUS_FS } from '../../src/core/corpus/corpus-fs.js';
import { readDocuments } from '../../src/core/corpus/read-documents.js';
import { readSnapshot, snapshotPath } from '../../src/core/library/snapshot.js';
import { Scheduler } from '../../src/core/schedule/index.js';
import { createLogger } from '../../src/logger.js';
import { testContext } from '../helpers/seed-corpus.js';
import {
  danglingLink,
  folderWithDocument,
  lockAway,
  makeFifo,
  RUNNING_AS_ROOT,
} from '../helpers/unreadable-entries.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'verbatim-unreadable-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Loads with a logger whose lines are kept. */
async function load(dir: string, cacheDir: string | null, fs: CorpusFs) {
  const lines: { msg: string; from?: string; reason?: string; detail?: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  const corpus = await loadCorpus(dir, { logger: createLogger('info', sink), cacheDir, fs });
  return { corpus, lines, from: lines.find((l) => l.msg === 'corpus loaded')?.from };
}

const SKIPPED_ENTRIES = [
  {
    file: 'dangling.md',
    field: null,
    message: 'cannot read: a symbolic link to something that does not exist',
    severity: 'skipped',
  },
  {
    file: 'locked-folder/',
    field: null,
    message: 'cannot read: permission denied; the documents in it are not loaded',
    severity: 'skipped',
  },
  {
    file: 'pipe.md',
    field: null,
    message: 'cannot read: a named pipe, not a file',
    severity: 'skipped',
  },
  {
    file: '001_a9dbf575004f9aa4.md',
    field: null,
    message: 'cannot read: permission denied',
    severity: 'skipped',
  },
];

describe(`a corpus with unreadable entries${RUNNING_AS_ROOT ? ' (as root: EACCES from the fs seam)' : ''}`, () => {
  it('GIVEN a locked file, a locked folder, a link to nothing and a named pipe THEN each is named with its reason, the rest load and /quote answers from them; the snapshot keeps the report and a file readable again rebuilds', async () => {
    const dir = path.join(work, 'corpus');
    const cache = path.join(work, 'cache');
    await cp('seeds', dir, { recursive: true });
    await folderWithDocument(path.join(dir, 'locked-folder'), 'hidden', 'Unseen words.');
    await danglingLink(path.join(dir, 'dangling.md'));
    makeFifo(path.join(dir, 'pipe.md'));
    const locked = path.join(dir, '001_a9dbf575004f9aa4.md');
    const { fs, restore } = await lockAway([locked, path.join(dir, 'locked-folder')]);

    const first = await load(dir, cache, fs);
    const answer = await dispatch(
      COMMANDS,
      'quote',
      { query: 'gold venezuela' },
      testContext(first.corpus),
    );
    const second = await load(dir, cache, fs);
    const keyLocked = await corpusKey(dir, fs);
    await restore();
    const keyOpen = await corpusKey(dir, fs);

    expect({
      issues: first.corpus.issues,
      documents: [...first.corpus.documents.keys()],
      firstResult: (answer.data as { results: { source: { id: string } }[] }).results[0]?.source.id,
      warned: first.lines.filter((l) => l.msg.startsWith('cannot read')).length,
      from: [first.from, second.from],
      secondIssues: second.corpus.issues,
    }).toEqual({
      issues: SKIPPED_ENTRIES,
      documents: [
        'facebook-page',
        'ei-independent-run',
        'morning-star-oped',
        'grassroots-movement',
      ],
      firstResult: 'facebook-page',
      warned: 4,
      from: ['files', 'snapshot'],
      secondIssues: SKIPPED_ENTRIES,
    });
    // the key changes when the files become readable
    expect(keyOpen).not.toBe(keyLocked);
  });

  it('GIVEN a folder where corpus.yaml should be THEN a warning names it and the documents still load', async () => {
    const dir = path.join(work, 'profile-folder');
    await mkdir(path.join(dir, 'corpus.yaml'), { recursive: true });
    await writeFile(path.join(dir, 'a.md'), '---\nid: a\n---\nSome words.\n');
    const { documents, issues, profile } = await readDocuments(dir);
    expect({ ids: documents.map((d) => d.id), issues, profile }).toEqual({
      ids: ['a'],
      issues: [
        {
          file: 'corpus.yaml',
          field: null,
          message: "cannot read: it is a folder, not a file; speakers' aliases are not used",
          severity: 'warning',
        },
      ],
      profile: { subject: null, speakers: {} },
    });
  });

  it('GIVEN a link back to a folder above it THEN it is reported once and not walked again', async () => {
    const dir = path.join(work, 'loop');
    await mkdir(path.join(dir, 'sub'), { recursive: true });
    await writeFile(path.join(dir, 'sub', 'a.md'), 'Some words.\n');
    await symlink('..', path.join(dir, 'sub', 'up'));
    const { documents, issues } = await readDocuments(dir);
    expect({ files: documents.map((d) => d.file), issues }).toEqual({
      files: ['sub/a.md'],
      issues: [
        {
          file: 'sub/up/',
          field: null,
          message: 'cannot read: a symbolic link back to a folder already read',
          severity: 'skipped',
        },
      ],
    });
  });

  it('GIVEN a named pipe where the snapshot should be THEN it is not read (no hang): the corpus is rebuilt and the pipe replaced by a snapshot', async () => {
    const dir = path.join(work, 'fifo-snapshot');
    const cache = path.join(work, 'fifo-cache');
    await cp('seeds', dir, { recursive: true });
    await mkdir(cache, { recursive: true });
    const file = snapshotPath(cache, dir);
    makeFifo(file);
    const before = await readSnapshot(file, await corpusKey(dir), new Scheduler());
    const first = await load(dir, cache, NODE_CORPUS_FS);
    expect({
      before,
      rebuilt: first.lines.find((l) => l.msg === 'rebuilding corpus snapshot')?.detail,
      documents: first.corpus.documents.size,
      nowAFile: (await stat(file)).isFile(),
      next: (await load(dir, cache, NODE_CORPUS_FS)).from,
    }).toEqual({
      before: { ok: false, reason: 'corrupt', detail: 'not a regular file' },
      rebuilt: 'not a regular file',
      documents: 5,
      nowAFile: true,
      next: 'snapshot',
    });
  });
});
