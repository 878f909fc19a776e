/**
 * Getting an answer to the user: POST to the `response_url` Slack gave us (bounded by a timeout),
 * and when that fails, `chat.postEphemeral` to the same person. Echoed text never unfurls.
 * @see https://api.slack.com/interactivity/handling#message_responses
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Reply } from '../../core/index.js';
import { errorFields } from './bolt-logger.js';
import { SLACK_NETWORK } from './limits.js';
import type { SlackMessage } from './render-slack.js';

/** What we POST to a response_url. */
export interface ResponsePayload extends SlackMessage {
  response_type: 'in_channel' | 'ephemeral';
  replace_original: boolean;
  unfurl_links: false;
  unfurl_media: false;
}

/** Where the fallback ephemeral message goes when the response_url fails. */
export interface EphemeralTarget {
  channel: string;
  user: string;
  thread_ts?: string;
}

/** The short message users see when something failed on our side (details are in the log). */
export const FAILURE_TEXT =
  'Sorry, something went wrong while answering. It has been logged; please try again.';
/** What users see when they ask while the app is shutting down. */
export const STOPPING_TEXT = 'Verbatim is restarting. Please try again in a moment.';

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

/** POSTs to a response_url; throws on a non-2xx answer or after the timeout. */
export async function postToResponseUrl(
  url: string,
  payload: ResponsePayload,
  timeoutMs: number = SLACK_NETWORK.responseUrlTimeoutMs,
): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(timeoutMs),
  });
  // Drain the body so the connection can be reused.
  await res.text().catch(() => '');
  if (!res.ok) throw new Error(`response_url answered HTTP ${res.status}`);
}

/**
 * Answers through the response_url; on failure falls back to `chat.postEphemeral`.
 * Returns how the answer went out, or `failed` when both ways failed (logged).
 */
export async function answer(
  deps: { client: webApi.WebClient; logger: Logger },
  responseUrl: string | undefined,
  payload: ResponsePayload,
  fallback: EphemeralTarget | null,
): Promise<'response_url' | 'ephemeral' | 'failed'> {
  if (responseUrl) {
    try {
      await postToResponseUrl(responseUrl, payload);
      return 'response_url';
    } catch (err) {
      deps.logger.warn(
        { err: errorFields(err) },
        'response_url failed; falling back to chat.postEphemeral',
      );
    }
  }
  if (!fallback) return 'failed';
  try {
    await deps.client.chat.postEphemeral({
      channel: fallback.channel,
      user: fallback.user,
      ...(fallback.thread_ts ? { thread_ts: fallback.thread_ts } : {}),
      text: payload.text,
      blocks: payload.blocks,
    });
    return 'ephemeral';
  } catch (err) {
    deps.logger.error(
      { err: errorFields(err) },
      'chat.postEphemeral failed; the user got no answer',
    );
    return 'failed';
  }
}
