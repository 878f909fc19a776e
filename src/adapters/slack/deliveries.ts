/**
 * Slack delivers an event again when it did not see a 200 within 3 seconds (`X-Slack-Retry-Num`
 * over HTTP, `retry_attempt` in Socket Mode); Bolt passes retries on as new events. The shared
 * state's delivery claims remember what was already taken (in Redis with REDIS_URL, so a retry
 * that reaches another instance is skipped too): a retry is acknowledged, never answered twice.
 * @see https://api.slack.com/apis/events-api#retries
 */

/** How long a delivery key is remembered: Slack's retries come within minutes. */
export const DELIVERY_TTL_MS = 10 * 60 * 1000;

/** The key that identifies one delivery of a Slack payload, whatever its kind. */
export function deliveryKey(body: Record<string, unknown>): string | null {
  if (typeof body['event_id'] === 'string') return `event:${body['event_id']}`;
  if (typeof body['trigger_id'] === 'string') return `trigger:${body['trigger_id']}`;
  return null;
}
