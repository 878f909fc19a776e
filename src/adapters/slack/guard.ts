/**
 * One catch per incoming Slack event: the work runs tracked (so shutdown can wait for it), any
 * error is logged with scrubbed details, and the user gets a short ephemeral message instead.
 */
import { webApi } from '@slack/bolt';
import {
  answer,
  FAILURE_TEXT,
  responsePayload,
  STOPPING_TEXT,
  textMessage,
  type AnswerDeps,
  type FallbackTarget,
} from './answer.js';
import { cooldownMessage } from '../../shared-state/index.js';
import { errorFields } from './bolt-logger.js';
import { DELIVERY_TTL_MS } from './deliveries.js';
import type { SlackRuntime } from './runtime.js';

export interface GuardTarget {
  /** Where the failure message goes first. */
  responseUrl?: string;
  /** Where it goes when there is no response_url or it failed. */
  fallback: FallbackTarget | null;
}

/** What `answer` needs, from the runtime and the listener's client. */
export function answerDeps(rt: SlackRuntime, client: webApi.WebClient): AnswerDeps {
  const meter = rt.meter;
  if (meter && !rt.metered.has(client)) {
    rt.metered.add(client);
    // The client waits out a 429 and retries by itself; this event is the only sign of it.
    client.on(webApi.WebClientEvent.RATE_LIMITED, () => meter.rateLimited('slack'));
  }
  return {
    client,
    logger: rt.logger,
    responseUrlTimeoutMs: rt.responseUrlTimeoutMs,
    ...(meter ? { onApiError: () => meter.apiError('slack') } : {}),
  };
}

/** Acknowledges the request (Slack's 3 s deadline) and times it for the metrics. */
export async function acknowledge(rt: SlackRuntime, ack: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await ack();
  rt.meter?.acknowledged('slack', Date.now() - started);
}

/**
 * What every listener does after `ack()`: a delivery Slack repeats (same key) is skipped, while
 * shutting down the user is told to try again, and a user over the cooldown is told when to try
 * again. Returns whether to go on.
 */
export async function admitDelivery(
  rt: SlackRuntime,
  client: webApi.WebClient,
  key: string | null,
  bindings: Record<string, string | number>,
  target: GuardTarget,
  user: string,
): Promise<boolean> {
  if (key && !(await rt.deliveries.claim(key, DELIVERY_TTL_MS))) {
    rt.logger.info(bindings, 'repeated delivery skipped');
    return false;
  }
  if (!rt.accepting()) {
    await answer(
      answerDeps(rt, client),
      target.responseUrl,
      responsePayload(textMessage(STOPPING_TEXT), 'ephemeral'),
      target.fallback,
    );
    return false;
  }
  return !(await refusedByCooldown(rt, client, user, bindings, target));
}

/** Counts a command of `user`; when over the cooldown, tells them privately and returns true. */
export async function refusedByCooldown(
  rt: SlackRuntime,
  client: webApi.WebClient,
  user: string,
  bindings: Record<string, string | number>,
  target: GuardTarget,
): Promise<boolean> {
  const refusal = await rt.cooldown?.check('slack', user);
  if (!refusal) return false;
  rt.logger.info({ ...bindings, retryInMs: refusal.retryInMs }, 'command refused: cooldown');
  await answer(
    answerDeps(rt, client),
    target.responseUrl,
    responsePayload(textMessage(cooldownMessage(refusal.retryInMs)), 'ephemeral'),
    target.fallback,
  );
  return true;
}

/** Runs `work` tracked; on an exception logs it (with `bindings`) and tells the user briefly. */
export async function runGuarded(
  rt: SlackRuntime,
  client: webApi.WebClient,
  bindings: Record<string, string>,
  target: GuardTarget,
  work: () => Promise<void>,
): Promise<void> {
  await rt.work.run(async () => {
    try {
      await work();
    } catch (err) {
      rt.logger.error({ ...bindings, err: errorFields(err) }, 'slack listener failed');
      await answer(
        answerDeps(rt, client),
        target.responseUrl,
        responsePayload(textMessage(FAILURE_TEXT), 'ephemeral'),
        target.fallback,
      );
    }
  });
}
