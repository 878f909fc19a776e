/**
 * What the corpus loader asks of the file system, and the reasons it gives in plain words when an
 * entry cannot be used. The loader reads through a `CorpusFs` so that tests can make one entry
 * fail the way a real disk does (EACCES, EIO) even when they run as root, where `chmod 000`
 * stops nothing.
 */
import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';

export interface CorpusFs {
  /** The entries of a folder, with their types (a symbolic link is reported as a link). */
  readdir(dir: string): Promise<Dirent[]>;
  /** Follows symbolic links. */
  stat(file: string): Promise<Stats>;
  /** Does not follow symbolic links. */
  lstat(file: string): Promise<Stats>;
  readFile(file: string): Promise<Buffer>;
}

export const NODE_CORPUS_FS: CorpusFs = {
  readdir: (dir) => readdir(dir, { withFileTypes: true }),
  stat: (file) => stat(file),
  lstat: (file) => lstat(file),
  readFile: (file) => readFile(file),
};

/** Why an entry cannot be used, for the report: "permission denied", "a named pipe, not a file". */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or folder';
    case 'ELOOP':
      return 'a symbolic link that leads back to itself';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'it, or a folder on its path, is a file, not a folder';
    case 'EIO':
      return 'input/output error (a disk or network share problem)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files open at once';
    case 'ENAMETOOLONG':
      return 'its name is too long';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the disk';
    default: {
      const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
      return typeof code === 'string' ? `${code} (${message})` : (message ?? 'unknown error');
    }
  }
}

/** The kind of an entry that is neither a file nor a folder, in words; null for files and folders. */
export function describeSpecialEntry(stats: Stats | Dirent): string | null {
  if (stats.isFIFO()) return 'a named pipe, not a file';
  if (stats.isSocket()) return 'a socket, not a file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device, not a file';
  return null;
}
