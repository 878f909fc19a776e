/**
 * What the corpus folder already holds, for dedupe: every document's id, file, address and a
 * hash of its text. Files are listed and their front matter read as the loader does
 * (core/corpus/read-documents.ts); a file the loader would skip still holds its id and name.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';

const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

export interface Catalogue {
  /** Document id → file (relative to the corpus folder). */
  ids: Map<string, string>;
  /** File names in lower case (the corpus may live on a case-insensitive disk). */
  files: Set<string>;
  /** Normalised address → file. */
  urls: Map<string, string>;
  /** Hash of the text with white space evened out → file. */
  texts: Map<string, string>;
}

export async function readCatalogue(dir: string): Promise<Catalogue> {
  const catalogue: Catalogue = {
    ids: new Map(),
    files: new Set(),
    urls: new Map(),
    texts: new Map(),
  };
  for (const file of await listFiles(dir)) {
    let raw: string;
    try {
      raw = await readFile(path.join(dir, file), 'utf8');
    } catch {
      continue;
    }
    let body = raw.replace(/^\uFEFF/, '');
    let data: Record<string, unknown> = {};
    if (/\.(md|markdown)$/i.test(file) && /^---\r?\n/.test(body)) {
      try {
        const parsed = matter(body, {
          engines: { yaml: (s: string) => (YAML.parse(s) ?? {}) as object },
        });
        data = (parsed.data ?? {}) as Record<string, unknown>;
        body = parsed.content;
      } catch {
        // unreadable front matter: the loader skips the file, but its name is still taken
      }
    }
    const stem = path.basename(file).replace(/\.[^.]+$/, '');
    const id = typeof data.id === 'string' && data.id.trim() ? data.id.trim() : stem;
    remember(catalogue, {
      file,
      id,
      url: typeof data.url === 'string' ? data.url : null,
      body,
    });
  }
  return catalogue;
}

export function remember(
  catalogue: Catalogue,
  doc: { file: string; id: string; url: string | null; body: string; aliases?: string[] },
): void {
  if (!catalogue.ids.has(doc.id)) catalogue.ids.set(doc.id, doc.file);
  catalogue.files.add(doc.file.toLowerCase());
  for (const address of [doc.url, ...(doc.aliases ?? [])]) {
    const key = address ? urlKey(address) : null;
    if (key && !catalogue.urls.has(key)) catalogue.urls.set(key, doc.file);
  }
  const key = textKey(doc.body);
  if (key && !catalogue.texts.has(key)) catalogue.texts.set(key, doc.file);
}

/** The same text, whatever its line breaks and spacing. */
export function textKey(body: string): string | null {
  const even = body.normalize('NFC').replace(/\s+/g, ' ').trim();
  return even ? createHash('sha256').update(even).digest('hex') : null;
}

/**
 * One key for the ways one address is written: scheme and host in lower case, no `www.`, no
 * fragment, no tracking parameters, no trailing slash.
 */
export function urlKey(address: string): string | null {
  try {
    const url = new URL(address.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    for (const name of [...url.searchParams.keys()])
      if (/^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref_src)$/i.test(name))
        url.searchParams.delete(name);
    const query = url.searchParams.toString();
    const host = url.host.toLowerCase().replace(/^www\./, '');
    return `${host}${url.pathname.replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
  } catch {
    return null;
  }
}

/** Document files, as the loader lists them: no dot or underscore names, no README. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (
      entry.isFile() &&
      DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) &&
      !/^readme\b/i.test(entry.name)
    )
      out.push(rel);
  }
  return out;
}
