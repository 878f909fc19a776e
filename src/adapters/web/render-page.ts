/**
 * The contract between the site's layout and the pages rendered into it: a page hands over its
 * title, an optional description (for the `<meta name="description">`) and its body, already
 * escaped by hono/html or hono/jsx; the layout wraps it and sends it.
 */
import type { Context } from 'hono';
import type { HtmlEscapedString } from 'hono/utils/html';

export interface PageContent {
  /** The page's own title; the layout appends the site name. */
  title: string;
  /** One plain sentence for search engines and link previews. */
  description?: string;
  /** The page's main content, escaped. */
  body: HtmlEscapedString | Promise<HtmlEscapedString>;
  /** HTTP status, 200 by default. */
  status?: number;
  /**
   * Open Graph and Twitter card fields, for pages worth unfurling (a quote page): the card's title,
   * its text, and the page's path (made absolute with PUBLIC_URL when it is set).
   */
  social?: { title: string; description: string; path: string };
}

/** Wraps a page in the site's layout (head, header, navigation, footer) and answers with it. */
export type RenderPage = (c: Context, page: PageContent) => Response | Promise<Response>;
