/**
 * One POST to a Slack `response_url`, and what it tells us: the answer was posted, Slack surely
 * did not post it (the connection was refused, or Slack answered with an error status), or we
 * cannot know (the request left and then timed out or was cut off).
 * @see https://api.slack.com/interactivity/handling#message_responses
 */
import { scrubSecrets } from './bolt-logger.js';

export type ResponseUrlOutcome =
  | { kind: 'delivered' }
  /** Not posted: safe to send the answer another way. */
  | { kind: 'refused'; reason: string }
  /** May have been posted: sending it again could show it twice. */
  | { kind: 'unknown'; reason: string };

/**
 * Network errors raised before a request is sent (no connection, no name, no TLS), so Slack
 * cannot have seen it. A reset or a timeout may come after Slack read the request: not listed.
 */
const NEVER_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_INVALID_URL',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Longest piece of Slack's error body kept for the log (`expired_url`, `used_url`, …). */
const REASON_BODY_MAX = 100;

/** POSTs `payload` as JSON; never throws. */
export async function postToResponseUrl(
  url: string,
  payload: unknown,
  timeoutMs: number,
): Promise<ResponseUrlOutcome> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    return classifyFailure(err, timeoutMs);
  }
  // The status is Slack's verdict; the body only says why. Reading it also frees the connection.
  const body = await res.text().catch(() => '');
  if (res.ok) return { kind: 'delivered' };
  const why = scrubSecrets(body.trim().slice(0, REASON_BODY_MAX));
  return { kind: 'refused', reason: `HTTP ${res.status}${why ? ` ${why}` : ''}` };
}

function classifyFailure(err: unknown, timeoutMs: number): ResponseUrlOutcome {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'))
    return { kind: 'unknown', reason: `no answer within ${timeoutMs} ms` };
  const code = networkCode(err);
  if (code && NEVER_SENT.has(code))
    return { kind: 'refused', reason: `connection failed (${code})` };
  return { kind: 'unknown', reason: `connection failed (${code ?? 'no code'})` };
}

/** The system error code under fetch's "fetch failed" (`cause.code`, or the first of several). */
function networkCode(err: unknown): string | null {
  const cause = (err as { cause?: unknown } | null)?.cause ?? err;
  const code =
    (cause as { code?: unknown }).code ??
    (cause as { errors?: { code?: unknown }[] }).errors?.[0]?.code;
  return typeof code === 'string' ? code : null;
}
