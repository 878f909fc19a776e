/**
 * `GET /healthz`: 200 `{"status":"ready","platforms":{…}}` while the process takes work and every
 * configured platform runs; 503 `"not ready"` while starting, stopping, or while a platform is down.
 * With no platform (the console), the site alone is ready.
 */
import { Hono } from 'hono';

export interface Health {
  /** True while the process takes work and every platform runs. */
  ready: () => boolean;
  /** Each platform's state (`{ discord: 'down', slack: 'running' }`). */
  platforms: () => Record<string, string>;
}

export function healthRoutes(health: Health): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => {
    const ready = health.ready();
    c.header('Cache-Control', 'no-store');
    return c.json(
      { status: ready ? 'ready' : 'not ready', platforms: health.platforms() },
      ready ? 200 : 503,
    );
  });
  return app;
}
