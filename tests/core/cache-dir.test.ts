/**
 * CACHE_DIR is made and tried once at start-up; a folder that cannot be used gives a reason in
 * words, promptly (Node's recursive mkdir never returns under /proc), instead of an error later.
 */
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCacheDir } from '../../src/core/index.js';
import { RUNNING_AS_ROOT } from '../helpers/unreadable-entries.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'verbatim-cache-dir-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('prepareCacheDir', () => {
  it('GIVEN folders that do not exist yet THEN they are made and nothing is left behind', async () => {
    const dir = path.join(work, 'a', 'b', 'cache');
    expect({ check: await prepareCacheDir(dir), left: await readdir(dir) }).toEqual({
      check: { ok: true },
      left: [],
    });
  });

  it('GIVEN a file where the folder should be THEN the reason says so', async () => {
    await writeFile(path.join(work, 'plain-file'), 'x');
    expect(await prepareCacheDir(path.join(work, 'plain-file', 'cache'))).toEqual({
      ok: false,
      reason: 'it, or a folder on its path, is a file, not a folder',
    });
  });

  it.skipIf(!existsSync('/proc/self'))(
    'GIVEN a path under /proc, where no folder can be made (even by root) THEN it answers instead of looping',
    async () => {
      expect(await prepareCacheDir('/proc/verbatim-cache-test/cache')).toEqual({
        ok: false,
        reason: 'no such file or folder',
      });
    },
  );

  it.skipIf(RUNNING_AS_ROOT)(
    'GIVEN a folder without write permission THEN the reason is permission denied',
    async () => {
      const dir = path.join(work, 'read-only');
      await mkdir(dir);
      await chmod(dir, 0o555);
      expect(await prepareCacheDir(dir)).toEqual({ ok: false, reason: 'permission denied' });
    },
  );
});
