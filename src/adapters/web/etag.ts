/**
 * ETags for pages that depend only on the corpus and the request: the corpus version plus a hash
 * of what the page shows (a quote id, a query). Browsers and proxies revalidate every time
 * (`no-cache`) and get a 304 while neither changed.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';

const CACHE_CONTROL = 'public, no-cache';

export function etagOf(version: string, key: string): string {
  const digest = createHash('sha256').update(key).digest('base64url').slice(0, 16);
  return `W/"${version}-${digest}"`;
}

/**
 * Sets the ETag and Cache-Control headers; answers 304 when the request already holds that ETag.
 * Returns null when the page must be rendered.
 */
export function notModified(c: Context, etag: string): Response | null {
  c.header('ETag', etag);
  c.header('Cache-Control', CACHE_CONTROL);
  const held = c.req.header('if-none-match');
  if (!held) return null;
  const tags = held.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (!tags.includes(etag.replace(/^W\//, '')) && !tags.includes('*')) return null;
  return c.body(null, 304);
}
