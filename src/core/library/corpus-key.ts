/**
 * The key a corpus snapshot is stored under: a hash of every corpus file (name and bytes), of the
 * index options, and of the code that analyses, dates and indexes (so an upgrade that changes
 * attribution, the date rules or scoring rebuilds instead of serving what the old code derived).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_OPTIONS } from '../search/index.js';
import {
  describeFsError,
  NODE_CORPUS_FS,
  type CorpusFs,
  listCorpusFiles,
} from '../corpus/index.js';

/** Bump when the snapshot layout changes. */
export const SNAPSHOT_FORMAT = 2;

/** The folders of `src/core` whose code shapes what the snapshot holds. */
export const CODE_FOLDERS: readonly string[] = ['corpus', 'search', 'timeline', 'library'];

let codeHash: Promise<string> | null = null;

/** Files read at once while hashing: a large corpus is thousands of small files. */
const READ_AHEAD = 16;

/**
 * Hash of the corpus files as the loader sees them (list-corpus-files.ts): the corpus file and the
 * documents, names and bytes, and the entries that cannot be read with the reason, so that a file
 * becoming readable again (or a link being mended) rebuilds.
 */
export async function corpusKey(
  dir: string,
  fs: CorpusFs = NODE_CORPUS_FS,
  idScope = '',
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`verbatim-snapshot ${SNAPSHOT_FORMAT}\n${JSON.stringify(INDEX_OPTIONS)}\n`);
  // The scope changes every quote id, so a snapshot made under another scope must not be used.
  if (idScope) hash.update(`quote id scope ${idScope}\n`);
  const core = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  hash.update(`code ${await (codeHash ??= hashCode(core))}\n`);
  const listing = await listCorpusFiles(dir, fs);
  for (const entry of listing.unreadable) hash.update(`unreadable ${entry.file} ${entry.reason}\n`);
  const files = [...(listing.profile ? [listing.profile] : []), ...listing.documents];
  for (let i = 0; i < files.length; i += READ_AHEAD) {
    const batch = files.slice(i, i + READ_AHEAD);
    const contents = await Promise.all(
      batch.map((rel) =>
        fs.readFile(path.join(dir, rel)).catch((err: unknown) => describeFsError(err)),
      ),
    );
    batch.forEach((rel, j) => {
      const content = contents[j]!;
      if (typeof content === 'string') {
        hash.update(`unreadable ${rel} ${content}\n`);
        return;
      }
      hash.update(`file ${rel} ${content.length}\n`);
      hash.update(content);
    });
  }
  return hash.digest('hex');
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
