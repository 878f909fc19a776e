/**
 * The controls around the timeline drawing: the filter form (a GET form, so every view is a link)
 * and the page links that keep the filters.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { ErrorCode, errorReply, type ErrorReply } from '../../../core/index.js';

/** The options of a timeline page as they came in the address (empty when absent). */
export interface TimelineQuery {
  topic: string;
  from: string;
  to: string;
  speaker: string;
  limit: string;
}

const MAX_PAGE = 10_000;

/** The 1-based page number of `?page=`; 1 when absent, an error reply when not a page number. */
export function readPage(
  raw: string | undefined,
): { ok: true; value: number } | { ok: false; reply: ErrorReply } {
  if (raw === undefined || raw.trim() === '') return { ok: true, value: 1 };
  const value = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || value < 1 || value > MAX_PAGE) {
    return {
      ok: false,
      reply: errorReply(
        ErrorCode.InvalidInput,
        `page: must be a whole number from 1 to ${MAX_PAGE}`,
      ),
    };
  }
  return { ok: true, value };
}

/** The address of a timeline page with the same filters. */
export function timelineHref(query: TimelineQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value.trim()) params.set(name, value);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/timeline?${search}` : '/timeline';
}

export function filterForm(query: TimelineQuery): HtmlEscapedString | Promise<HtmlEscapedString> {
  const field = (name: keyof TimelineQuery, label: string, hint: string, type = 'text') =>
    html`<p>
      <label for="timeline-${name}">${label}</label>
      <input
        id="timeline-${name}"
        name="${name}"
        type="${type}"
        value="${query[name]}"
        placeholder="${hint}"
      />
    </p>`;
  return html`<form
    class="timeline-filters"
    method="get"
    action="/timeline"
    role="search"
    aria-label="Filter the timeline"
  >
    ${field('topic', 'Topic', 'e.g. suspended', 'search')}
    ${field('from', 'From', '2019, 2019-11 or 2019-11-06')}
    ${field('to', 'To', '2019, 2019-11 or 2019-11-06')}
    ${field('speaker', 'Told by', 'e.g. Chris Williamson')}
    <p><button type="submit">Show</button></p>
  </form>`;
}

export function pageLinks(
  query: TimelineQuery,
  page: number,
  pageCount: number,
): HtmlEscapedString | Promise<HtmlEscapedString> | '' {
  if (pageCount <= 1) return '';
  return html`<nav class="pager" aria-label="Timeline pages">
    ${page > 1 ? html`<a href="${timelineHref(query, page - 1)}" rel="prev">Previous page</a>` : ''}
    <span>Page ${page} of ${pageCount}</span>
    ${page < pageCount ? html`<a href="${timelineHref(query, page + 1)}" rel="next">Next page</a>` : ''}
  </nav>`;
}
