/**
 * End to end through the one-shot CLI (what `npm run cli` runs): a corpus folder with entries that
 * cannot be read and a CACHE_DIR that cannot be made still starts, names each skipped entry on
 * stderr and answers /quote from the other files.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/adapters/console/cli.js';
import {
  danglingLink,
  lockAway,
  makeFifo,
  RUNNING_AS_ROOT,
} from '../helpers/unreadable-entries.js';

let work: string;
let stdout = '';
let stderr = '';
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'verbatim-cli-unreadable-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  stdout = '';
  stderr = '';
});

function capture() {
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (c: string | Uint8Array) => ((stdout += c.toString()), true),
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (c: string | Uint8Array) => ((stderr += c.toString()), true),
  );
}

describe('the CLI on a corpus with unreadable entries', () => {
  it('GIVEN a link to nothing, a named pipe, a file without read permission and an unusable CACHE_DIR THEN it starts, names each on stderr and /quote answers from the rest', async () => {
    const dir = path.join(work, 'corpus');
    await cp('seeds', dir, { recursive: true });
    await danglingLink(path.join(dir, 'dangling.md'));
    makeFifo(path.join(dir, 'pipe.md'));
    // Only a real refusal can reach the CLI: as root chmod 000 stops nothing, and this file loads.
    const { restore } = await lockAway([path.join(dir, '001_a9dbf575004f9aa4.md')]);
    await writeFile(path.join(work, 'a-file'), 'x');
    const cacheDir = path.join(work, 'a-file', 'cache');
    vi.stubEnv('CORPUS_DIR', dir);
    vi.stubEnv('CACHE_DIR', cacheDir);
    vi.stubEnv('LOG_LEVEL', '');
    capture();
    const code = await runCli(['quote', 'gold', 'venezuela', '--json']);
    await restore();
    const results = (JSON.parse(stdout) as { results: { source: { id: string } }[] }).results;
    expect({ code, stderr, first: results[0]?.source.id }).toEqual({
      code: 0,
      stderr: [
        `CACHE_DIR: cannot use "${cacheDir}" (it, or a folder on its path, is a file, not a folder); running without a cache, so every start reads the whole corpus. Point CACHE_DIR at a folder this user can write.`,
        'Corpus problems:',
        '  skipped: dangling.md: cannot read: a symbolic link to something that does not exist',
        '  skipped: pipe.md: cannot read: a named pipe, not a file',
        ...(RUNNING_AS_ROOT
          ? []
          : ['  skipped: 001_a9dbf575004f9aa4.md: cannot read: permission denied']),
        '',
      ].join('\n'),
      first: 'facebook-page',
    });
  });

  it('GIVEN CORPUS_DIR naming a file THEN the message says it is not a folder and the exit code is 2', async () => {
    const file = path.join(work, 'not-a-folder.md');
    await writeFile(file, 'x');
    vi.stubEnv('CORPUS_DIR', file);
    capture();
    expect({ code: await runCli(['source']), stderr }).toEqual({
      code: 2,
      stderr: `CORPUS_DIR: the folder "${file}" is a file, not a folder. Set CORPUS_DIR to a folder of .md/.txt documents (default: seeds).\n`,
    });
  });
});
