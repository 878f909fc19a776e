/**
 * `GET /?q=…&speaker=…&source=…&from=…&to=…&page=…`: the labelled search form and, with a query,
 * what `/quote` answers for it (the same core, options and ranking), matched words marked, paged by
 * links. Bad options show the core's message beside the form; `page` counts from 1.
 */
import { Hono, type Context } from 'hono';
import { dispatch, type Block, type Reply } from '../../core/index.js';
import type { CorpusFacts } from './corpus-facts.js';
import { etagOf, notModified } from './etag.js';
import {
  h,
  markedText,
  quotePath,
  shown,
  sourceLine,
  speakerHtml,
  type Html,
} from './fragments.js';
import type { RenderPage } from './render-page.js';
import { commandContext, type SiteDeps } from './site-deps.js';

/** Results per page: the most /quote gives. */
const PER_PAGE = 10;
const FIELDS = ['q', 'speaker', 'source', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];
type SearchParams = Record<Field, string> & { page: string };

export function searchRoutes(deps: SiteDeps, render: RenderPage, facts: CorpusFacts): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const params = paramsOf(c);
    const key = JSON.stringify(params);
    const cached = notModified(c, etagOf(facts.version(deps.corpus), `search ${key}`));
    if (cached) return cached;
    if (!params.q) {
      const count = deps.corpus.documents.size;
      return render(c, {
        title: 'Search the quotes',
        description: `Exact words from ${count} sources, with who said them and where.`,
        body: h`<h1>Search the quotes</h1>
<p>Exact words from ${count} sources, with who said them and where. Every result is a passage of a document in this corpus.</p>
${searchForm(params)}
<p class="hint">Words in any order find passages holding them; "double quotes" match an exact phrase. Dates are 2019, 2019-11 or 2019-11-06.</p>`,
      });
    }
    const page = /^\d+$/.test(params.page)
      ? String(Math.max(0, Number(params.page) - 1))
      : params.page;
    const reply = await dispatch(
      deps.commands,
      'quote',
      {
        query: params.q,
        speaker: params.speaker,
        source: params.source,
        from: params.from,
        to: params.to,
        limit: PER_PAGE,
        page: page || undefined,
      },
      commandContext(deps),
    );
    // A quote id typed into the box: its page is the answer.
    const shownQuote = reply.type !== 'error' && (reply.data as { quote?: { id: string } }).quote;
    if (shownQuote) return c.redirect(quotePath(shownQuote.id), 302);
    return render(c, {
      title: `Search: ${params.q}`,
      status: reply.type === 'error' ? 400 : 200,
      body: h`<h1>Search the quotes</h1>
${searchForm(params)}
${resultsHtml(reply, params)}`,
    });
  });
  return app;
}

function paramsOf(c: Context): SearchParams {
  const get = (name: string) => (c.req.query(name) ?? '').trim();
  return {
    q: get('q'),
    speaker: get('speaker'),
    source: get('source'),
    from: get('from'),
    to: get('to'),
    page: get('page'),
  };
}

function searchForm(p: SearchParams): Html {
  const field = (name: Field, label: string, hint: string, wide = false) =>
    h`<div${wide ? h` class="wide"` : ''}><label for="f-${name}">${label}</label><input id="f-${name}" name="${name}" value="${p[name]}" ${name === 'q' ? h`type="search" maxlength="500"` : h`type="text"`} aria-describedby="f-${name}-hint"><span id="f-${name}-hint" class="hint">${hint}</span></div>`;
  return h`<form class="search" method="get" action="/" role="search">
${field('q', 'Words to find', 'e.g. venezuela gold, or "an exact phrase"', true)}
${field('speaker', 'Speaker', 'a name, optional')}
${field('source', 'Source', 'a source id or title words, optional')}
${field('from', 'From', 'e.g. 2019 or 2019-11')}
${field('to', 'To', 'e.g. 2020-06-30')}
<div class="wide"><button type="submit">Search</button></div>
</form>`;
}

function resultsHtml(reply: Reply, params: SearchParams): Html {
  if (reply.type === 'error') {
    return h`<section class="error" aria-labelledby="results-h"><h2 id="results-h">Cannot search that</h2>${reply.blocks.map(blockHtml)}</section>`;
  }
  const paging = reply.paging;
  return h`<section aria-labelledby="results-h">
<h2 id="results-h">${shown(reply.title)}</h2>
${paging ? h`<p class="meta">${paging.total} results · page ${paging.page + 1} of ${paging.pageCount}</p>` : ''}
${groupsOf(reply.blocks, (paging?.page ?? 0) * PER_PAGE).map((group) =>
  group.type === 'quotes'
    ? h`<ol class="results" start="${group.start}">${group.blocks.map(blockHtml)}</ol>`
    : blockHtml(group.block),
)}
${paging && paging.pageCount > 1 ? pagingLinks(params, paging.page, paging.pageCount) : ''}
</section>`;
}

type Group = { type: 'quotes'; start: number; blocks: Block[] } | { type: 'other'; block: Block };

/** Runs of results as numbered lists, the core's notes between them where it put them. */
function groupsOf(blocks: readonly Block[], before: number): Group[] {
  const groups: Group[] = [];
  let count = before;
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.type !== 'quote') groups.push({ type: 'other', block });
    else if (last?.type === 'quotes') last.blocks.push(block);
    else groups.push({ type: 'quotes', start: count + 1, blocks: [block] });
    if (block.type === 'quote') count++;
  }
  return groups;
}

function blockHtml(block: Block): Html | string {
  switch (block.type) {
    case 'quote':
      return h`<li>
<blockquote>${markedText(block.text, block.highlights, { before: block.truncatedBefore, after: block.truncatedAfter })}</blockquote>
${speakerHtml(block.speaker, block.role, block.quotedBy)}
<p class="meta">${sourceLine(block.source)} · <a href="${quotePath(block.quoteId)}">Quote ${block.quoteId}</a></p>
</li>`;
    case 'text':
      return h`<p>${shown(block.text)}</p>`;
    case 'context':
      // The page line is shown once, from the paging data, above the results.
      return /^Page \d+ of \d+/.test(block.text) ? '' : h`<p class="hint">${shown(block.text)}</p>`;
    default:
      return '';
  }
}

function pagingLinks(params: SearchParams, page: number, pageCount: number): Html {
  const link = (to: number) => {
    const query = new URLSearchParams();
    for (const f of FIELDS) if (params[f]) query.set(f, params[f]);
    if (to > 0) query.set('page', String(to + 1));
    return `/?${query.toString()}`;
  };
  return h`<nav class="pages" aria-label="Result pages">
${page > 0 ? h`<a href="${link(page - 1)}" rel="prev">← Previous page</a>` : h`<span></span>`}
${page < pageCount - 1 ? h`<a href="${link(page + 1)}" rel="next">Next page →</a>` : ''}
</nav>`;
}
