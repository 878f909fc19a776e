import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { scannedPdf, transcriptPdf } from './make-pdfs.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const update = process.env.UPDATE_FIXTURES === '1';

describe('PDF fixtures', () => {
  it.each([
    ['transcript.pdf', transcriptPdf],
    ['scanned.pdf', scannedPdf],
  ])('GIVEN the generator THEN %s is the committed file, byte for byte', async (name, make) => {
    const made = Buffer.from(await make());
    const file = new URL(name, FIXTURES);
    // UPDATE_FIXTURES=1 npx vitest run tests/ingest/pdf-fixtures.test.ts rewrites them
    if (update) await writeFile(file, made);
    expect(made.equals(await readFile(file))).toBe(true);
  });
});
