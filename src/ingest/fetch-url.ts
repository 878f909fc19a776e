/**
 * Fetches one page for ingestion, within limits: a deadline for the whole fetch, a size cap, the
 * content types the extractors read, and redirects followed by hand (each hop's address checked
 * again). Addresses on loopback and private ranges are refused unless `allowPrivate`; the check
 * is made on the address the connection actually uses (a `lookup` hook on node:http), so a name
 * that resolves to a public address once and a private one later cannot slip through.
 * node:http rather than fetch, because fetch cannot pin a connection to a checked address.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { nonPublicRange } from './address-policy.js';

export interface FetchLimits {
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

const FETCH_LIMITS: FetchLimits = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
};

/** Content types the extractors read. */
const ACCEPTED_TYPES = [
  'text/html',
  'application/xhtml+xml',
  'application/pdf',
  'text/plain',
  'text/vtt',
  'application/x-subrip',
] as const;

interface FetchedPage {
  /** The address the page was finally read from, after redirects. */
  url: string;
  /** Media type in lower case, without parameters: `text/html`. */
  contentType: string;
  charset: string | null;
  bytes: Buffer;
}

export type FetchResult = { ok: true; page: FetchedPage } | { ok: false; reason: string };

export interface FetchOptions {
  allowPrivate: boolean;
  limits?: Partial<FetchLimits>;
}

const PRIVATE_HINT = 'set INGEST_ALLOW_PRIVATE=1 to allow it (for tests)';

export async function fetchUrl(address: string, options: FetchOptions): Promise<FetchResult> {
  const limits = { ...FETCH_LIMITS, ...options.limits };
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = address;
  for (let hop = 0; ; hop++) {
    let url: URL;
    try {
      url = new URL(current);
    } catch {
      return { ok: false, reason: `"${current}" is not a valid URL` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return {
        ok: false,
        reason: `only http and https addresses are fetched (got ${url.protocol})`,
      };
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!options.allowPrivate && isIP(host)) {
      const range = nonPublicRange(host);
      if (range) return { ok: false, reason: `${host} is ${range}: refused; ${PRIVATE_HINT}` };
    }
    let response: IncomingMessage;
    try {
      response = await request(url, signal, options.allowPrivate);
    } catch (err) {
      return { ok: false, reason: failure(err, url, limits, signal) };
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      if (hop >= limits.maxRedirects)
        return {
          ok: false,
          reason: `more than ${limits.maxRedirects} redirects; not followed further`,
        };
      try {
        current = new URL(response.headers.location, url).href;
      } catch {
        return {
          ok: false,
          reason: `redirected to "${response.headers.location}", not an address`,
        };
      }
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      return {
        ok: false,
        reason: `the server answered ${status} ${response.statusMessage ?? ''}`.trim(),
      };
    }
    const [type = '', ...params] = (response.headers['content-type'] ?? '').split(';');
    const contentType = type.trim().toLowerCase();
    if (!(ACCEPTED_TYPES as readonly string[]).includes(contentType)) {
      response.resume();
      return {
        ok: false,
        reason: `content type "${contentType || 'none'}" is not one that can be added (${ACCEPTED_TYPES.join(', ')})`,
      };
    }
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      response.destroy();
      return { ok: false, reason: tooLarge(limits) };
    }
    try {
      const bytes = await readBody(response, limits.maxBytes);
      if (!bytes) return { ok: false, reason: tooLarge(limits) };
      const charset =
        params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1]).find(Boolean) ?? null;
      return { ok: true, page: { url: url.href, contentType, charset, bytes } };
    } catch (err) {
      return { ok: false, reason: failure(err, url, limits, signal) };
    }
  }
}

function request(url: URL, signal: AbortSignal, allowPrivate: boolean): Promise<IncomingMessage> {
  const get = url.protocol === 'https:' ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const req = get(url, {
      signal,
      lookup: allowPrivate ? undefined : publicLookup,
      headers: {
        'user-agent': 'Verbatim/0.1 (corpus ingestion)',
        accept: ACCEPTED_TYPES.join(', '),
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.once('response', resolve);
    req.once('error', reject);
  });
}

/** DNS lookup that fails when any address the name resolves to is not public. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const bad = addresses.find((a) => nonPublicRange(a.address));
    if (bad) {
      const error = new RefusedAddress(
        `${hostname} resolves to ${bad.address}, ${nonPublicRange(bad.address)}: refused; ${PRIVATE_HINT}`,
      );
      return callback(error, '', 0);
    }
    if (options.all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0]!;
    return callback(null, first.address, first.family);
  });
};

class RefusedAddress extends Error {}

/** The body, decompressed, or null when it passes `maxBytes`. */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  const stream: Readable =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? response.pipe(createGunzip())
      : encoding === 'deflate'
        ? response.pipe(createInflate())
        : encoding === 'br'
          ? response.pipe(createBrotliDecompress())
          : response;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      stream.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limits: FetchLimits): string {
  return `larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB; not read`;
}

function failure(err: unknown, url: URL, limits: FetchLimits, deadline: AbortSignal): string {
  if (err instanceof RefusedAddress) return err.message;
  const e = err as NodeJS.ErrnoException;
  // the deadline may end a body half read: that surfaces as "aborted", not as a timeout
  if (deadline.aborted || e?.name === 'TimeoutError' || e?.code === 'ABORT_ERR')
    return `no complete answer from ${url.host} within ${limits.timeoutMs / 1000} s`;
  if (e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN')
    return `the host ${url.hostname} was not found`;
  if (e?.code === 'ECONNREFUSED') return `${url.host} refused the connection`;
  return `could not fetch it (${e?.message ?? String(err)})`;
}
