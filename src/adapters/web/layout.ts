/**
 * The site's layout: every page is this head, header, navigation and footer around its body. All
 * text goes through hono/html, which escapes it; nothing here writes a script.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { PageContent, RenderPage } from './render-page.js';
import { SITE_CSS_PATH } from './site-css.js';

const SITE_NAME = 'Verbatim';

/** Longest description put in a meta tag; previews cut well before it anyway. */
const META_DESCRIPTION_CHARS = 300;

export function createRenderPage(options: { publicUrl?: string }): RenderPage {
  return (c: Context, page: PageContent) => {
    const title = `${page.title} · ${SITE_NAME}`;
    const description = page.description ? clip(page.description) : undefined;
    const social = page.social;
    const socialUrl = social && options.publicUrl ? `${options.publicUrl}${social.path}` : null;
    const doc = html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>${title}</title>
          ${description ? html`<meta name="description" content="${description}" />` : ''}
          ${
            social
              ? html`<meta property="og:type" content="article" />
                  <meta property="og:site_name" content="${SITE_NAME}" />
                  <meta property="og:title" content="${social.title}" />
                  <meta property="og:description" content="${clip(social.description)}" />
                  ${socialUrl ? html`<meta property="og:url" content="${socialUrl}" /><link rel="canonical" href="${socialUrl}" />` : ''}
                  <meta name="twitter:card" content="summary" />
                  <meta name="twitter:title" content="${social.title}" />
                  <meta name="twitter:description" content="${clip(social.description)}" />`
              : ''
          }
          <link rel="stylesheet" href="${SITE_CSS_PATH}" />
        </head>
        <body>
          <a class="skip" href="#main">Skip to content</a>
          <header class="site">
            <a class="brand" href="/">${SITE_NAME}</a>
            <nav aria-label="Site">
              <ul>
                <li><a href="/">Search</a></li>
                <li><a href="/timeline">Timeline</a></li>
                <li><a href="/verify">Verify</a></li>
                <li><a href="/sources">Sources</a></li>
              </ul>
            </nav>
          </header>
          <main id="main">${page.body}</main>
          <footer class="site">
            <p>
              Every quote is an exact passage of a document in this corpus. Not finding words here
              means they are not in this corpus, not that they were never said.
            </p>
          </footer>
        </body>
      </html>`;
    return c.html(doc, (page.status ?? 200) as 200);
  };
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= META_DESCRIPTION_CHARS
    ? flat
    : `${flat.slice(0, META_DESCRIPTION_CHARS - 1).trimEnd()}…`;
}
