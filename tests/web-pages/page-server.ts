/**
 * Serves the page groups on 127.0.0.1 (a free port) for the tests, inside a minimal layout of
 * their own (the site's real layout lives with the server). No Content-Security-Policy on purpose:
 * the hostile-corpus tests prove that escaping alone keeps corpus text inert.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { COMMANDS, Scheduler, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import type { RenderPage } from '../../src/adapters/web/render-page.js';
import type { SiteDeps } from '../../src/adapters/web/site-deps.js';
import { sourcesRoutes, timelineRoutes, verifyRoutes } from '../../src/adapters/web/pages/index.js';

export const testRender: RenderPage = async (c, page) => {
  const body = await page.body;
  return c.html(
    html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>${page.title} · Verbatim</title>
        </head>
        <body>
          <header>
            <a href="/sources">Sources</a> <a href="/timeline">Timeline</a>
            <a href="/verify">Verify</a>
          </header>
          <main>${body}</main>
        </body>
      </html>`,
    (page.status ?? 200) as 200,
  );
};

export function testDeps(corpus: Corpus): SiteDeps {
  return {
    corpus,
    commands: COMMANDS,
    logger: silentLogger(),
    scheduler: new Scheduler(),
    now: () => new Date('2026-11-23T12:00:00Z'),
  };
}

/** Every page group mounted as the site will, plus a stand-in quote page for the links. */
export function pagesApp(corpus: Corpus, options: { timelinePageSize?: number } = {}): Hono {
  const deps = testDeps(corpus);
  const app = new Hono();
  app.route('/', timelineRoutes(deps, testRender, { pageSize: options.timelinePageSize }));
  app.route('/', verifyRoutes(deps, testRender));
  app.route('/', sourcesRoutes(deps, testRender));
  app.get('/q/:id', (c) =>
    testRender(c, { title: 'Quote', body: html`<h1>Quote ${c.req.param('id')}</h1>` }),
  );
  return app;
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `app` on 127.0.0.1 with a port the system picks. */
export function serveOnLoopback(app: Hono): Promise<RunningServer> {
  return new Promise((resolve) => {
    const server: ServerType = serve(
      { fetch: app.fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) =>
        resolve({
          url: `http://127.0.0.1:${info.port}`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        }),
    );
  });
}
