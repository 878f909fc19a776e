/**
 * The cache folder (CACHE_DIR), made and tried once at start-up so that a folder that cannot be
 * used is said once, in plain words, and the bot runs without a cache instead of failing to save
 * its snapshot on every start. Folders are made one level at a time: Node's recursive `mkdir`
 * never returns for a path under `/proc` (it retries ENOENT forever).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from '../corpus/index.js';

export type CacheDirCheck = { ok: true } | { ok: false; reason: string };

/** Makes `dir` when missing and writes a file into it; the reason in words when that fails. */
export async function prepareCacheDir(dir: string): Promise<CacheDirCheck> {
  try {
    await makeFolders(dir);
    const probe = path.join(dir, `.write-test-${process.pid}-${randomBytes(4).toString('hex')}`);
    // `wx`: a fresh name, never an existing file or a named pipe someone left there.
    const handle = await open(probe, 'wx');
    try {
      await handle.write('ok');
    } finally {
      await handle.close();
      await rm(probe, { force: true });
    }
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
}

/** `mkdir -p`, bounded by the depth of the path: each missing level is made once, or it throws. */
export async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    try {
      if (!(await stat(at)).isDirectory())
        throw Object.assign(new Error(`not a folder: ${at}`), { code: 'ENOTDIR' });
      break;
    } catch (err) {
      const parent = path.dirname(at);
      if ((err as { code?: unknown }).code !== 'ENOENT' || parent === at) throw err;
      missing.push(at);
      at = parent;
    }
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (err) {
      // Made meanwhile by someone else: fine as long as it is a folder.
      if ((err as { code?: unknown }).code !== 'EEXIST' || !(await stat(folder)).isDirectory())
        throw err;
    }
  }
}
