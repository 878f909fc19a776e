/**
 * `GET /q/<quote id>`: one quote with who said it and how we know, the passages around it, the full
 * citation, a line to cite it by and the same words in other sources; Open Graph and Twitter card
 * tags so a pasted link unfurls. `GET /q/<quote id>.json`: the CLI's `--json` for that quote.
 * The data is what `/source <quote id>` answers (the core's showQuote).
 */
import { Hono, type Context } from 'hono';
import { dispatch, type Reply, type Role, type SourceRef } from '../../core/index.js';
import type { CorpusFacts } from './corpus-facts.js';
import { etagOf, notModified } from './etag.js';
import {
  citationHtml,
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

/** A quote as `/source <quote id> --json` gives it (the fields the page reads). */
interface QuoteJson {
  id: string;
  text: string;
  speaker: string;
  role: Role;
  source: SourceRef;
  truncated: boolean;
  attribution: { rule: string; evidence: string | null; where: string | null; sieve: string };
  quotedBy: { speaker: string; id: string } | null;
}

interface QuoteData {
  quote: QuoteJson & {
    parent: QuoteJson | null;
    context: { before: QuoteJson[]; after: QuoteJson[] };
  };
}

export function quoteRoutes(deps: SiteDeps, render: RenderPage, facts: CorpusFacts): Hono {
  const app = new Hono();
  app.get('/q/:file', async (c) => {
    const file = c.req.param('file');
    const json = file.endsWith('.json');
    const id = json ? file.slice(0, -'.json'.length) : file;
    const corpus = deps.corpusOf?.(id) ?? deps.corpus;
    const cached = notModified(
      c,
      etagOf(facts.version(corpus), `quote ${json ? 'json' : 'html'} ${id}`),
    );
    if (cached) return cached;

    const reply = await dispatch(
      deps.commands,
      'source',
      { id },
      { ...commandContext(deps), corpus },
    );
    const data = quoteDataOf(reply);
    if (json) return c.json(reply.data as object, data ? 200 : 404);
    if (!data) return notFound(c, render, id, reply);
    const passage = corpus.passages.get(data.quote.id);
    const others = passage ? facts.sameWords(corpus, passage) : [];
    const elsewhere = others.flatMap((other) => {
      const p = corpus.passages.get(other);
      const doc = p && corpus.documents.get(p.documentId);
      return p && doc
        ? [{ id: other, speaker: p.speaker, role: p.role, title: doc.document.title }]
        : [];
    });
    return render(c, {
      title: `${data.quote.speaker}: “${clipWords(data.quote.text, 60)}”`,
      description: `${data.quote.speaker}: “${clipWords(data.quote.text, 200)}”`,
      social: {
        title: `${data.quote.speaker} (${data.quote.source.publishedLabel ?? 'date unknown'})`,
        description: `“${data.quote.text}”`,
        path: quotePath(data.quote.id),
      },
      body: quoteBody(data, elsewhere, deps.publicUrl),
    });
  });
  return app;
}

function quoteDataOf(reply: Reply): QuoteData | null {
  if (reply.type === 'error') return null;
  const data = reply.data as Partial<QuoteData> | null;
  return data && typeof data === 'object' && data.quote ? (data as QuoteData) : null;
}

function quoteBody(
  data: QuoteData,
  elsewhere: { id: string; speaker: string; role: Role; title: string }[],
  publicUrl: string | undefined,
): Html {
  const q = data.quote;
  const { before, after } = q.context;
  const permalink = `${publicUrl ?? ''}${quotePath(q.id)}`;
  return h`<article class="quote">
<h1>${shown(q.speaker)} in “${shown(q.source.title)}”</h1>
<blockquote class="main">${markedText(q.text, [], { before: false, after: q.truncated })}</blockquote>
${speakerHtml(q.speaker, q.role, q.quotedBy?.speaker)}
<p class="meta">${sourceLine(q.source)} · quote id <code>${q.id}</code> · <a href="${quotePath(q.id)}.json">JSON</a></p>

<h2>Who said it, and how we know</h2>
<p>${attributionText(q)}</p>
${q.attribution.evidence ? h`<blockquote class="evidence"><p>${shown(q.attribution.evidence)}</p></blockquote><p class="hint">The document’s own words that name the speaker (${q.attribution.where ?? 'nearby'}).</p>` : ''}

<h2>In context</h2>
${q.parent ? h`<div class="passage"><p class="label">In the passage</p>${passageHtml(q.parent)}</div>` : ''}
${before.map((p) => h`<div class="passage"><p class="label">Before</p>${passageHtml(p)}</div>`)}
<div class="passage"><p class="label">This quote</p>${passageHtml(q, false)}</div>
${after.map((p) => h`<div class="passage"><p class="label">After</p>${passageHtml(p)}</div>`)}

<h2>Source</h2>
${citationHtml(q.source)}

<h2 id="cite-as">Cite as</h2>
<p class="cite-as">${citeAs(q, permalink)}</p>

<h2>Same words in other sources</h2>
${
  elsewhere.length === 0
    ? h`<p>No other source in this corpus has these exact words.</p>`
    : h`<ul>${elsewhere.map((e) => h`<li><a href="${quotePath(e.id)}">${shown(e.title)}</a> — ${shown(e.speaker)}</li>`)}</ul>`
}
</article>`;
}

function passageHtml(p: QuoteJson, linked = true): Html {
  return h`<blockquote>${markedText(p.text, [], { before: false, after: p.truncated })}</blockquote>
${speakerHtml(p.speaker, p.role, p.quotedBy?.speaker)}${linked ? h`<p class="meta"><a href="${quotePath(p.id)}">Quote ${p.id}</a></p>` : ''}`;
}

function attributionText(q: QuoteJson): string {
  if (q.attribution.sieve === 'none' && !q.attribution.evidence)
    return `Unattributed: ${q.attribution.rule}.`;
  return `Attributed to ${shown(q.speaker)}: ${q.attribution.rule}.`;
}

/** Chris Williamson, “words…”, Title, Publisher, 6 Nov 2019. <url>. Verbatim quote q…: <permalink> */
function citeAs(q: QuoteJson, permalink: string): string {
  const s = q.source;
  const parts = [
    `${q.speaker}, “${clipWords(q.text, 160)}”`,
    s.author && s.author !== q.speaker ? `in ${s.author},` : null,
    `“${s.title}”`,
    s.publisher,
    s.publishedLabel ?? 'undated',
  ].filter(Boolean);
  const url = s.url ? ` ${s.url}.` : '';
  return shown(`${parts.join(', ')}.${url} Verbatim quote ${q.id}: ${permalink}`);
}

function notFound(
  c: Context,
  render: RenderPage,
  id: string,
  reply: Reply,
): Response | Promise<Response> {
  const message = reply.type === 'error' ? reply.error.message : `${id} is a source, not a quote.`;
  const isSource = reply.type !== 'error';
  return render(c, {
    title: 'Quote not found',
    status: 404,
    body: h`<h1>Quote not found</h1>
<div class="error"><p>${message}</p>
${
  isSource
    ? h`<p>See <a href="/sources/${encodeURIComponent(id)}">the source ${id}</a>.</p>`
    : h`<p>The quote <code>${id}</code> is not in this corpus. A quote id is made from its document and its exact words, so the document it came from has either changed (the passage was edited) or been removed from the corpus; from the id alone it cannot be told which.</p>`
}
<p><a href="/">Search the corpus</a> for the words, or browse <a href="/sources">the sources</a>.</p></div>`,
  });
}

/** The first words of `text` up to about `max` characters, with an ellipsis when cut. */
function clipWords(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
