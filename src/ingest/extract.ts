/**
 * Hands a loaded input to the extractor for its format and gives fetched documents the address
 * they came from.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeText } from '../core/corpus/decode-text.js';
import { declaredHtmlCharset } from './html-charset.js';
import { extractHtml } from './html-article.js';
import { extractPdf } from './pdf-transcript.js';
import { extractPlainText } from './plain-text.js';
import type { LoadedSource } from './read-source.js';
import { extractSubtitles } from './subtitles.js';
import { failed, type Extraction } from './types.js';
import { extractTweets, readAccount, type XAccount } from './twitter-archive.js';

export async function extractSource(
  source: LoadedSource,
  author: string | null,
): Promise<Extraction> {
  const result = await extractByFormat(source, author);
  if (!result.ok || !source.url) return result;
  const fetchedFrom = [source.url, source.label];
  return {
    ...result,
    documents: result.documents.map((doc) => ({
      ...doc,
      url: doc.url ?? source.url,
      aliases: [...new Set([...(doc.aliases ?? []), ...fetchedFrom])],
    })),
  };
}

async function extractByFormat(source: LoadedSource, author: string | null): Promise<Extraction> {
  const { label, bytes } = source;
  if (source.format === 'pdf') return extractPdf(bytes, label, titleFromName(source.name));
  const charset = source.charset ?? (source.format === 'html' ? declaredHtmlCharset(bytes) : null);
  const decoded = decodeText(bytes, charset);
  if (!decoded.ok) return failed(decoded.reason);
  const text = decoded.text;
  switch (source.format) {
    case 'html':
      return extractHtml(text, label, source.url);
    case 'srt':
    case 'vtt':
      return extractSubtitles(text, label, titleFromName(source.name));
    case 'x-archive':
      return extractTweets(
        text,
        label,
        (await accountBeside(source.file)) ?? handleAccount(author),
      );
    case 'text':
      return extractPlainText(text, label, titleFromName(source.name));
  }
}

/** The archive's `account.js` in the same folder as its `tweets.js`. */
async function accountBeside(file: string | null): Promise<XAccount | null> {
  if (!file) return null;
  try {
    return readAccount(await readFile(path.join(path.dirname(file), 'account.js'), 'utf8'));
  } catch {
    return null;
  }
}

/** `--author @mayaokafor` names the account when the archive does not. */
function handleAccount(author: string | null): XAccount | null {
  const m = /^@([A-Za-z0-9_]{1,15})$/.exec(author?.trim() ?? '');
  return m ? { username: m[1]!, displayName: null } : null;
}

/** `town-hall_2024-03-04.vtt` → `Town hall 2024-03-04`. */
export function titleFromName(name: string): string {
  const stem = name
    .replace(/\.[^.]+$/, '')
    .replace(/[_\s]+|-(?!\d)|(?<!\d)-/g, ' ')
    .trim();
  return stem ? stem.charAt(0).toUpperCase() + stem.slice(1) : 'Untitled';
}
