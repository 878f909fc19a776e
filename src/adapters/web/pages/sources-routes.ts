/**
 * GET /sources (every document of the corpus) and GET /sources/:id (one source: citation,
 * speakers with roles, link to the original when http(s), its passages linked to their quote
 * pages, a page at a time). An unknown id is a 404 page that says so.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { RenderPage } from '../render-page.js';
import type { SiteDeps } from '../site-deps.js';
import { errorSection, errorStatus, plural, runCommand, shown } from './page-helpers.js';
import { sourceListOf, sourceOf } from './sources-data.js';
import { passageList, sourceDetails, sourceListItem } from './source-fragments.js';
import { readPage } from './timeline-controls.js';

/** Passages per page of a source: a long transcript has thousands. */
const PASSAGES_PER_PAGE = 100;

export function sourcesRoutes(deps: SiteDeps, render: RenderPage): Hono {
  const app = new Hono();

  app.get('/sources', async (c) => {
    const reply = await runCommand(deps, 'source', {});
    if (reply.type === 'error') {
      return render(c, {
        title: 'Sources',
        body: html`<h1>Sources</h1>
          ${errorSection('The sources could not be listed', reply)}`,
        status: errorStatus(reply),
      });
    }
    const sources = sourceListOf(reply);
    const passages = sources.reduce((n, s) => n + s.quotes, 0);
    const skipped = deps.corpus.issues.filter((i) => i.severity === 'skipped');
    return render(c, {
      title: 'Sources',
      description: `The ${plural(sources.length, 'document')} every quote comes from.`,
      body: html`<h1>Sources</h1>
        <p>${plural(sources.length, 'source')}, ${plural(passages, 'passage')}.</p>
        ${
          sources.length > 0
            ? html`<ul class="source-list">
                ${sources.map(sourceListItem)}
              </ul>`
            : ''
        }
        ${
          skipped.length > 0
            ? html`<h2>Not loaded</h2>
                <ul class="source-issues">
                  ${skipped.map(
                    (i) =>
                      html`<li>
                        <code>${shown(i.file)}</code>: ${i.field ?? 'file'}: ${shown(i.message)}
                      </li>`,
                  )}
                </ul>`
            : ''
        }`,
    });
  });

  app.get('/sources/:id', async (c) => {
    const id = c.req.param('id');
    const analysed = deps.corpus.documents.get(id);
    if (!analysed) {
      return render(c, {
        title: 'Source not found',
        status: 404,
        body: html`<h1>Source not found</h1>
          <p>
            There is no source with the id “${shown(id)}” in this corpus: it may have been renamed
            or removed.
          </p>
          <p><a href="/sources">See every source</a></p>`,
      });
    }
    const page = readPage(c.req.query('page'));
    const reply = page.ok ? await runCommand(deps, 'source', { id }) : page.reply;
    const source = reply.type === 'error' ? null : sourceOf(reply);
    if (reply.type === 'error' || !source || !page.ok) {
      return render(c, {
        title: shown(analysed.document.title),
        body: html`<h1>${shown(analysed.document.title)}</h1>
          ${reply.type === 'error' ? errorSection('The source could not be shown', reply) : ''}`,
        status: reply.type === 'error' ? errorStatus(reply) : 500,
      });
    }
    const quotable = analysed.passages.filter((p) => p.kind !== 'heading');
    const pageCount = Math.max(1, Math.ceil(quotable.length / PASSAGES_PER_PAGE));
    const index = Math.min(page.value, pageCount) - 1;
    const onPage = quotable.slice(index * PASSAGES_PER_PAGE, (index + 1) * PASSAGES_PER_PAGE);
    const href = (n: number) => `/sources/${encodeURIComponent(id)}${n > 1 ? `?page=${n}` : ''}`;
    return render(c, {
      title: source.title,
      description: `${source.title}: its citation, its speakers and its ${plural(source.quotes, 'passage')}.`,
      body: html`<h1>${source.title}</h1>
        ${sourceDetails(source, analysed.document.updated?.value ?? null)}
        <h2>Passages</h2>
        ${
          pageCount > 1
            ? html`<p>
                Passages
                ${index * PASSAGES_PER_PAGE + 1}–${index * PASSAGES_PER_PAGE + onPage.length} of
                ${quotable.length}.
              </p>`
            : ''
        }
        ${passageList(onPage, index * PASSAGES_PER_PAGE + 1)}
        ${
          pageCount > 1
            ? html`<nav class="pager" aria-label="Passage pages">
                ${index > 0 ? html`<a href="${href(index)}" rel="prev">Previous page</a>` : ''}
                <span>Page ${index + 1} of ${pageCount}</span>
                ${index + 1 < pageCount ? html`<a href="${href(index + 2)}" rel="next">Next page</a>` : ''}
              </nav>`
            : ''
        }`,
    });
  });
  return app;
}
