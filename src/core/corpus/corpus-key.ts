/**
 * The key a corpus snapshot is stored under: a hash of every corpus file (name and bytes), of the
 * index options, and of the code that analyses, dates and indexes (so an upgrade that changes
 * attribution, the date rules or scoring rebuilds instead of serving what the old code derived).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_OPTIONS } from '../search/passage-index.js';

/** Bump when the snapshot layout changes. */
export const SNAPSHOT_FORMAT = 2;

/** The folders of `src/core` whose code shapes what the snapshot holds. */
export const CODE_FOLDERS: readonly string[] = ['corpus', 'search', 'timeline'];

let codeHash: Promise<string> | null = null;

/** Files read at once while hashing: a large corpus is thousands of small files. */
const READ_AHEAD = 16;

/** Hash of the corpus folder's files as the loader sees them (names starting `.` or `_` skipped). */
export async function corpusKey(dir: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`verbatim-snapshot ${SNAPSHOT_FORMAT}\n${JSON.stringify(INDEX_OPTIONS)}\n`);
  const core = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  hash.update(`code ${await (codeHash ??= hashCode(core))}\n`);
  const files = await listFiles(dir, '');
  for (let i = 0; i < files.length; i += READ_AHEAD) {
    const batch = files.slice(i, i + READ_AHEAD);
    const contents = await Promise.all(batch.map((rel) => readFile(path.join(dir, rel))));
    batch.forEach((rel, j) => {
      hash.update(`file ${rel} ${contents[j]!.length}\n`);
      hash.update(contents[j]!);
    });
  }
  return hash.digest('hex');
}

async function listFiles(dir: string, prefix: string): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/**
 * The code of `CODE_FOLDERS` under `core` as it runs (compiled `.js`, or `.ts` under the test
 * runner).
 */
export async function hashCode(core: string): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) {
    const dir = path.join(core, folder);
    hash.update(`${folder}/\n`);
    const names = (await readdir(dir)).filter((n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts'));
    for (const name of names.sort()) {
      hash.update(`${name}\n`);
      hash.update(await readFile(path.join(dir, name)));
    }
  }
  return hash.digest('hex');
}
