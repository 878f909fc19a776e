/**
 * Checks every POST to the events path before Bolt sees it: the timestamp within five minutes of
 * our clock on either side, the v0 signature, and a body Bolt can route. Bolt's own verifier only
 * refuses timestamps in the past (a request signed for tomorrow was taken), and Bolt throws on a
 * signed `payload=null` without ever answering. Refusals get 401 (not from Slack) or 400 (from
 * Slack but unreadable) and a warn line with the reason; no header value or secret is logged.
 * @see https://api.slack.com/authentication/verifying-requests-from-slack
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import {
  HTTPModuleFunctions,
  defaultBodyLimit,
  isRawBodyError,
  verifySlackRequest,
} from '@slack/bolt';
import type { Logger } from 'pino';
import { errorFields } from './bolt-logger.js';
import { malformedBody } from './request-shape.js';

/** How far a request's timestamp may be from our clock, either way (Slack's rule). */
const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

type RequestVerdict = { ok: true } | { ok: false; status: 400 | 401 | 413; reason: string };

const FORM = 'application/x-www-form-urlencoded';

/** Checks the timestamp (both sides of the window) and the signature of a request body. */
function verifySignedRequest(request: {
  signingSecret: string;
  timestamp: string | string[] | undefined;
  signature: string | string[] | undefined;
  body: string;
  nowMs: number;
}): RequestVerdict {
  const { timestamp, signature } = request;
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp))
    return refuse(401, 'missing or malformed x-slack-request-timestamp');
  const skew = Number(timestamp) - Math.floor(request.nowMs / 1000);
  if (Math.abs(skew) > TIMESTAMP_WINDOW_SECONDS) {
    const side = skew > 0 ? 'ahead of' : 'behind';
    return refuse(
      401,
      `request timestamp ${Math.abs(skew)} s ${side} our clock (the limit is ${TIMESTAMP_WINDOW_SECONDS} s either way)`,
    );
  }
  if (typeof signature !== 'string') return refuse(401, 'missing x-slack-signature');
  try {
    verifySlackRequest({
      signingSecret: request.signingSecret,
      body: request.body,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      nowMilliseconds: request.nowMs,
    });
  } catch (err) {
    return refuse(401, errorFields(err).message.replace(/^Failed to verify authenticity: /, ''));
  }
  return { ok: true };
}

/**
 * Wraps Bolt's request listener: POSTs to `path` are read, checked and, when sound, handed on with
 * the body already read (Bolt reuses `req.rawBody` and verifies again, harmlessly).
 */
export function checkedRequestListener(
  boltListener: RequestListener,
  options: { path: string; signingSecret: string; logger: Logger; now?: () => number },
): RequestListener {
  const now = options.now ?? Date.now;
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || path !== options.path) {
      boltListener(req, res);
      return;
    }
    void handOn(req, res, boltListener, options, now());
  };
}

async function handOn(
  req: IncomingMessage,
  res: ServerResponse,
  boltListener: RequestListener,
  options: { signingSecret: string; logger: Logger },
  nowMs: number,
): Promise<void> {
  try {
    const verdict = await checkRequest(req, options.signingSecret, nowMs);
    if (!verdict.ok) {
      options.logger.warn(
        { status: verdict.status, reason: verdict.reason },
        'slack request refused',
      );
      answerEmpty(res, verdict.status);
      return;
    }
    boltListener(req, res);
  } catch (err) {
    options.logger.error({ err: errorFields(err) }, 'slack request handler failed');
    answerEmpty(res, 500);
  }
}

/** Reads the body onto `req.rawBody` (where Bolt looks for it) and checks the request. */
async function checkRequest(
  req: IncomingMessage,
  signingSecret: string,
  nowMs: number,
): Promise<RequestVerdict> {
  let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.bufferIncomingMessage>>;
  try {
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, defaultBodyLimit);
  } catch (err) {
    if (isRawBodyError(err) && err.statusCode === 413)
      return refuse(413, `body over ${defaultBodyLimit} bytes`);
    return refuse(400, `unreadable body (${errorFields(err).message})`);
  }
  const text = buffered.rawBody.toString();
  const isForm = req.headers['content-type'] === FORM;
  // Slack's unsigned SSL check: Bolt answers it and drops anything else in the body.
  if (isForm && parseQuery(text)['ssl_check'] === '1') return { ok: true };
  const signed = verifySignedRequest({
    signingSecret,
    timestamp: req.headers['x-slack-request-timestamp'],
    signature: req.headers['x-slack-signature'],
    body: text,
    nowMs,
  });
  if (!signed.ok) return signed;
  let body: unknown;
  try {
    // Bolt's own parser, so the shape checked is the one Bolt routes on.
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    // JSON.parse quotes the body in its message: not logged.
    return refuse(400, 'malformed body: not valid JSON');
  }
  const malformed = malformedBody(body);
  return malformed ? refuse(400, `malformed body: ${malformed}`) : { ok: true };
}

function refuse(status: 400 | 401 | 413, reason: string): RequestVerdict {
  return { ok: false, status, reason };
}

function answerEmpty(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}
