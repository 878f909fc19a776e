/**
 * A saved or fetched web page as one corpus document: the article's text by Readability (run on
 * linkedom), the reader comments after it (html-comments.ts), the metadata by html-metadata.ts
 * with Readability's own guesses as the last resort.
 * @see https://github.com/mozilla/readability
 */
import { Readability } from '@mozilla/readability';
import { nameTokens, parseHtml, squash, type DomDocument, type DomNode } from './dom.js';
import { htmlBlocks } from './html-blocks.js';
import { takeComments } from './html-comments.js';
import { readPageMetadata } from './html-metadata.js';
import { toPartialDate } from './published-date.js';
import { failed, type Extraction } from './types.js';

/** Containers of advertising and share buttons, by class or id word: never the article's words. */
const CLUTTER =
  /^(?:ad|ads|advert|advertisement|ad-slot|ad-container|share|share-bar|share-buttons|sharing|social-share|newsletter-signup)$/;

/** An article has at least one sentence-like paragraph of this many words. */
const MIN_PARAGRAPH_WORDS = 10;

export function extractHtml(html: string, label: string, pageUrl: string | null): Extraction {
  const document = parseHtml(html);
  if (squash(document.body?.textContent) === '') return failed('the page is empty: it has no text');
  const meta = readPageMetadata(document, pageUrl);
  const comments = takeComments(document);
  prepare(document);
  let article: ReturnType<Readability<DomNode>['parse']>;
  try {
    article = new Readability<DomNode>(document as never, {
      serializer: (node) => node as unknown as DomNode,
    }).parse();
  } catch (err) {
    return failed(
      `the page could not be read (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const blocks = article?.content ? htmlBlocks(article.content) : [];
  const social = meta.kind === 'social';
  if (!blocks.some((b) => isProse(b, social ? 1 : MIN_PARAGRAPH_WORDS)))
    return failed(
      'no article found in the page: only navigation, forms or short lines (save the article page itself)',
    );
  const url = meta.url ?? pageUrl;
  return {
    ok: true,
    documents: [
      {
        label,
        title: meta.title ?? (squash(article?.title) || squash(document.title) || null),
        author: meta.author ?? byline(article?.byline),
        publisher: meta.publisher ?? (squash(article?.siteName) || hostOf(url)),
        published: meta.published ?? toPartialDate(article?.publishedTime),
        url,
        kind: meta.kind ?? 'article',
        body: `${[...blocks, ...(comments ? [comments] : [])].join('\n\n')}\n`,
        ...(pageUrl && pageUrl !== url ? { aliases: [pageUrl] } : {}),
      },
    ],
  };
}

/**
 * Readability drops a block quote's `<footer>`/`<cite>` (the "— Name, role" line the attribution
 * reads) and keeps advertising labels: move the one out after its quote, take the other away.
 */
function prepare(document: DomDocument): void {
  for (const quote of Array.from(document.querySelectorAll('blockquote'))) {
    const credit = quote.querySelector('footer, cite, figcaption');
    const text = squash(credit?.textContent);
    if (!credit || !text || credit.parentElement?.tagName !== 'BLOCKQUOTE') continue;
    credit.remove();
    const line = document.createElement('p');
    line.textContent = text;
    quote.after(line);
  }
  for (const el of Array.from(document.querySelectorAll('div, aside, section, span'))) {
    if (nameTokens(el).some((t) => CLUTTER.test(t))) el.remove();
  }
}

function isProse(block: string, minWords: number): boolean {
  const words = block.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words >= minWords && (minWords <= 1 || /[.!?…]["”’)]?\s*$|[.!?…]["”’)]?\s/u.test(block));
}

/** Readability's byline ("By Jo Ames, Political editor · 5 March") as a name, when it is one. */
function byline(text: string | null | undefined): string | null {
  const name = squash(text)
    .replace(/^by\s+/i, '')
    .split(/\s*[,·|•–—]\s*|\s+-\s+/)[0];
  return name && name.split(/\s+/).length <= 5 && !/\d/.test(name) ? name : null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
