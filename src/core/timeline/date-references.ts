/**
 * The date each place of a document resolves its date expressions against: the publication date,
 * an update's date after its dateline, a post's date under its header.
 */
import type { AnalysedDocument, Document, PartialDate } from '../types.js';
import { parsePartialDate } from '../corpus/index.js';
import { partialValue, partsOf } from './calendar.js';
import { datelineParts } from './date-rules.js';
import { findPostHeaders } from './post-headers.js';
import type { DateReference } from './types.js';

/**
 * What each offset of a document resolves against: its publication date, or after a dateline
 * ("Update, 12 November") the update's date, or under a post header (`Name @handle · Jun 12`)
 * the post's date. A page of undated posts is flagged as such.
 */
export function referencesOf(analysed: AnalysedDocument): (offset: number) => DateReference | null {
  const { document } = analysed;
  const base: DateReference | null = document.published
    ? {
        date: document.published,
        undatedPosts: document.kind === 'social' && document.published.precision !== 'day',
      }
    : null;
  const updates: { at: number; reference: DateReference | null }[] = [];
  if (base) {
    for (const p of analysed.passages) {
      for (const s of p.sentences) {
        const date = updateDate(document, base.date, document.body.slice(s.start, s.end));
        if (date) updates.push({ at: s.end, reference: { date, undatedPosts: false } });
      }
    }
  }
  for (const h of findPostHeaders(document.body, document.published)) {
    // a header whose year cannot be known leaves its post undated
    const reference = h.date ? { date: h.date, undatedPosts: false } : null;
    updates.push({ at: h.end, reference });
  }
  updates.sort((a, b) => a.at - b.at);
  return (offset) => {
    let reference = base;
    for (const u of updates) if (u.at <= offset) reference = u.reference;
    return reference;
  };
}

/** The date of an update line: the document's `updated` when it agrees, else the line's own day. */
function updateDate(
  document: Document,
  published: PartialDate,
  sentence: string,
): PartialDate | null {
  const parts = datelineParts(sentence);
  if (!parts) return null;
  const p = partsOf(published);
  let year = parts.year ?? p.year;
  if (parts.year === undefined && p.month !== undefined && parts.month < p.month) year++; // an update follows publication
  const fromLine = parsePartialDate(partialValue(year, parts.month, parts.day));
  if (!fromLine) return null;
  const updated = document.updated;
  if (updated && updated.value === fromLine.value) return updated;
  return { ...fromLine, approximate: published.approximate };
}
