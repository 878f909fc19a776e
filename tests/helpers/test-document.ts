import type { Document } from '../../src/core/index.js';

/** A document for unit tests: an untitled article with no metadata, overridden by `fields`. */
export function testDocument(body: string, fields: Partial<Document> = {}): Document {
  return {
    id: 'd',
    file: 'd.md',
    title: 'Untitled',
    publisher: null,
    author: null,
    url: null,
    published: null,
    updated: null,
    kind: 'article',
    hints: {},
    body,
    ...fields,
  };
}
