/**
 * Titles and ids for new documents: a title clipped at a word, an id made from the title (a
 * slug, as the loader accepts: letters, digits and `-`, at most 64 characters), made unique
 * with a numbered suffix.
 */
import { createHash } from 'node:crypto';

const MAX_SLUG = 60;

/** A title of at most `max` characters, cut at a word with an ellipsis. */
export function clipTitle(title: string, max = 200): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  return `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** "Council approves bus depot — Ōtaki" → `council-approves-bus-depot-otaki`. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 20 ? cut.slice(0, atWord) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/**
 * An id for a document: the title's slug (or `<kind>-<hash>` when the title has no letters to
 * make one from), with `-2`, `-3` … until `taken` says it is free.
 */
export function chooseId(
  title: string,
  kind: string,
  body: string,
  taken: (id: string) => boolean,
): string {
  const base =
    slugify(title) || `${kind}-${createHash('sha256').update(body).digest('hex').slice(0, 8)}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base.slice(0, 64 - String(n).length - 1)}-${n}`;
    if (!taken(id)) return id;
  }
}
