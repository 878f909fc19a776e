/**
 * A page's reader-comment section, taken out of the page before Readability (which drops or
 * garbles it) and written after the article as the corpus reads comments: the section's heading
 * line ("2 thoughts on …"), then each comment as `Name says:` over its timestamp, its text under
 * them. The attribution reads those header lines and gives each comment to its commenter.
 */
import { readCommentDateLine } from '../core/corpus/page-headers.js';
import { nameTokens, squash, type DomDocument, type DomElement } from './dom.js';
import { htmlBlocks } from './html-blocks.js';

/** Class or id words of the element holding a comment section. */
const SECTION =
  /^(?:comments|comments-area|comments-section|comment-section|comments-list|comment-list|commentlist|comments-wrapper|comments-container|disqus_thread|comment-thread|comments-thread)$/;
/** Class or id words of one comment (WordPress `li.comment#comment-31`, `div.comment-item`). */
const ITEM = /^(?:comment|comment-\d+|comment-item|comment-container|single-comment|c-comment)$/;
/** Where the commenter's name is, most specific first. */
const AUTHOR_TOKENS = [
  'fn',
  'comment-author-name',
  'comment-author',
  'comment__author',
  'author',
  'username',
  'user-name',
  'name',
];
const CONTENT_TOKENS = [
  'comment-content',
  'comment-text',
  'comment-message',
  'comment__content',
  'comment__body',
  'comment-body-text',
];
/** Parts of a comment that are not its text: its header, its buttons. */
const NOT_TEXT =
  /^(?:comment-meta|comment-metadata|comment-author|vcard|reply|comment-reply-link|comment-actions|comment-footer|says)$/;

/**
 * Removes the comment section from `document` and returns it as corpus text, or null when the
 * page has no comment with text.
 */
export function takeComments(document: DomDocument): string | null {
  const found = findSection(document);
  if (!found) return null;
  const { section, items } = found;
  const isItem = (el: DomElement) => items.has(el);
  const comments: string[] = [];
  for (const item of items) {
    const own = (el: DomElement) => nearestItem(el, isItem) === item;
    const text = commentText(item, own, isItem);
    if (!text) continue;
    const name = commenter(item, own);
    const time = Array.from(item.querySelectorAll('time')).find(own);
    const date = time ? readCommentDateLine(squash(time.textContent)) : null;
    comments.push(`${name} says:${date ? `\n${date}` : ''}`, text);
  }
  const heading = Array.from(section.querySelectorAll('h1, h2, h3, h4')).find(
    (h) => nearestItem(h, isItem) === null && !/reply|respond/.test(nameTokens(h).join(' ')),
  );
  section.remove();
  if (comments.length === 0) return null;
  return [squash(heading?.textContent) || 'Comments', ...comments].join('\n\n');
}

/**
 * The first element named like a comment section that holds comments (a "12 comments" link in
 * the article's header is named so too), with its comments in page order.
 */
function findSection(
  document: DomDocument,
): { section: DomElement; items: Set<DomElement> } | null {
  for (const el of Array.from(document.querySelectorAll('*'))) {
    if (!nameTokens(el).some((t) => SECTION.test(t))) continue;
    const items = Array.from(el.querySelectorAll('*')).filter((e) =>
      nameTokens(e).some((t) => ITEM.test(t)),
    );
    if (items.length > 0) return { section: el, items: new Set(items) };
  }
  return null;
}

function nearestItem(el: DomElement, isItem: (e: DomElement) => boolean): DomElement | null {
  for (let p: DomElement | null = el; p; p = p.parentElement) if (isItem(p)) return p;
  return null;
}

function commenter(item: DomElement, own: (el: DomElement) => boolean): string {
  const all = Array.from(item.querySelectorAll('*')).filter(own);
  for (const token of AUTHOR_TOKENS) {
    const el = all.find((e) => nameTokens(e).includes(token));
    const name = squash(el?.textContent).replace(/\s*(?:says|said|wrote|writes)\s*:?$/i, '');
    if (name) return name;
  }
  return 'Anonymous';
}

function commentText(
  item: DomElement,
  own: (el: DomElement) => boolean,
  isItem: (el: DomElement) => boolean,
): string {
  const all = Array.from(item.querySelectorAll('*')).filter(own);
  const content = all.find((e) => nameTokens(e).some((t) => CONTENT_TOKENS.includes(t)));
  // without a marked text element, the item's header, timestamp and buttons are left out
  const skip = (el: DomElement) =>
    isItem(el) ||
    (!content && (el.tagName === 'TIME' || nameTokens(el).some((t) => NOT_TEXT.test(t))));
  return htmlBlocks(content ?? item, skip).join('\n\n');
}
