/**
 * The inputs of one `add`: URLs as they are, folders expanded to the files in them that can be
 * added, files read with their format. Whatever cannot be read becomes a skip with its reason.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  formatFromContentType,
  formatFromName,
  sniffFormat,
  SUPPORTED_FORMATS,
  type Format,
} from './detect-format.js';
import { fetchUrl, type FetchLimits } from './fetch-url.js';
import type { Skip } from './types.js';

/** A local file larger than this is not a document (the written body may be 5 MB at most). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type Source =
  { type: 'url'; label: string; url: string } | { type: 'file'; label: string; file: string };

export interface LoadedSource {
  label: string;
  format: Format;
  bytes: Uint8Array;
  /** Charset the server declared, for fetched pages. */
  charset: string | null;
  /** The file path, for files (an X archive's account.js is looked for beside it). */
  file: string | null;
  /** Where a fetched page was finally read from. */
  url: string | null;
  /** A name to make a title from when the content has none. */
  name: string;
}

export async function expandInputs(
  inputs: readonly string[],
): Promise<{ sources: Source[]; skipped: Skip[] }> {
  const sources: Source[] = [];
  const skipped: Skip[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      sources.push({ type: 'url', label: input, url: input });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      skipped.push({ input, reason: 'only http and https addresses can be added' });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      skipped.push({ input, reason: 'no such file or folder' });
      continue;
    }
    if (info.isDirectory()) {
      const files = await listAddable(input);
      if (files.length === 0)
        skipped.push({
          input,
          reason: `the folder holds no file that can be added (${SUPPORTED_FORMATS})`,
        });
      for (const file of files) sources.push({ type: 'file', label: file, file });
    } else {
      sources.push({ type: 'file', label: input, file: input });
    }
  }
  return { sources, skipped };
}

/** Files under `dir` whose names say a supported format, in name order; hidden ones left out. */
async function listAddable(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listAddable(full)));
    else if (entry.isFile() && formatFromName(entry.name)) out.push(full);
  }
  return out;
}

export type Loaded = { ok: true; source: LoadedSource } | { ok: false; reason: string };

export async function loadSource(
  source: Source,
  fetchOptions: { allowPrivate: boolean; limits?: Partial<FetchLimits> },
): Promise<Loaded> {
  if (source.type === 'url') {
    const fetched = await fetchUrl(source.url, fetchOptions);
    if (!fetched.ok) return fetched;
    const { page } = fetched;
    const name = lastSegment(page.url);
    const format =
      formatFromContentType(page.contentType) ??
      sniffFormat(page.bytes) ??
      formatFromName(name) ??
      'text';
    return {
      ok: true,
      source: {
        label: source.label,
        format,
        bytes: page.bytes,
        charset: page.charset,
        file: null,
        url: page.url,
        name,
      },
    };
  }
  let bytes: Uint8Array;
  try {
    const size = (await stat(source.file)).size;
    if (size > MAX_FILE_BYTES)
      return { ok: false, reason: `${size} bytes is too large to be one document` };
    bytes = await readFile(source.file);
  } catch (err) {
    return { ok: false, reason: `could not be read (${(err as Error).message})` };
  }
  const base = path.basename(source.file);
  const named = formatFromName(base);
  const format = named ?? sniffFormat(bytes);
  if (!format) {
    if (/^account\.js$/i.test(base))
      return {
        ok: false,
        reason:
          'an X archive’s account file: add tweets.js (account.js beside it names the account)',
      };
    const ext = path.extname(base);
    return {
      ok: false,
      reason: `${ext ? `"${ext}" files are` : 'this type of file is'} not supported; add ${SUPPORTED_FORMATS}`,
    };
  }
  return {
    ok: true,
    source: {
      label: source.label,
      format,
      bytes,
      charset: null,
      file: source.file,
      url: null,
      name: base,
    },
  };
}

/** `https://x.org/media/town-hall.vtt` → `town-hall.vtt`; the host name when the path is empty. */
function lastSegment(address: string): string {
  const url = new URL(address);
  const segment = url.pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(segment) || url.hostname;
  } catch {
    return segment || url.hostname;
  }
}
