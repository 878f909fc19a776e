/**
 * Slack's Web API client waits out a 429 and retries by itself: its `rate_limited` event is the
 * only sign, so every client a listener gets is counted once, however many answers it sends.
 */
import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { answerDeps } from '../../src/adapters/slack/guard.js';
import type { SlackRuntime } from '../../src/adapters/slack/runtime.js';
import { silentLogger } from '../../src/logger.js';
import type { PlatformMeter } from '../../src/platform-meter.js';

function recordingMeter(): { meter: PlatformMeter; calls: string[] } {
  const calls: string[] = [];
  const meter: PlatformMeter = {
    commandAnswered: (p, e) => void calls.push(`command ${p} ${e.command}`),
    acknowledged: (p) => void calls.push(`ack ${p}`),
    autocompleted: (p) => void calls.push(`autocomplete ${p}`),
    apiError: (p) => void calls.push(`api-error ${p}`),
    rateLimited: (p) => void calls.push(`rate-limited ${p}`),
  };
  return { meter, calls };
}

describe('answerDeps with a meter', () => {
  it('GIVEN the same client twice and a 429 THEN one rate limit is counted; a failed call is an API error', () => {
    const { meter, calls } = recordingMeter();
    const rt = {
      logger: silentLogger(),
      responseUrlTimeoutMs: 1000,
      meter,
      metered: new WeakSet<webApi.WebClient>(),
    } as unknown as SlackRuntime;
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: 'http://127.0.0.1:9/api/' });
    answerDeps(rt, client);
    const deps = answerDeps(rt, client);
    client.emit(webApi.WebClientEvent.RATE_LIMITED, 1, { url: 'chat.postMessage', body: {} });
    deps.onApiError?.();
    expect(calls).toEqual(['rate-limited slack', 'api-error slack']);
  });

  it('GIVEN no meter THEN nothing listens and no error hook is set', () => {
    const rt = {
      logger: silentLogger(),
      responseUrlTimeoutMs: 1000,
      metered: new WeakSet<webApi.WebClient>(),
    } as unknown as SlackRuntime;
    const client = new webApi.WebClient('xoxb-test');
    const deps = answerDeps(rt, client);
    expect(deps.onApiError).toBeUndefined();
    expect(client.listenerCount(webApi.WebClientEvent.RATE_LIMITED)).toBe(0);
  });
});
