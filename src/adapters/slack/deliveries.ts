/**
 * Slack delivers an event again when it did not see a 200 within 3 seconds (`X-Slack-Retry-Num`
 * over HTTP, `retry_attempt` in Socket Mode); Bolt passes retries on as new events. This remembers
 * what was already taken, so a retried delivery is acknowledged but never answered a second time.
 * @see https://api.slack.com/apis/events-api#retries
 */

/** A bounded set of delivery keys (event_id, trigger_id) seen recently. */
export class DeliveryLog {
  private readonly seen = new Map<string, number>();

  /**
   * @param ttlMs how long a key is remembered; Slack retries within about an hour.
   * @param maxKeys bound on memory; the oldest keys go first.
   */
  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time a key is offered (take the work), false for a repeat (skip it). */
  claim(key: string): boolean {
    const t = this.now();
    this.expire(t);
    if (this.seen.has(key)) return false;
    this.seen.set(key, t);
    while (this.seen.size > this.maxKeys) {
      const oldest = this.seen.keys().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
    return true;
  }

  private expire(t: number): void {
    for (const [key, at] of this.seen) {
      if (t - at < this.ttlMs) break;
      this.seen.delete(key);
    }
  }
}

/** The key that identifies one delivery of a Slack payload, whatever its kind. */
export function deliveryKey(body: Record<string, unknown>): string | null {
  if (typeof body['event_id'] === 'string') return `event:${body['event_id']}`;
  if (typeof body['trigger_id'] === 'string') return `trigger:${body['trigger_id']}`;
  return null;
}
