/**
 * How the bot's REST client meets Discord's 429s and 5xx (the Client's `rest` options). Every rate
 * limit is logged with its route and wait. A rate-limited first response (the interaction callback
 * route) is handed back at once, because only the caller knows how much of its 3 s window is left
 * (first-response.ts); other routes wait, up to RATE_LIMIT_MAX_WAIT_MS. A 5xx or a dropped
 * connection is retried after exponential, jittered pauses: @discordjs/rest's own retries follow
 * each other with no pause, so they are turned off.
 * @see https://discord.com/developers/docs/topics/rate-limits
 */
import { DefaultRestOptions, type RateLimitData, type RESTOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { PlatformMeter } from '../../platform-meter.js';
import {
  RATE_LIMIT_MAX_WAIT_MS,
  REST_TIMEOUT_MS,
  SERVER_ERROR_BACKOFF_MS,
  SERVER_ERROR_RETRIES,
} from './limits.js';

/** @discordjs/rest's name for the route of every first response (reply, deferral, update). */
export const CALLBACK_ROUTE = '/interactions/:id/:token/callback';

type MakeRequest = RESTOptions['makeRequest'];

export interface RestPolicyOptions {
  logger: Logger;
  /** REST base URL (`…/api`); Discord's when null. */
  apiUrl: string | null;
  /** Jitter source (tests may fix it). */
  random?: () => number;
  /** The request function to wrap; @discordjs/rest's default when absent. */
  makeRequest?: MakeRequest;
  /** Counts every rate limit and every failed request (metrics). */
  meter?: Pick<PlatformMeter, 'apiError' | 'rateLimited'>;
}

/** The Client's `rest` options. */
export function restOptions(options: RestPolicyOptions): Partial<RESTOptions> {
  const { logger } = options;
  return {
    timeout: REST_TIMEOUT_MS,
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
    retries: 0,
    rejectOnRateLimit: (info: RateLimitData) => {
      options.meter?.rateLimited('discord');
      const firstResponse = info.route === CALLBACK_ROUTE;
      const tooLong = !firstResponse && info.retryAfter > RATE_LIMIT_MAX_WAIT_MS;
      logger.warn(
        {
          route: info.route,
          method: info.method,
          waitMs: info.retryAfter,
          global: info.global,
          scope: info.scope,
          ...(tooLong ? { gaveUp: true } : {}),
        },
        'rate limited by Discord',
      );
      return firstResponse || tooLong;
    },
    makeRequest: withServerErrorBackoff(
      counted(options.makeRequest ?? DefaultRestOptions.makeRequest, options.meter),
      logger,
      options.random ?? Math.random,
    ),
  };
}

/**
 * Counts every request Discord answered with an error status other than 429 (a rate limit is
 * counted where it is logged), or that never got an answer, including each retried attempt.
 */
function counted(makeRequest: MakeRequest, meter: RestPolicyOptions['meter']): MakeRequest {
  if (!meter) return makeRequest;
  return async (url, init) => {
    try {
      const response = await makeRequest(url, init);
      if (response.status >= 400 && response.status !== 429) meter.apiError('discord');
      return response;
    } catch (err) {
      meter.apiError('discord');
      throw err;
    }
  };
}

/**
 * Pause before retry `attempt` (0 for the first): `baseMs · 2^attempt`, of which a random half is
 * taken off, so clients that failed together do not come back together.
 */
export function backoffDelay(attempt: number, baseMs: number, random: () => number): number {
  const ceiling = baseMs * 2 ** attempt;
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/**
 * Retries 5xx answers and dropped connections with backoff, within the REST timeout (its signal
 * covers every attempt; when it fires during a pause, the last answer is handed back). First
 * responses are passed through untouched: first-response.ts retries them within their window.
 */
function withServerErrorBackoff(
  makeRequest: MakeRequest,
  logger: Logger,
  random: () => number,
): MakeRequest {
  return async (url, init) => {
    const route = routeOf(url);
    if (route === CALLBACK_ROUTE) return makeRequest(url, init);
    for (let attempt = 0; ; attempt++) {
      const retriesLeft = attempt < SERVER_ERROR_RETRIES;
      let outcome: Awaited<ReturnType<MakeRequest>> | Error;
      try {
        outcome = await makeRequest(url, init);
      } catch (err) {
        if (!retriesLeft || !isConnectionReset(err)) throw err;
        outcome = err;
      }
      if (!(outcome instanceof Error) && (outcome.status < 500 || !retriesLeft)) return outcome;
      const waitMs = backoffDelay(attempt, SERVER_ERROR_BACKOFF_MS, random);
      logger.warn(
        {
          route,
          method: init.method ?? 'GET',
          status: outcome instanceof Error ? 'connection reset' : outcome.status,
          attempt: attempt + 1,
          retryInMs: waitMs,
        },
        'Discord server error; retrying after a pause',
      );
      if (!(await pause(waitMs, init.signal ?? undefined))) {
        if (outcome instanceof Error) throw outcome;
        return outcome;
      }
      if (!(outcome instanceof Error)) await outcome.arrayBuffer().catch(() => undefined);
    }
  };
}

/**
 * The route of a REST URL with ids and tokens replaced, as @discordjs/rest names buckets in its
 * rate-limit data (`/webhooks/:id/:token/messages/%40original`): safe to log, unlike the URL.
 */
export function routeOf(url: string): string {
  const path = new URL(url).pathname.replace(/^.*?\/v\d+(?=\/)/, '');
  return path
    .replace(/^\/(interactions|webhooks)\/\d+\/[^/]+/, '/$1/:id/:token')
    .replace(/\d{17,20}/g, ':id');
}

function isConnectionReset(err: unknown): err is Error {
  if (!(err instanceof Error)) return false;
  return (err as { code?: unknown }).code === 'ECONNRESET' || err.message.includes('ECONNRESET');
}

/** Waits `ms`; false when `signal` aborted first (the REST timeout). */
function pause(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
