/**
 * `/metrics` and `/readyz` served over real HTTP on 127.0.0.1: the readiness answer follows the
 * corpus and the platforms, and the exposition parses with every series the README lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics, metricsRoutes } from '../../src/adapters/metrics/index.js';
import { PlatformStatus } from '../../src/platform-status.js';
import { seedCorpus } from '../helpers/seed-corpus.js';
import { parseExposition, valueOf } from './prometheus-text.js';
import { serveApp } from './serve.js';

const status = new PlatformStatus();
const metrics = createMetrics();
let corpusLoaded = false;
let server: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  server = await serveApp(
    metricsRoutes({
      registry: metrics.registry,
      status,
      platforms: ['discord', 'slack'],
      corpusLoaded: () => corpusLoaded,
    }),
  );
});
afterAll(() => server.close());

async function readyz(): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}/readyz`);
  return { status: res.status, body: await res.json() };
}

describe('GET /readyz', () => {
  it('GIVEN the corpus loading, then platforms coming up one by one THEN 503 naming each state until all run, then 200', async () => {
    expect(await readyz()).toEqual({
      status: 503,
      body: {
        status: 'not ready',
        corpus: 'loading',
        platforms: { discord: 'starting', slack: 'starting' },
      },
    });
    corpusLoaded = true;
    status.report('discord', 'running');
    expect(await readyz()).toEqual({
      status: 503,
      body: {
        status: 'not ready',
        corpus: 'loaded',
        platforms: { discord: 'running', slack: 'starting' },
      },
    });
    status.report('slack', 'running');
    expect(await readyz()).toEqual({
      status: 200,
      body: {
        status: 'ready',
        corpus: 'loaded',
        platforms: { discord: 'running', slack: 'running' },
      },
    });
    status.report('slack', 'down', 'token revoked');
    expect(await readyz()).toMatchObject({ status: 503, body: { platforms: { slack: 'down' } } });
  });
});

describe('GET /metrics', () => {
  it('GIVEN corpus gauges, a reload and a cooldown refusal THEN the exposition parses with them and the event-loop lag', async () => {
    const corpus = await seedCorpus();
    metrics.setCorpus(corpus);
    metrics.countReload();
    metrics.countCooldownRefusal('slack');
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(metrics.registry.contentType);
    const exposition = parseExposition(await res.text());
    expect(valueOf(exposition, 'verbatim_corpus_passages', { corpus: 'default' })).toBe(
      corpus.passages.size,
    );
    expect(valueOf(exposition, 'verbatim_corpus_documents', { corpus: 'default' })).toBe(
      corpus.documents.size,
    );
    expect(valueOf(exposition, 'verbatim_corpus_reloads_total', { corpus: 'default' })).toBe(1);
    expect(valueOf(exposition, 'verbatim_cooldown_refusals_total', { platform: 'slack' })).toBe(1);
    expect(exposition.types['nodejs_eventloop_lag_seconds']).toBe('gauge');
    expect(valueOf(exposition, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(exposition.types).toMatchObject({
      verbatim_commands_total: 'counter',
      verbatim_command_duration_seconds: 'histogram',
      verbatim_acknowledge_duration_seconds: 'histogram',
      verbatim_autocomplete_duration_seconds: 'histogram',
      verbatim_platform_api_errors_total: 'counter',
      verbatim_platform_rate_limits_total: 'counter',
    });
  });

  it('GIVEN two registries THEN counts in one never show in the other (no global registry)', async () => {
    const other = createMetrics();
    const exposition = parseExposition(await other.registry.metrics());
    expect(valueOf(exposition, 'verbatim_corpus_reloads_total', { corpus: 'default' })).toBe(
      undefined,
    );
  });
});
