/**
 * Stable quote ids: a hash of the document id and the passage's exact text (plus which occurrence
 * of that text it is), so an id survives restarts, re-indexing and edits elsewhere in the file.
 * 8 Crockford base32 characters (40 bits): at 100,000 passages the chance that any two collide is
 * about 0.5%; a collision is resolved deterministically by lengthening the later id.
 *
 * A deployment with several corpora (corpora.yaml) gives each its corpus id as a scope, hashed
 * with the document id: the same document in two corpora then has different quote ids, so an id
 * names one corpus's passage and a lookup in another corpus finds nothing.
 */
import { createHash } from 'node:crypto';
import type { Passage } from '../types.js';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const QUOTE_ID_PATTERN = /^q[0-9a-hjkmnp-tv-z]{8,16}$/;

export function quoteIdFor(
  documentId: string,
  text: string,
  occurrence: number,
  length = 8,
  scope = '',
): string {
  // No scope hashes exactly as a single corpus always has, so its ids stay the same.
  const key = scope ? `${scope}\u0001${documentId}` : documentId;
  const digest = createHash('sha256').update(`${key}\u0000${occurrence}\u0000${text}`).digest();
  let bits = 0;
  let value = 0;
  let out = 'q';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length <= length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length > length) break;
    value &= (1 << bits) - 1;
  }
  return out;
}

/** Gives each passage of one document its id (in place). */
export function assignQuoteIds(documentId: string, passages: Passage[], scope = ''): void {
  const seen = new Map<string, number>();
  for (const p of passages) {
    const key = `${p.kind === 'quotation' ? 'q' : 'p'}\u0000${p.text}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    p.id = quoteIdFor(documentId, key, n, 8, scope);
  }
}

/** Gives one document's passages the ids of a corpus scope, parents' ids included (in place). */
export function scopeQuoteIds(documentId: string, passages: Passage[], scope: string): void {
  const before = passages.map((p) => p.id);
  assignQuoteIds(documentId, passages, scope);
  const renamed = new Map(before.map((id, i) => [id, passages[i]!.id]));
  for (const p of passages) {
    if (p.parentId) p.parentId = renamed.get(p.parentId) ?? p.parentId;
  }
}

/** Makes ids unique across the corpus: a later passage whose id is taken gets a longer one. */
export function dedupeQuoteIds(passages: Passage[], scope = ''): void {
  const taken = new Set<string>();
  const renamed = new Map<string, string>();
  for (const p of passages) {
    let length = 8;
    let id = p.id;
    while (taken.has(id)) {
      length += 2;
      id = quoteIdFor(
        p.documentId,
        `${p.kind === 'quotation' ? 'q' : 'p'}\u0000${p.text}`,
        p.order,
        length,
        scope,
      );
    }
    if (id !== p.id) renamed.set(`${p.documentId}\u0000${p.id}`, id);
    p.id = id;
    taken.add(id);
  }
  if (renamed.size === 0) return;
  for (const p of passages) {
    if (p.parentId) p.parentId = renamed.get(`${p.documentId}\u0000${p.parentId}`) ?? p.parentId;
  }
}
