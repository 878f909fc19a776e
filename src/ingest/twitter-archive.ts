/**
 * An X/Twitter archive's `tweets.js` (`window.YTD.tweets.part0 = [ … ]`): one corpus document per
 * post, dated by its own `created_at`, linked to `https://x.com/<user>/status/<id>` when the
 * account is known (the archive's `account.js` beside it, or `--author @user`). Reposts ("RT
 * @other: …") are someone else's words and are skipped.
 * @see https://help.x.com/en/managing-your-account/how-to-download-your-x-archive
 */
import { failed, type ExtractedDocument, type Extraction, type Skip } from './types.js';

/** The JavaScript assignment an archive file starts with. */
const PREFIX = /^\s*window\.YTD\.[\w.]+\s*=\s*/;

export interface XAccount {
  /** The @name, without the @. */
  username: string | null;
  /** The display name ("Maya Okafor"). */
  displayName: string | null;
}

interface Tweet {
  id_str?: string;
  id?: string | number;
  full_text?: string;
  text?: string;
  created_at?: string;
  entities?: { urls?: { url?: string; expanded_url?: string }[] };
}

/** The JSON after the `window.YTD… =` prefix, or null when it is not that. */
function readArchiveJson(text: string): unknown {
  const m = PREFIX.exec(text);
  if (!m) return null;
  try {
    return JSON.parse(text.slice(m[0].length).trim().replace(/;\s*$/, ''));
  } catch {
    return null;
  }
}

/** `account.js` → the account's user name and display name. */
export function readAccount(text: string): XAccount | null {
  const data = readArchiveJson(text);
  const first = Array.isArray(data) ? (data[0] as { account?: Record<string, unknown> }) : null;
  const account = first?.account;
  if (!account) return null;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return { username: str(account.username), displayName: str(account.accountDisplayName) };
}

export function extractTweets(text: string, label: string, account: XAccount | null): Extraction {
  const data = readArchiveJson(text);
  if (!Array.isArray(data))
    return failed(
      'not an X archive file: expected `window.YTD.tweets.part0 = [ … ]` with JSON after it',
    );
  const documents: ExtractedDocument[] = [];
  const skipped: Skip[] = [];
  for (const item of data as { tweet?: Tweet }[]) {
    const tweet: Tweet = item?.tweet ?? (item as Tweet);
    const id = String(tweet.id_str ?? tweet.id ?? '');
    const where = `${label}#${id || documents.length + skipped.length + 1}`;
    const raw = tweet.full_text ?? tweet.text;
    if (!id || typeof raw !== 'string' || !raw.trim()) {
      skipped.push({ input: where, reason: 'a post with no id or no text', part: true });
      continue;
    }
    const repost = /^RT @([\w]+):/.exec(raw);
    if (repost) {
      skipped.push({
        input: where,
        reason: `a repost of @${repost[1]}: not the account's own words`,
        part: true,
      });
      continue;
    }
    const body = expandLinks(decodeEntities(raw), tweet).trim();
    const who = account?.displayName ?? (account?.username ? `@${account.username}` : null);
    documents.push({
      label: where,
      title: titleOf(body, who),
      author: who,
      publisher: 'X',
      url: account?.username ? `https://x.com/${account.username}/status/${id}` : null,
      published: postDate(tweet.created_at),
      kind: 'social',
      body: `${body}\n`,
    });
  }
  if (documents.length === 0)
    return failed(
      skipped.length > 0
        ? `the archive holds no post of the account's own (${skipped.length} reposts or empty posts)`
        : 'the archive file holds no posts',
    );
  return { ok: true, documents, skipped };
}

/** t.co links as the addresses they stand for, as X shows them. */
function expandLinks(text: string, tweet: Tweet): string {
  let out = text;
  for (const u of tweet.entities?.urls ?? [])
    if (u.url && u.expanded_url) out = out.split(u.url).join(u.expanded_url);
  return out;
}

/** "Maya Okafor on X: “We will build the depot…”" — the post's first words, cut at a word. */
function titleOf(body: string, who: string | null): string {
  const line = body.replace(/\s+/g, ' ');
  const words =
    line.length <= 60
      ? line
      : `${line
          .slice(0, 60)
          .replace(/\s+\S*$/, '')
          .replace(/[\s,.;:!?]+$/, '')}…`;
  return `${who ?? 'Post'} on X: “${words}”`;
}

/** `Wed Jun 12 18:04:05 +0000 2024` → `2024-06-12` (UTC, as the archive gives it). */
function postDate(createdAt: string | undefined): string | null {
  if (!createdAt) return null;
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e]!,
  );
}
