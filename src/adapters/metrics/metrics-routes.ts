/**
 * `GET /metrics` (Prometheus text format) and `GET /readyz` as a Hono sub-app, for the one HTTP
 * server of the process to mount. `/readyz` says whether this instance should get traffic: the
 * corpus is loaded and every configured platform runs (`/healthz`, "alive", is the web server's).
 * @see https://prometheus.io/docs/instrumenting/exposition_formats/
 */
import { Hono } from 'hono';
import type { Registry } from 'prom-client';
import type { PlatformState, PlatformStatus } from '../../platform-status.js';

export interface MetricsRoutesDeps {
  registry: Registry;
  status: PlatformStatus;
  /** The platforms configured (`discord`, `slack`): one not reported yet counts as `starting`. */
  platforms: readonly string[];
  /** True once the corpus is loaded and answering. */
  corpusLoaded: () => boolean;
}

export function metricsRoutes(deps: MetricsRoutesDeps): Hono {
  const app = new Hono();
  app.get('/metrics', async (c) => {
    const text = await deps.registry.metrics();
    return c.body(text, 200, {
      'Content-Type': deps.registry.contentType,
      'Cache-Control': 'no-store',
    });
  });
  app.get('/readyz', (c) => {
    const reported = deps.status.states();
    const platforms: Record<string, PlatformState> = {};
    for (const name of deps.platforms) platforms[name] = reported[name] ?? 'starting';
    const corpus = deps.corpusLoaded() ? 'loaded' : 'loading';
    const ready = corpus === 'loaded' && Object.values(platforms).every((s) => s === 'running');
    c.header('Cache-Control', 'no-store');
    return c.json({ status: ready ? 'ready' : 'not ready', corpus, platforms }, ready ? 200 : 503);
  });
  return app;
}
