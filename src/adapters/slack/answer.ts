/**
 * Getting an answer to the user exactly once: POST to the `response_url` Slack gave us, and only
 * when Slack said no (or the request never left) send it through the Web API instead, keeping the
 * visibility asked for: `chat.postMessage` for a public answer, `chat.postEphemeral` for a private
 * one. Echoed text never unfurls.
 * @see https://api.slack.com/interactivity/handling#message_responses
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Reply } from '../../core/index.js';
import { errorFields, platformErrorCode } from './bolt-logger.js';
import { postToResponseUrl } from './response-url.js';
import type { SlackMessage } from './render-slack.js';

/** What we POST to a response_url. */
export interface ResponsePayload extends SlackMessage {
  response_type: 'in_channel' | 'ephemeral';
  replace_original: boolean;
  unfurl_links: false;
  unfurl_media: false;
}

/** Where an answer goes through the Web API when the response_url cannot take it. */
export interface FallbackTarget {
  channel: string;
  /** Who sees a private (ephemeral) answer. */
  user: string;
  thread_ts?: string;
}

/** What `answer` needs besides the message. */
export interface AnswerDeps {
  client: webApi.WebClient;
  logger: Logger;
  /** How long to wait for the response_url to answer, in ms. */
  responseUrlTimeoutMs: number;
  /** Told of every call to Slack that failed (the metrics count them). */
  onApiError?: () => void;
}

/**
 * How an answer went out: through the `response_url`; as a public `message` or an `ephemeral` one
 * through the Web API; `unconfirmed` when the response_url never said how it went (no fallback,
 * see `answer`); `failed` when every way failed. Every outcome but `response_url` is logged.
 */
export type Delivery = 'response_url' | 'message' | 'ephemeral' | 'unconfirmed' | 'failed';

/** The short message users see when something failed on our side (details are in the log). */
export const FAILURE_TEXT =
  'Sorry, something went wrong while answering. It has been logged; please try again.';
/** What users see when they ask while the app is shutting down. */
export const STOPPING_TEXT = 'Verbatim is restarting. Please try again in a moment.';

/** chat.postMessage errors that mean the bot may not post in the channel, though the user may see it. */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);

/** Public in the channel unless the reply is private, an error, or the user asked for privacy. */
export function responseType(
  reply: Reply,
  askedPrivate: boolean,
): ResponsePayload['response_type'] {
  return reply.type === 'error' || reply.visibility === 'private' || askedPrivate
    ? 'ephemeral'
    : 'in_channel';
}

export function responsePayload(
  message: SlackMessage,
  response_type: ResponsePayload['response_type'],
  replace_original = false,
): ResponsePayload {
  return { response_type, replace_original, ...message, unfurl_links: false, unfurl_media: false };
}

/** A plain short text message (escaped by the caller when it echoes anything). */
export function textMessage(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }] };
}

/**
 * Answers through the response_url; falls back to the Web API only when the response_url surely
 * did not post the message.
 *
 * Why a timeout is not a failure: a POST that has left may still be posted by Slack after we stop
 * waiting, and aborting it (AbortSignal) closes our side of the connection without taking back
 * what Slack already received. Falling back then is how users got the answer twice. So only a
 * definite "no" falls back: a refused connection (nothing was sent) or an HTTP error status from
 * Slack (`404 expired_url`, `used_url`, a 5xx). A timeout or a connection dropped mid-request is
 * logged as `unconfirmed` and not repeated: at most one answer when we cannot know, exactly one
 * whenever Slack tells us.
 */
export async function answer(
  deps: AnswerDeps,
  responseUrl: string | undefined,
  payload: ResponsePayload,
  fallback: FallbackTarget | null,
): Promise<Delivery> {
  // Why the response_url was not used; null when there was none (mentions answer this way).
  let reason: string | null = null;
  if (responseUrl) {
    const outcome = await postToResponseUrl(responseUrl, payload, deps.responseUrlTimeoutMs);
    if (outcome.kind === 'delivered') return 'response_url';
    deps.onApiError?.();
    if (outcome.kind === 'unknown') {
      deps.logger.warn(
        { reason: outcome.reason, responseType: payload.response_type },
        'response_url did not confirm the answer; not sending it again, since it may still be posted',
      );
      return 'unconfirmed';
    }
    reason = outcome.reason;
  }
  if (!fallback) {
    deps.logger.error(
      { reason: reason ?? 'no response_url' },
      'no way to answer: the response_url failed and there is no channel to post in',
    );
    return 'failed';
  }
  if (payload.response_type === 'in_channel') return postPublicly(deps, payload, fallback, reason);
  if (reason)
    deps.logger.warn({ reason }, 'response_url failed; answering with chat.postEphemeral');
  return postEphemerally(deps, payload, fallback);
}

async function postPublicly(
  deps: AnswerDeps,
  payload: ResponsePayload,
  to: FallbackTarget,
  reason: string | null,
): Promise<Delivery> {
  if (reason)
    deps.logger.warn(
      { reason },
      'response_url failed; answering in the channel with chat.postMessage',
    );
  try {
    await deps.client.chat.postMessage({
      channel: to.channel,
      ...(to.thread_ts ? { thread_ts: to.thread_ts } : {}),
      text: payload.text,
      blocks: payload.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    return 'message';
  } catch (err) {
    deps.onApiError?.();
    const code = platformErrorCode(err);
    if (code && NOT_A_MEMBER.has(code)) {
      deps.logger.warn(
        { code },
        `chat.postMessage refused (${code}): the bot is not in the channel, so the public answer goes to the asker only, with chat.postEphemeral`,
      );
      return postEphemerally(deps, payload, to);
    }
    // Anything else may or may not have posted (a timeout, a dropped connection): not repeated.
    deps.logger.error({ err: errorFields(err) }, 'chat.postMessage failed; the user got no answer');
    return 'failed';
  }
}

async function postEphemerally(
  deps: AnswerDeps,
  payload: ResponsePayload,
  to: FallbackTarget,
): Promise<Delivery> {
  try {
    await deps.client.chat.postEphemeral({
      channel: to.channel,
      user: to.user,
      ...(to.thread_ts ? { thread_ts: to.thread_ts } : {}),
      text: payload.text,
      blocks: payload.blocks,
    });
    return 'ephemeral';
  } catch (err) {
    deps.onApiError?.();
    deps.logger.error(
      { err: errorFields(err) },
      'chat.postEphemeral failed; the user got no answer',
    );
    return 'failed';
  }
}
