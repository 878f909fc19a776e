/**
 * A plain text or markdown file as one corpus document. A markdown file's own front matter is
 * kept (its id, title, kind and any other field); otherwise the title is the first line. The
 * body is the file's text after its front matter, unchanged.
 */
import matter from 'gray-matter';
import YAML from 'yaml';
import { failed, type Extraction } from './types.js';

/** The corpus's own fields, written by the writer; anything else in the front matter is kept as is. */
const OWN_FIELDS = new Set(['id', 'title', 'publisher', 'author', 'url', 'published', 'kind']);

export function extractPlainText(text: string, label: string, fallbackTitle: string): Extraction {
  let body = text.replace(/^\uFEFF/, '');
  let data: Record<string, unknown> = {};
  if (/^---\r?\n/.test(body)) {
    try {
      const parsed = matter(body, {
        engines: { yaml: (s: string) => (YAML.parse(s) ?? {}) as object },
      });
      data = (parsed.data ?? {}) as Record<string, unknown>;
      body = parsed.content;
    } catch (err) {
      return failed(
        `its front matter is not valid YAML (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
      );
    }
  }
  if (body.trim() === '') return failed('the file has no text');
  const field = (key: string) => {
    const v = data[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v).trim() || null : null;
  };
  const firstLine = body.split('\n').find((l) => l.trim() !== '') ?? '';
  const extra = Object.fromEntries(Object.entries(data).filter(([k]) => !OWN_FIELDS.has(k)));
  return {
    ok: true,
    documents: [
      {
        label,
        title:
          field('title') ??
          (firstLine
            .replace(/^#+\s*/, '')
            .trim()
            .slice(0, 300) ||
            fallbackTitle),
        publisher: field('publisher'),
        author: field('author'),
        url: field('url'),
        published: field('published'),
        kind: field('kind') ?? 'other',
        body,
        ...(field('id') ? { id: field('id')! } : {}),
        ...(Object.keys(extra).length > 0 ? { extra } : {}),
      },
    ],
  };
}
