/**
 * Article metadata from schema.org JSON-LD (`<script type="application/ld+json">`): the first
 * NewsArticle, Article, BlogPosting, SocialMediaPosting … found, with its author and publisher
 * (a Person or Organization given inline, by name, or by `@id` elsewhere in an `@graph`).
 * @see https://schema.org/NewsArticle
 */
import type { DomDocument } from './dom.js';

/** Types that describe the page's article, and the corpus kind each gives. */
const ARTICLE_TYPES: Record<string, string> = {
  NewsArticle: 'article',
  Article: 'article',
  BlogPosting: 'article',
  ReportageNewsArticle: 'article',
  AnalysisNewsArticle: 'article',
  BackgroundNewsArticle: 'article',
  ReviewNewsArticle: 'article',
  LiveBlogPosting: 'article',
  TechArticle: 'article',
  Report: 'article',
  OpinionNewsArticle: 'op-ed',
  SocialMediaPosting: 'social',
  DiscussionForumPosting: 'social',
};

export interface JsonLdArticle {
  title: string | null;
  author: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  kind: string;
}

type Node = Record<string, unknown>;

export function readJsonLd(document: DomDocument): JsonLdArticle | null {
  const nodes: Node[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // a page's broken JSON-LD is its own problem: the other metadata still applies
    }
  }
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const article = nodes.find((n) => articleKind(n) !== null);
  if (!article) return null;
  const resolve = (v: unknown): unknown =>
    isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1
      ? (byId.get(v['@id']) ?? v)
      : v;
  return {
    title: text(article.headline) ?? text(article.name),
    author: names(article.author, resolve),
    publisher: names(article.publisher, resolve) ?? names(article.sourceOrganization, resolve),
    published: text(article.datePublished) ?? text(article.dateCreated),
    url: address(article.url) ?? address(resolve(article.mainEntityOfPage)),
    kind: articleKind(article)!,
  };
}

/** Every object in the JSON, flattening arrays and `@graph`. */
function collect(value: unknown, out: Node[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out);
  } else if (isNode(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], out);
  }
}

function articleKind(n: Node): string | null {
  const types = ([] as unknown[]).concat(n['@type'] ?? []);
  for (const t of types) if (typeof t === 'string' && ARTICLE_TYPES[t]) return ARTICLE_TYPES[t];
  return null;
}

/** "Maya Okafor", a Person or Organization, or a list of them: names joined with ", ". */
function names(value: unknown, resolve: (v: unknown) => unknown): string | null {
  const list = ([] as unknown[]).concat(value ?? []).map(resolve);
  const out = list
    .map((v) => (typeof v === 'string' ? v : isNode(v) ? text(v.name) : null))
    .filter((v): v is string => !!v && !/^https?:\/\//i.test(v));
  return out.length > 0 ? [...new Set(out)].join(', ') : null;
}

function address(value: unknown): string | null {
  const v = typeof value === 'string' ? value : isNode(value) ? (value['@id'] ?? value.url) : null;
  return typeof v === 'string' && /^https?:\/\/\S+$/i.test(v.trim()) ? v.trim() : null;
}

function text(value: unknown): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const t = String(v).replace(/\s+/g, ' ').trim();
  return t || null;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
