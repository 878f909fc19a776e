/**
 * The walk over a corpus folder, shared by the document reader and the snapshot key so that both
 * see the same files: the documents (`.md`, `.markdown`, `.txt`; not READMEs) in every sub-folder,
 * in name order, the corpus file at the top, and every entry that should have been read but cannot
 * be (a folder without permission, a link to nothing, a named pipe called `x.md`) with the reason,
 * so that it is reported and skipped like any other bad file. Names starting with `.` or `_` are
 * ignored. Symbolic links are followed; a link back to a folder already walked is reported, not
 * walked again. Never throws.
 */
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import { describeFsError, describeSpecialEntry, type CorpusFs } from './corpus-fs.js';

const CORPUS_PROFILE_FILES = ['corpus.yaml', 'corpus.yml'] as const;
const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/** An entry that cannot be used. */
export interface UnreadableEntry {
  /** Path relative to the corpus folder, with `/`; a folder's ends with `/` (`./` for the corpus folder itself). */
  file: string;
  /** Why, in plain words: "permission denied". */
  reason: string;
  /** What was lost: a folder's documents, one document, the corpus file, or an unknown link's target. */
  kind: 'folder' | 'document' | 'profile' | 'link';
}

export interface CorpusFiles {
  /** Document paths relative to the corpus folder, with `/`, in name order. */
  documents: string[];
  /** `corpus.yaml` (or `corpus.yml`) when there is one. */
  profile: string | null;
  unreadable: UnreadableEntry[];
}

export async function listCorpusFiles(dir: string, fs: CorpusFs): Promise<CorpusFiles> {
  const out: CorpusFiles = { documents: [], profile: null, unreadable: [] };
  await walk(dir, '', fs, out, new Set());
  return out;
}

async function walk(
  dir: string,
  prefix: string,
  fs: CorpusFs,
  out: CorpusFiles,
  walked: Set<string>,
): Promise<void> {
  const folder = path.join(dir, prefix);
  const folderName = prefix ? `${prefix}/` : './';
  let entries: Dirent[];
  try {
    const { dev, ino } = await fs.stat(folder);
    if (walked.has(`${dev}:${ino}`)) {
      const reason = 'a symbolic link back to a folder already read';
      out.unreadable.push({ file: folderName, reason, kind: 'link' });
      return;
    }
    walked.add(`${dev}:${ino}`);
    entries = await fs.readdir(folder);
  } catch (err) {
    out.unreadable.push({ file: folderName, reason: describeFsError(err), kind: 'folder' });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const name = entry.name;
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const rel = prefix ? `${prefix}/${name}` : name;
    const isProfile = !prefix && (CORPUS_PROFILE_FILES as readonly string[]).includes(name);
    const isDocument =
      DOCUMENT_EXTENSIONS.has(path.extname(name).toLowerCase()) && !/^readme\b/i.test(name);
    const kind = isProfile ? 'profile' : isDocument ? 'document' : 'link';
    let type: Dirent | Stats = entry;
    if (entry.isSymbolicLink()) {
      try {
        type = await fs.stat(path.join(folder, name));
      } catch (err) {
        // A link without an extension may have pointed at a folder of documents: worth saying.
        if (isProfile || isDocument || path.extname(name) === '')
          out.unreadable.push({ file: rel, reason: brokenLinkReason(err), kind });
        continue;
      }
    }
    if (type.isDirectory()) {
      if (isProfile) out.unreadable.push({ file: rel, reason: 'it is a folder, not a file', kind });
      else await walk(dir, rel, fs, out, walked);
      continue;
    }
    if (!isProfile && !isDocument) continue;
    if (!type.isFile()) {
      // Never opened: reading a named pipe would wait for a writer forever.
      const reason = describeSpecialEntry(type) ?? 'not a regular file';
      out.unreadable.push({ file: rel, reason, kind });
    } else if (isProfile) out.profile ??= rel;
    else out.documents.push(rel);
  }
}

function brokenLinkReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'a symbolic link to something that does not exist';
  return describeFsError(err);
}
