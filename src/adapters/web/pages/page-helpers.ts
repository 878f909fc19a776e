/**
 * What the page groups share: running a core command for a page (the same `dispatch` every
 * platform uses), an error reply as a page body with the right HTTP status, and the few links a
 * page may make (a quote page, a source page, an original only when it is http(s)).
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import {
  dispatch,
  displayReply,
  ErrorCode,
  INPUT_ERROR_CODES,
  withoutBidiControls,
  type Reply,
  type SourceRef,
} from '../../../core/index.js';
import { commandContext, type SiteDeps } from '../site-deps.js';

/**
 * Runs a command as a platform does; errors come back as error replies, never as exceptions. The
 * reply's title and blocks come without bidirectional controls, as every renderer shows them; its
 * `data` is read through the `…Of` readers, which clean the same fields.
 */
export async function runCommand(
  deps: SiteDeps,
  name: string,
  raw: Record<string, unknown>,
): Promise<Reply> {
  return displayReply(await dispatch(deps.commands, name, raw, commandContext(deps)));
}

/**
 * Text shown around the quotes (titles, names, labels) without bidirectional controls, which
 * could show the rest of a line backwards (see core/reply/display-text.ts). A quote's own words
 * are shown exact.
 */
export const shown = withoutBidiControls;

/** A citation with every displayed field `shown`. */
export function shownSource<S extends SourceRef>(s: S): S {
  return {
    ...s,
    title: shown(s.title),
    publisher: s.publisher === null ? null : shown(s.publisher),
    author: s.author === null ? null : shown(s.author),
    kind: shown(s.kind),
  };
}

/** The HTTP status of an error reply: the user's input → 400, a missing thing → 404. */
export function errorStatus(reply: Extract<Reply, { type: 'error' }>): number {
  const { code } = reply.error;
  if (code === ErrorCode.UnknownSource || code === ErrorCode.UnknownQuote) return 404;
  return INPUT_ERROR_CODES.has(code) ? 400 : 500;
}

/**
 * An error reply as a page section: its message, and its hint as small print (not the chat
 * usage line: the page's own form shows the options).
 */
export function errorSection(
  heading: string,
  reply: Extract<Reply, { type: 'error' }>,
): HtmlEscapedString | Promise<HtmlEscapedString> {
  const hints = reply.blocks.flatMap((b) =>
    b.type === 'context' && !b.text.startsWith('Usage: ') ? [b.text] : [],
  );
  return html`<section class="error" aria-labelledby="error-title">
    <h2 id="error-title">${heading}</h2>
    <p role="alert">${reply.error.message}</p>
    ${hints.map((h) => html`<p class="hint">${h}</p>`)}
  </section>`;
}

/** The quote page of a quote id. */
export function quoteHref(quoteId: string): string {
  return `/q/${encodeURIComponent(quoteId)}`;
}

/** The page of a source document. */
export function sourceHref(sourceId: string): string {
  return `/sources/${encodeURIComponent(sourceId)}`;
}

/**
 * A corpus URL fit for an `href`: only absolute http(s) URLs, normalised by the URL parser;
 * `javascript:`, `data:` and anything unparsable give null (shown as text, never linked).
 */
export function safeExternalHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "1 event" / "3 events". */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
}
