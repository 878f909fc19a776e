/**
 * End to end, HTTP mode, with metrics and PUBLIC_URL wired as `npm start` wires them: the real
 * Bolt App on 127.0.0.1 and the fake Slack. The Open link arrives in what Slack received, and
 * /metrics counts the commands, acknowledgements and a failed response_url.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, metricsRoutes } from '../../src/adapters/metrics/index.js';
import { startSlack, type RunningSlack } from '../../src/adapters/slack/index.js';
import { COMMANDS } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { PlatformStatus } from '../../src/platform-status.js';
import { parseExposition, valueOf } from '../metrics/prometheus-text.js';
import { serveApp } from '../metrics/serve.js';
import { seedCorpus } from '../helpers/seed-corpus.js';
import { FakeSlack } from './fakes/fake-slack.js';
import { sendSigned, slashCommandBody } from './fakes/slack-signing.js';
import { SIGNING_SECRET, slackConfig } from './helpers.js';

const SITE = 'https://verbatim.example.org';
const FORM = 'application/x-www-form-urlencoded' as const;

let fake: FakeSlack;
let app: RunningSlack;
let server: Awaited<ReturnType<typeof serveApp>>;
const metrics = createMetrics();
const status = new PlatformStatus();
let trigger = 0;

beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  const corpus = await seedCorpus();
  app = await startSlack({
    config: slackConfig({ apiUrl: fake.apiUrl }),
    corpus,
    commands: COMMANDS,
    logger: silentLogger(),
    status,
    meter: metrics.meter,
    publicUrl: SITE,
  });
  server = await serveApp(
    metricsRoutes({
      registry: metrics.registry,
      status,
      platforms: ['slack'],
      corpusLoaded: () => true,
    }),
  );
});
afterAll(async () => {
  await app?.stop(5000);
  await fake?.close();
  await server?.close();
});

function slash(command: string, text: string, responseId: string) {
  const body = slashCommandBody({
    command,
    text,
    responseUrl: fake.responseUrl(responseId),
    triggerId: `${++trigger}.1111.trigger`,
  });
  return sendSigned(app.port!, body, FORM, { secret: SIGNING_SECRET });
}

describe('Slack with PUBLIC_URL and metrics', () => {
  it('GIVEN /quote THEN each quote’s context block at the response_url ends with an Open link to its page', async () => {
    await slash('/quote', 'gold venezuela', 'open-links');
    const post = await fake.waitFor('response', (r) => r.id === 'open-links');
    const blocks = post.body['blocks'] as { type: string; elements?: { text: string }[] }[];
    const contexts = blocks.filter((b) => b.type === 'context' && b.elements!.length === 3);
    expect(contexts.length).toBeGreaterThan(0);
    for (const context of contexts) {
      const id = /quote `([^`]+)`/.exec(context.elements![0]!.text)![1]!;
      expect(context.elements![2]!.text).toBe(`<${SITE}/q/${id}|Open>`);
    }
  });

  it('GIVEN commands and a response_url Slack refuses THEN /metrics counts them by command and outcome, the acks and the API error', async () => {
    await slash('/verify', 'The Bank of England is refusing to give gold back to Venezuela', 'v1');
    await fake.waitFor('response', (r) => r.id === 'v1');
    fake.failResponse('gone', 404, 'expired_url');
    await slash('/quote', 'coup', 'gone');
    // The refused response_url falls back to chat.postMessage.
    await fake.waitFor('api', (c) => c.method === 'chat.postMessage');

    const exposition = parseExposition(await (await fetch(`${server.url}/metrics`)).text());
    const slack = { platform: 'slack' };
    expect(
      valueOf(exposition, 'verbatim_commands_total', { ...slack, command: 'quote', outcome: 'ok' }),
    ).toBe(2);
    expect(
      valueOf(exposition, 'verbatim_commands_total', {
        ...slack,
        command: 'verify',
        outcome: 'ok',
      }),
    ).toBe(1);
    expect(valueOf(exposition, 'verbatim_acknowledge_duration_seconds_count', slack)).toBe(3);
    expect(valueOf(exposition, 'verbatim_platform_api_errors_total', slack)).toBe(1);
  });
});
