/**
 * HTML pieces shared by the pages: quote text with its marked words, speaker lines, citations and
 * links to original sources. Every value goes through hono/html, which escapes it; a link to an
 * original is made only for an http(s) URL (a `javascript:` or `data:` URL is shown as text).
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import {
  speakerLine,
  withoutBidiControls,
  type Highlight,
  type Role,
  type SourceRef,
} from '../../core/index.js';

export type Html = HtmlEscapedString;

/** hono/html is synchronous when no value is a promise, and none here is. */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return html(strings, ...values) as Html;
}

/** Corpus text for display: bidirectional controls removed (they could reorder what is shown). */
export function shown(text: string): string {
  return withoutBidiControls(text);
}

/** The URL when it is an absolute http(s) URL, else null. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The path of a quote's page. */
export function quotePath(id: string): string {
  return `/q/${encodeURIComponent(id)}`;
}

/** Quote text, paragraphs kept, matched words in `<mark>`. */
export function markedText(
  text: string,
  highlights: readonly Highlight[] = [],
  truncated: { before: boolean; after: boolean } = { before: false, after: false },
): Html {
  const parts: Html[] = [];
  let at = 0;
  for (const hl of [...highlights].sort((a, b) => a.start - b.start)) {
    if (hl.start < at || hl.end > text.length) continue;
    parts.push(
      h`${shown(text.slice(at, hl.start))}<mark>${shown(text.slice(hl.start, hl.end))}</mark>`,
    );
    at = hl.end;
  }
  parts.push(h`${shown(text.slice(at))}`);
  return h`<p>${truncated.before ? '… ' : ''}${parts}${truncated.after ? ' …' : ''}</p>`;
}

/** "— Chris Williamson (own words)". */
export function speakerHtml(speaker: string, role: Role, quotedBy?: string | null): Html {
  return h`<p class="speaker">— ${shown(speakerLine(speaker, role, quotedBy))}</p>`;
}

/** "Title — Publisher, 6 Nov 2019", the title linking to the original when its URL is http(s). */
export function sourceLine(source: SourceRef): Html {
  const href = safeHref(source.url);
  const title = shown(source.title);
  const where = [source.publisher, source.publishedLabel].filter(Boolean).map((s) => shown(s!));
  return h`<span class="source">${href ? h`<a href="${href}" rel="noopener noreferrer nofollow">${title}</a>` : title}${where.length > 0 ? ` — ${where.join(', ')}` : ''}</span>`;
}

/** The full citation as a definition list; the URL is a link only when it is http(s). */
export function citationHtml(source: SourceRef): Html {
  const href = safeHref(source.url);
  const rows: [string, Html | string][] = [['Title', shown(source.title)]];
  if (source.publisher) rows.push(['Publisher', shown(source.publisher)]);
  if (source.author) rows.push(['Author', shown(source.author)]);
  rows.push(['Date', source.publishedLabel ?? 'unknown']);
  rows.push(['Kind', shown(source.kind)]);
  if (source.url)
    rows.push([
      'Original',
      href
        ? h`<a href="${href}" rel="noopener noreferrer nofollow">${shown(source.url)}</a>`
        : h`${shown(source.url)} <span class="muted">(not a web address; not linked)</span>`,
    ]);
  rows.push(['Source id', h`<a href="/sources/${encodeURIComponent(source.id)}">${source.id}</a>`]);
  return h`<dl class="citation">${rows.map(([k, v]) => h`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}
