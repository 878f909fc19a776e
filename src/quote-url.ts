/**
 * The address of a quote's page on the web site (`<PUBLIC_URL>/q/<quote id>`), shared by every
 * adapter so that Discord, Slack, the console and `--json` link to the same place. Without
 * PUBLIC_URL there is no site to link to, and every function here leaves its input as it was.
 */
import type { Block, Reply } from './core/index.js';

/** The quote page's URL; null when no public URL is configured. */
export function quoteUrl(publicUrl: string | undefined, quoteId: string): string | null {
  if (publicUrl === undefined) return null;
  // Config strips trailing slashes; stripping again keeps a hand-made base from doubling them.
  return `${publicUrl.replace(/\/+$/, '')}/q/${encodeURIComponent(quoteId)}`;
}

/**
 * The reply with an `Open: <url>` line after each quote, for plain-text output (the console),
 * where the line sits under the quote's `quote id:` line.
 */
export function withOpenLines(reply: Reply, publicUrl: string | undefined): Reply {
  if (publicUrl === undefined) return reply;
  const blocks: Block[] = [];
  for (const block of reply.blocks) {
    blocks.push(block);
    const url = block.type === 'quote' ? quoteUrl(publicUrl, block.quoteId) : null;
    if (url) blocks.push({ type: 'context', text: `Open: ${url}` });
  }
  return { ...reply, blocks };
}

/**
 * A copy of a reply's machine-readable data (what `--json` prints) in which every quote (an object
 * with `id`, `text`, `speaker` and `source`: results, matches, `/source <quote id>`) and every
 * reference to one (an object with a `quoteId`: timeline events and their sources) also has the
 * `url` of that quote's page. Other values are kept as they are.
 */
export function withQuoteUrls(data: unknown, publicUrl: string | undefined): unknown {
  if (publicUrl === undefined) return data;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = visit(inner);
    const id = quoteIdOf(value as Record<string, unknown>);
    if (id !== null && !('url' in out)) out['url'] = quoteUrl(publicUrl, id);
    return out;
  };
  return visit(data);
}

function quoteIdOf(value: Record<string, unknown>): string | null {
  if (typeof value['quoteId'] === 'string') return value['quoteId'];
  const isQuote =
    typeof value['id'] === 'string' &&
    typeof value['text'] === 'string' &&
    typeof value['speaker'] === 'string' &&
    typeof value['source'] === 'object';
  return isQuote ? (value['id'] as string) : null;
}
