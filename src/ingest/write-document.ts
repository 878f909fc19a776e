/**
 * Writes one corpus document: YAML front matter (by `yaml`, which quotes what needs quoting)
 * and the body unchanged, checked first against the loader's own front-matter schema and read
 * back as the loader reads it. The file appears whole or not at all: it is written under a
 * hidden temporary name in the same folder (the loader ignores dot files) and then linked to
 * its name, which fails rather than replace a file that is already there.
 */
import { randomBytes } from 'node:crypto';
import { access, link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { frontMatterSchema } from '../core/corpus/front-matter.js';
import { MAX_DOCUMENT_BYTES } from '../core/corpus/read-documents.js';

export interface DocumentFile {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  published: string | null;
  kind: string;
  extra?: Record<string, unknown>;
  body: string;
}

/** The file's text, or why the loader would refuse it. */
export function renderDocument(
  doc: DocumentFile,
): { ok: true; text: string } | { ok: false; reason: string } {
  const fields: Record<string, unknown> = { id: doc.id, title: doc.title };
  for (const key of ['publisher', 'author', 'url', 'published'] as const)
    if (doc[key]) fields[key] = doc[key];
  fields.kind = doc.kind;
  for (const [key, value] of Object.entries(doc.extra ?? {}))
    if (!(key in fields) && value !== undefined && value !== null) fields[key] = value;
  const checked = frontMatterSchema.safeParse(fields);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return { ok: false, reason: `${issue.path.join('.') || 'front matter'}: ${issue.message}` };
  }
  const text = `---\n${YAML.stringify(fields, { lineWidth: 0 })}---\n${doc.body}`;
  if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES)
    return { ok: false, reason: `over the ${MAX_DOCUMENT_BYTES}-byte limit for one document` };
  // what the loader will read back: the same fields and the body to the byte
  const back = matter(text, { engines: { yaml: (s: string) => (YAML.parse(s) ?? {}) as object } });
  const data = back.data as Record<string, unknown>;
  const same = Object.entries(fields).every(
    ([key, value]) => typeof value !== 'string' || data[key] === value,
  );
  if (back.content !== doc.body || !same)
    return { ok: false, reason: 'the document would not read back as written' };
  return { ok: true, text };
}

/** Writes `text` to `dir/file` whole, never over an existing file; throws with the cause. */
export async function writeDocumentFile(dir: string, file: string, text: string): Promise<void> {
  const target = path.join(dir, file);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  await writeFile(temp, text, { flag: 'wx' });
  try {
    try {
      await link(temp, target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // file systems without hard links: rename, after checking the name is free
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV')
        throw err;
      if (await exists(target))
        throw Object.assign(new Error(`${file} already exists`), { code: 'EEXIST' });
      await rename(temp, target);
      return;
    }
  } finally {
    await unlink(temp).catch(() => {});
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
