/**
 * End to end with metrics and PUBLIC_URL wired as `npm start` wires them: the real discord.js
 * Client against the fake Discord. The Open link arrives in what Discord received, and /metrics,
 * served over HTTP, counts the commands, acknowledgements, autocomplete and rate limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../src/adapters/discord/index.js';
import { createMetrics, metricsRoutes } from '../../src/adapters/metrics/index.js';
import { COMMANDS, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import type { RunningPlatform } from '../../src/platform.js';
import { PlatformStatus } from '../../src/platform-status.js';
import { parseExposition, valueOf, type Exposition } from '../metrics/prometheus-text.js';
import { serveApp } from '../metrics/serve.js';
import { FAKE_APP_ID, FAKE_TOKEN, FakeDiscord } from './fake-discord.js';
import { loadTestCorpus } from './harness.js';
import { autocomplete, chatInput } from './interactions.js';

const SITE = 'https://verbatim.example.org';

let corpus: Corpus;
let cleanup: () => Promise<void>;
let fake: FakeDiscord;
let platform: RunningPlatform;
let server: Awaited<ReturnType<typeof serveApp>>;
const metrics = createMetrics();
const status = new PlatformStatus();

beforeAll(async () => {
  ({ corpus, cleanup } = await loadTestCorpus(silentLogger()));
  metrics.setCorpus(corpus);
  server = await serveApp(
    metricsRoutes({
      registry: metrics.registry,
      status,
      platforms: ['discord'],
      corpusLoaded: () => true,
    }),
  );
  fake = await FakeDiscord.start();
  platform = await startDiscord({
    config: {
      token: FAKE_TOKEN,
      applicationId: FAKE_APP_ID,
      guildId: null,
      apiUrl: fake.apiUrl,
      mode: 'gateway',
      publicKey: null,
    },
    corpus,
    commands: COMMANDS,
    logger: silentLogger(),
    status,
    meter: metrics.meter,
    publicUrl: SITE,
  });
});
afterAll(async () => {
  await platform?.stop(5000);
  await fake?.close();
  await server?.close();
  await cleanup?.();
});

async function callbackOf(interaction: Record<string, unknown>) {
  fake.sendInteraction(interaction);
  const id = String(interaction['id']);
  return fake.waitForAnswered(
    (r) =>
      r.kind === 'interaction-callback' &&
      r.path.includes(`/interactions/${id}/`) &&
      r.status === 204,
  );
}

async function scrape(): Promise<Exposition> {
  const res = await fetch(`${server.url}/metrics`);
  return parseExposition(await res.text());
}

describe('Discord with PUBLIC_URL and metrics', () => {
  it('GIVEN /quote THEN every quote embed Discord received links to its page on the site', async () => {
    const callback = await callbackOf(chatInput('quote', { query: 'gold venezuela' }));
    const embeds = (callback.body as { data: { embeds: Record<string, unknown>[] } }).data.embeds;
    const quoteEmbeds = embeds.filter((e) =>
      String((e['footer'] as { text?: string })?.text ?? '').startsWith('Quote '),
    );
    expect(quoteEmbeds.length).toBeGreaterThan(0);
    for (const embed of quoteEmbeds) {
      const id = /^Quote (\S+)/.exec((embed['footer'] as { text: string }).text)![1]!;
      expect(embed['url']).toBe(`${SITE}/q/${id}`);
      expect(embed['fields']).toContainEqual({
        name: 'Quote page',
        value: `[Open](${SITE}/q/${id})`,
        inline: false,
      });
    }
  });

  it('GIVEN commands, a bad option, autocomplete, a rate-limited reply and a 503 THEN /metrics counts each with its labels', async () => {
    const before = await scrape();
    const count = (e: Exposition, name: string, labels: Record<string, string>) =>
      valueOf(e, name, labels) ?? 0;
    const delta = (name: string, labels: Record<string, string>) =>
      count(after, name, labels) - count(before, name, labels);
    await callbackOf(chatInput('quote', { query: 'coup' }));
    await callbackOf(chatInput('quote', { query: 'gold', speaker: 'Nobody Known At All' }));
    await callbackOf(autocomplete('quote', { query: 'venez' }, 'query'));
    fake.failNext('interaction-callback', 1, { status: 429, retryAfterS: 0.2 });
    await callbackOf(chatInput('help', {}));
    fake.failNext('interaction-callback', 1, { status: 503 });
    await callbackOf(chatInput('source', {}));

    const after = await scrape();
    const discord = { platform: 'discord' };
    const quote = { platform: 'discord', command: 'quote' };
    expect(delta('verbatim_commands_total', { ...quote, outcome: 'ok' })).toBe(1);
    expect(delta('verbatim_commands_total', { ...quote, outcome: 'unknown-speaker' })).toBe(1);
    expect(delta('verbatim_commands_total', { ...discord, command: 'help', outcome: 'ok' })).toBe(
      1,
    );
    expect(delta('verbatim_command_duration_seconds_count', quote)).toBe(2);
    // Four replies (retried after the 429 and the 503); autocomplete has its own histogram.
    expect(delta('verbatim_acknowledge_duration_seconds_count', discord)).toBe(4);
    expect(delta('verbatim_autocomplete_duration_seconds_count', discord)).toBe(1);
    expect(delta('verbatim_platform_rate_limits_total', discord)).toBe(1);
    expect(delta('verbatim_platform_api_errors_total', discord)).toBe(1);
    expect(valueOf(after, 'verbatim_corpus_passages', { corpus: 'default' })).toBe(
      corpus.passages.size,
    );
  });

  it('GIVEN the gateway session is up THEN /readyz answers 200', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ready',
      corpus: 'loaded',
      platforms: { discord: 'running' },
    });
  });
});
