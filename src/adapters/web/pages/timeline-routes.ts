/**
 * GET /timeline?topic=…&from=…&to=…&speaker=…&limit=…&page=…: the core's /timeline, drawn as an
 * SVG with a plain list of the same events below it, a page of events at a time. Bad options give
 * the core's message with status 400.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { RenderPage } from '../render-page.js';
import type { SiteDeps } from '../site-deps.js';
import { errorSection, errorStatus, plural, runCommand } from './page-helpers.js';
import { eventsOf } from './timeline-data.js';
import { timelineList } from './timeline-list.js';
import { timelineSvg } from './timeline-svg.js';
import { filterForm, pageLinks, readPage, type TimelineQuery } from './timeline-controls.js';

/** Events per page: enough to see a period at once, few enough for a drawing that stays legible. */
const TIMELINE_PAGE_SIZE = 100;

export function timelineRoutes(
  deps: SiteDeps,
  render: RenderPage,
  { pageSize = TIMELINE_PAGE_SIZE }: { pageSize?: number } = {},
): Hono {
  const app = new Hono();
  app.get('/timeline', async (c) => {
    const query: TimelineQuery = {
      topic: c.req.query('topic') ?? '',
      from: c.req.query('from') ?? '',
      to: c.req.query('to') ?? '',
      speaker: c.req.query('speaker') ?? '',
      limit: c.req.query('limit') ?? '',
    };
    const form = filterForm(query);
    const page = readPage(c.req.query('page'));
    if (!page.ok) {
      return render(c, {
        title: 'Timeline',
        body: html`<h1>Timeline</h1>
          ${form}${errorSection('The timeline could not be shown', page.reply)}`,
        status: 400,
      });
    }
    const reply = await runCommand(deps, 'timeline', { ...query });
    if (reply.type === 'error') {
      return render(c, {
        title: 'Timeline',
        body: html`<h1>Timeline</h1>
          ${form}${errorSection('The timeline could not be shown', reply)}`,
        status: errorStatus(reply),
      });
    }

    const all = eventsOf(reply);
    if (all.length === 0) {
      const said = reply.blocks.flatMap((b) =>
        b.type === 'text' || b.type === 'context' ? [b.text] : [],
      );
      return render(c, {
        title: reply.title,
        body: html`<h1>${reply.title}</h1>
          ${form}${said.map((t) => html`<p>${t}</p>`)}`,
      });
    }

    const pageCount = Math.ceil(all.length / pageSize);
    const index = Math.min(page.value, pageCount) - 1;
    const onPage = all.slice(index * pageSize, (index + 1) * pageSize);
    const first = index * pageSize + 1;
    const scope = reply.blocks.find((b) => b.type === 'context' && b.text.startsWith('Events '));
    const showing =
      pageCount > 1
        ? `Showing events ${first}–${first + onPage.length - 1} of ${all.length}, oldest first.`
        : `${plural(all.length, 'event')}, oldest first.`;
    return render(c, {
      title: reply.title,
      description: `${plural(all.length, 'dated event')} from the corpus, each linked to its source.`,
      body: html`<h1>${reply.title}</h1>
        ${form}
        ${scope?.type === 'context' ? html`<p class="timeline-scope">${scope.text}</p>` : ''}
        <p class="timeline-count">${showing}</p>
        <figure class="timeline-figure">
          <div class="timeline-scroll">
            ${timelineSvg(onPage, 'timeline-chart-title', `${reply.title}: ${showing}`)}
          </div>
          <figcaption>
            Each mark links to its quote. A dot is a day, a short bar a month, a long faint bar a
            year, a bar a range; hollow marks have an inferred date, dashed ones an approximate
            date.
          </figcaption>
        </figure>
        <h2 id="timeline-list-heading">The events as a list</h2>
        ${timelineList(onPage, first)} ${pageLinks(query, index + 1, pageCount)}`,
    });
  });
  return app;
}
