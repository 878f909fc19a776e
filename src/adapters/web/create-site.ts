/**
 * The web site as one Hono app: security headers on every answer, the stylesheet, `/healthz`, the
 * quote and search pages, and the routes other parts of the process mount (`mount`). Unknown paths
 * get a 404 page; a failure gets a short 500 page while the log gets the stack.
 * @see https://hono.dev/docs/api/routing
 */
import { sourcesRoutes, timelineRoutes, verifyRoutes } from './pages/index.js';
import { Hono } from 'hono';
import { createCorpusFacts } from './corpus-facts.js';
import { h } from './fragments.js';
import { healthRoutes, type Health } from './health-routes.js';
import { createRenderPage } from './layout.js';
import { quoteRoutes } from './quote-page.js';
import type { RenderPage } from './render-page.js';
import { searchRoutes } from './search-page.js';
import { SITE_CSS, SITE_CSS_PATH } from './site-css.js';
import type { SiteDeps } from './site-deps.js';

/** No script at all, styles from our own origin only, nothing may frame the pages. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** A sub-app built with the site's deps and layout (the timeline, verify and sources pages). */
type PageRoutes = (deps: SiteDeps, render: RenderPage) => Hono;

/** The pages every site has beside search and the quote pages. */
const SITE_PAGES: readonly PageRoutes[] = [timelineRoutes, verifyRoutes, sourcesRoutes];

export interface SiteOptions {
  /** What `/healthz` reports; the platforms' states, read at each request. */
  health: Health;
  /** Page routes rendered in the site's layout, mounted at the root. */
  pages?: readonly PageRoutes[];
  /** Other HTTP features (`/metrics`, `/readyz`, `/discord/interactions`), each at its path. */
  mount?: readonly { path: string; app: Hono }[];
  /**
   * Work out the corpus's version and same-words index now rather than on the first page (about a
   * second at 100,000 passages, which would otherwise block the first visitor and the chat).
   */
  prepare?: boolean;
}

export function createSite(deps: SiteDeps, options: SiteOptions): Hono {
  const render = createRenderPage({ publicUrl: deps.publicUrl });
  const facts = createCorpusFacts();
  if (options.prepare) facts.prepare(deps.corpus);
  const app = new Hono();

  app.use(async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    c.header('X-Frame-Options', 'DENY');
  });
  app.get(SITE_CSS_PATH, (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(SITE_CSS);
  });
  app.route('/', healthRoutes(options.health));
  app.route('/', searchRoutes(deps, render, facts));
  app.route('/', quoteRoutes(deps, render, facts));
  // mount here: the page routes (timeline, verify, sources) and the other HTTP features.
  for (const pages of [...SITE_PAGES, ...(options.pages ?? [])])
    app.route('/', pages(deps, render));
  for (const { path, app: sub } of options.mount ?? []) app.route(path, sub);

  app.notFound((c) =>
    render(c, {
      title: 'Not found',
      status: 404,
      body: h`<h1>Not found</h1><p>There is no page at this address. <a href="/">Search the quotes</a> or browse <a href="/sources">the sources</a>.</p>`,
    }),
  );
  app.onError((err, c) => {
    deps.logger.error({ err, path: c.req.path }, 'web page failed');
    return render(c, {
      title: 'Something went wrong',
      status: 500,
      body: h`<h1>Something went wrong</h1><p>This page could not be shown. It has been logged; try again, or <a href="/">search the quotes</a>.</p>`,
    });
  });
  return app;
}
