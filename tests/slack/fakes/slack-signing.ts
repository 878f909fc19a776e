/**
 * Signs requests the way Slack does (v0 HMAC-SHA256 of `v0:{timestamp}:{body}`) and sends them to
 * Bolt's HTTP receiver on 127.0.0.1.
 * @see https://api.slack.com/authentication/verifying-requests-from-slack
 */
import { createHmac } from 'node:crypto';

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function signSlackRequest(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Overrides the computed signature (to send a bad one). */
  signature?: string;
  /** Sets X-Slack-Retry-Num (and a retry reason). */
  retryNum?: number;
}

/** POSTs a signed body to Bolt's endpoint; returns the HTTP status and body text. */
export async function sendSigned(
  port: number,
  body: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  options: SendOptions,
): Promise<{ status: number; body: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? signSlackRequest(options.secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers,
    body,
  });
  return { status: res.status, body: await res.text() };
}

/** A slash command as Slack form-encodes it. */
export function slashCommandBody(fields: {
  command: string;
  text: string;
  responseUrl: string;
  triggerId: string;
  channel?: string;
  user?: string;
  /** The workspace it comes from (T0TEST by default). */
  team?: string;
}): string {
  return new URLSearchParams({
    token: 'verification-token-unused',
    team_id: fields.team ?? 'T0TEST',
    team_domain: 'loopback',
    channel_id: fields.channel ?? 'C0CHAN',
    channel_name: 'general',
    user_id: fields.user ?? 'U0ASKER',
    user_name: 'asker',
    command: fields.command,
    text: fields.text,
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId,
  }).toString();
}

/** An interactivity payload (`payload=<json>`), form-encoded. */
export function interactivityBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
