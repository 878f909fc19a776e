/**
 * A page's title, author, publisher, date, address and kind, from the most explicit source
 * first: schema.org JSON-LD, then Open Graph and `article:*` meta tags, then `<meta
 * name="author">`, a `<time datetime>` and the canonical link. Missing fields stay null; the
 * article extractor fills what it can from the text.
 * @see https://ogp.me/
 */
import { squash, type DomDocument, type DomElement } from './dom.js';
import { readJsonLd } from './json-ld.js';
import { toPartialDate } from './published-date.js';

export interface PageMetadata {
  title: string | null;
  author: string | null;
  publisher: string | null;
  /** Partial date: `2024`, `2024-03` or `2024-03-05`. */
  published: string | null;
  url: string | null;
  /** From JSON-LD's type or `og:type`; null when the page does not say. */
  kind: string | null;
}

export function readPageMetadata(document: DomDocument, pageUrl: string | null): PageMetadata {
  const ld = readJsonLd(document);
  const meta = metaTags(document);
  const og = (key: string) => meta.get(key) ?? null;
  const notAddress = (v: string | null) => (v && !/^https?:\/\//i.test(v) ? v : null);
  return {
    title: ld?.title ?? og('og:title') ?? og('twitter:title'),
    author: ld?.author ?? notAddress(og('article:author')) ?? notAddress(og('author')),
    publisher: ld?.publisher ?? og('og:site_name') ?? og('application-name'),
    published:
      toPartialDate(ld?.published) ??
      toPartialDate(og('article:published_time')) ??
      toPartialDate(og('datepublished')) ??
      toPartialDate(og('date')) ??
      timeElementDate(document),
    url:
      absolute(ld?.url ?? null, pageUrl) ??
      absolute(og('og:url'), pageUrl) ??
      absolute(canonicalHref(document), pageUrl),
    kind:
      ld?.kind ??
      (/^(?:opinion|comment|columns?|op-?ed)$/i.test(og('article:section') ?? '')
        ? 'op-ed'
        : og('og:type') === 'article'
          ? 'article'
          : null),
  };
}

/** `<meta property|name|itemprop="…" content="…">`, keys lower case, the first of each kept. */
function metaTags(document: DomDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = squash(el.getAttribute('content'));
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}

/** The page's publication time: a `<time>` marked as such first, else the first one. */
function timeElementDate(document: DomDocument): string | null {
  const times = Array.from(document.querySelectorAll('time')) as DomElement[];
  const marked = times.filter((t) =>
    /publish|pubdate|posted|entry-date|date-published/i.test(
      `${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('pubdate') !== null ? 'pubdate' : ''}`,
    ),
  );
  for (const t of [...marked, ...times]) {
    const date = toPartialDate(t.getAttribute('datetime')) ?? toPartialDate(squash(t.textContent));
    if (date) return date;
  }
  return null;
}

function canonicalHref(document: DomDocument): string | null {
  for (const link of Array.from(document.querySelectorAll('link'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) return link.getAttribute('href');
  }
  return null;
}

/** An http(s) address, relative ones resolved against the page's own. */
function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
