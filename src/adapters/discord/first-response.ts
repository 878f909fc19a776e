/**
 * The first response to an interaction (reply, deferral, update, autocomplete choices) must reach
 * Discord within 3 s of the interaction, or the user sees "The application did not respond" and
 * every later call with its token fails with "Unknown interaction". A 429 or 5xx on it is retried
 * here, but only when the retry still starts inside the window; otherwise it gives up at once.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
import { HTTPError, RateLimitError } from 'discord.js';
import type { Logger } from 'pino';
import {
  FIRST_RESPONSE_BACKOFF_MS,
  FIRST_RESPONSE_DEADLINE_MS,
  FIRST_RESPONSE_MARGIN_MS,
} from './limits.js';
import { CALLBACK_ROUTE, backoffDelay } from './rest-policy.js';

/** Sends one first response (a discord.js call such as `() => interaction.reply(…)`). */
export type FirstResponse = <T>(send: () => Promise<T>) => Promise<T>;

/** Why a first response could not be sent in time; the interaction is lost. */
export class FirstResponseMissed extends Error {
  override name = 'FirstResponseMissed';
  constructor(
    /** `rate-limited` (429) or `server-error` (5xx). */
    readonly reason: 'rate-limited' | 'server-error',
    readonly status: number,
    /** The wait Discord asked for, or the next backoff pause, in ms. */
    readonly waitMs: number,
    readonly attempts: number,
  ) {
    super(
      `first response ${reason} (${status}); retrying in ${waitMs} ms would miss the 3 s window`,
    );
  }
}

/**
 * The last moment a first response may be (re)sent. Counted from when the interaction reached the
 * bot, not from its snowflake's timestamp, which the host's clock may not agree with.
 */
export function firstResponseDeadline(receivedAt: number): number {
  return receivedAt + FIRST_RESPONSE_DEADLINE_MS - FIRST_RESPONSE_MARGIN_MS;
}

export function firstResponder(options: {
  /** Epoch ms, from `firstResponseDeadline`. */
  deadline: number;
  logger: Logger;
  interactionId: string;
  random?: () => number;
}): FirstResponse {
  const { deadline, logger, interactionId } = options;
  const random = options.random ?? Math.random;
  return async <T>(send: () => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await send();
      } catch (err) {
        const retry = retryOf(err, attempt, random);
        if (!retry) throw err;
        if (Date.now() + retry.waitMs > deadline) {
          throw new FirstResponseMissed(retry.reason, retry.status, retry.waitMs, attempt + 1);
        }
        logger.warn(
          { interactionId, route: CALLBACK_ROUTE, status: retry.status, retryInMs: retry.waitMs },
          'first response refused by Discord; retrying within its 3 s window',
        );
        await new Promise((resolve) => setTimeout(resolve, retry.waitMs));
      }
    }
  };
}

function retryOf(
  err: unknown,
  attempt: number,
  random: () => number,
): { reason: 'rate-limited' | 'server-error'; status: number; waitMs: number } | null {
  // Thrown by @discordjs/rest because rest-policy.ts rejects rate limits on this route.
  if (err instanceof RateLimitError)
    return { reason: 'rate-limited', status: 429, waitMs: err.retryAfter };
  if (err instanceof HTTPError && err.status >= 500) {
    const waitMs = backoffDelay(attempt, FIRST_RESPONSE_BACKOFF_MS, random);
    return { reason: 'server-error', status: err.status, waitMs };
  }
  return null;
}
