import { mkdtemp, writeFile, rm, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/index.js';
import { QUOTE_ID_PATTERN, quoteIdFor } from '../../src/core/corpus/quote-id.js';
import { silentLogger } from '../../src/logger.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('stable quote ids', () => {
  it('GIVEN the same document and text THEN the id is the same; any change gives another', () => {
    const id = quoteIdFor('doc', 'Some words.', 0);
    expect(id).toMatch(QUOTE_ID_PATTERN);
    expect(id).toHaveLength(9);
    expect(quoteIdFor('doc', 'Some words.', 0)).toBe(id);
    expect(quoteIdFor('doc', 'Some words!', 0)).not.toBe(id);
    expect(quoteIdFor('other', 'Some words.', 0)).not.toBe(id);
    expect(quoteIdFor('doc', 'Some words.', 1)).not.toBe(id);
  });

  it('GIVEN a reload, and an edit elsewhere in a document THEN unchanged passages keep their ids', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-ids-'));
    dirs.push(dir);
    await cp('seeds', dir, { recursive: true });
    const first = await loadCorpus(dir, { logger: silentLogger() });
    const again = await loadCorpus(dir, { logger: silentLogger() });
    expect([...again.passages.keys()]).toEqual([...first.passages.keys()]);

    const file = path.join(dir, '003_f4d72a128563de51.md');
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Onwards!', 'Onwards, comrades!'));
    const edited = await loadCorpus(dir, { logger: silentLogger() });
    const changed = [...first.passages.keys()].filter((id) => !edited.passages.has(id));
    expect(changed).toHaveLength(1);
    expect(first.passages.get(changed[0]!)!.text).toContain('Onwards!');
  });
});
