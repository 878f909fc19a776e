/**
 * Corpus entries that cannot be read, made for real where the test user allows it: `chmod 000`
 * (which stops nobody when the tests run as root, as CI may: then the corpus's file-system seam
 * refuses the same paths with the same EACCES error), links to nothing and named pipes.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusFs } from '../../src/core/index.js';
import { NODE_CORPUS_FS } from '../../src/core/corpus/corpus-fs.js';

export const RUNNING_AS_ROOT = process.getuid?.() === 0;

/** An error as Node's fs gives it for a file or folder without read permission. */
export function permissionDenied(file: string, syscall: 'open' | 'scandir'): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${file}'`), {
    code: 'EACCES',
    errno: -13,
    syscall,
    path: file,
  });
}

/** The real file system, except that reading `denied` (files or folders) fails with EACCES. */
export function refusingFs(denied: ReadonlySet<string>): CorpusFs {
  const refuses = (p: string) => denied.has(path.resolve(p));
  return {
    ...NODE_CORPUS_FS,
    readdir: async (dir) => {
      if (refuses(dir)) throw permissionDenied(dir, 'scandir');
      return NODE_CORPUS_FS.readdir(dir);
    },
    readFile: async (file) => {
      if (refuses(file)) throw permissionDenied(file, 'open');
      return NODE_CORPUS_FS.readFile(file);
    },
  };
}

/**
 * Takes read permission away from `paths` (chmod 000). Returns the file system to load through:
 * the real one, or, as root, one that refuses those paths as the real one would for anyone else;
 * `restore` gives the permission back (and stops refusing).
 */
export async function lockAway(
  paths: readonly string[],
): Promise<{ fs: CorpusFs; restore: () => Promise<void> }> {
  const denied = new Set(paths.map((p) => path.resolve(p)));
  for (const p of paths) await chmod(p, 0o000);
  return {
    fs: RUNNING_AS_ROOT ? refusingFs(denied) : NODE_CORPUS_FS,
    restore: async () => {
      denied.clear();
      for (const p of paths) await chmod(p, 0o755);
    },
  };
}

/** A named pipe at `file`: reading it would wait for a writer forever. */
export function makeFifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** A symbolic link at `file` to a path that does not exist. */
export async function danglingLink(file: string): Promise<void> {
  await symlink(path.join(path.dirname(file), 'no-such-target'), file);
}

/** A folder holding one document, `inner.md`, with the given id and words. */
export async function folderWithDocument(dir: string, id: string, words: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'inner.md'), `---\nid: ${id}\ntitle: Inner\n---\n${words}\n`);
}
