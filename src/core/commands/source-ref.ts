/**
 * Citations of documents, for replies and JSON output.
 */
import type { Document } from '../types.js';
import type { SourceRef } from '../reply/index.js';
import { formatPartialDate, labelPartialDate } from '../corpus/index.js';

export function sourceRefOf(doc: Document): SourceRef {
  return {
    id: doc.id,
    title: doc.title,
    publisher: doc.publisher,
    author: doc.author,
    url: doc.url,
    published: doc.published ? formatPartialDate(doc.published) : null,
    publishedLabel: doc.published ? labelPartialDate(doc.published) : null,
    kind: doc.kind,
  };
}
