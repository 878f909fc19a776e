/**
 * Files that are not UTF-8 text: binary files are skipped with a reason, UTF-16 and Latin-1 are
 * decoded (Latin-1 with a warning), two files with the same text are a warning, and a folder with
 * nothing to serve says so.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDocuments } from '../../src/core/corpus/read-documents.js';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function folderWith(files: Record<string, string | Uint8Array>): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-encodings-'));
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(dir, name), content);
  return dir;
}

/** An executable's first bytes (ELF header), saved with a text extension. */
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0]);
/** Bytes 0–255 twice over: control characters and NULs, as random bytes have. */
const NOISE = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);

function utf16le(text: string): Uint8Array {
  const bom = [0xff, 0xfe];
  const units = [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
  return Uint8Array.from([...bom, ...units]);
}

describe('reading files that are not UTF-8 text', () => {
  it('GIVEN an executable saved as .txt and random bytes as .md THEN both are skipped as binary and the text file loads', async () => {
    const { documents, issues } = await readDocuments(
      await folderWith({ 'tool.txt': ELF, 'noise.md': NOISE, 'ok.txt': 'Plain words.\n' }),
    );
    expect(documents.map((d) => [d.id, d.body])).toEqual([['ok', 'Plain words.\n']]);
    expect(issues).toEqual([
      {
        file: 'noise.md',
        field: null,
        message: 'a binary file, not text; skipped',
        severity: 'skipped',
      },
      {
        file: 'tool.txt',
        field: null,
        message: 'a binary file, not text; skipped',
        severity: 'skipped',
      },
    ]);
  });

  it('GIVEN UTF-16 with a byte-order mark THEN its text is read, not an empty document', async () => {
    const { documents, issues } = await readDocuments(
      await folderWith({ 'wide.txt': utf16le('“We will build it,” she said.\n') }),
    );
    expect([documents.map((d) => d.body), issues]).toEqual([
      ['“We will build it,” she said.\n'],
      [],
    ]);
  });

  it('GIVEN Latin-1 bytes THEN the accents and curly quotes are read as Windows-1252, with a warning naming the file', async () => {
    // "Café – “ok”" in Windows-1252: é E9, en dash 96, curly quotes 93/94
    const bytes = Uint8Array.from([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x0a,
    ]);
    const { documents, issues } = await readDocuments(await folderWith({ 'old.txt': bytes }));
    expect(documents.map((d) => d.body)).toEqual(['Café – “ok”\n']);
    expect(issues).toEqual([
      {
        file: 'old.txt',
        field: null,
        message:
          'not UTF-8: read as Windows-1252 (Latin-1); check its accents and quote marks, and save it as UTF-8 to be sure',
        severity: 'warning',
      },
    ]);
  });

  it('GIVEN two files with the same body THEN both load and the second is a warning naming the first', async () => {
    const { documents, issues } = await readDocuments(
      await folderWith({
        'a.md': '---\ntitle: First copy\n---\nThe same words.\n',
        'b.md': '---\ntitle: Second copy\n---\nThe same words.\n',
      }),
    );
    expect([documents.map((d) => d.id), issues]).toEqual([
      ['a', 'b'],
      [
        {
          file: 'b.md',
          field: null,
          message: 'the same text as a.md: its quotes will show twice; remove one of them',
          severity: 'warning',
        },
      ],
    ]);
  });

  it('GIVEN an empty folder THEN a warning says there is nothing to answer from', async () => {
    const { issues } = await readDocuments(await folderWith({}));
    expect(issues).toEqual([
      {
        file: '.',
        field: null,
        message:
          'no documents: the folder holds no .md or .txt files, so every search finds nothing',
        severity: 'warning',
      },
    ]);
  });

  it('GIVEN a folder whose only file is skipped THEN the warning says every file was skipped', async () => {
    const { issues } = await readDocuments(await folderWith({ 'tool.txt': ELF }));
    expect(issues.map((i) => [i.file, i.message])).toEqual([
      ['tool.txt', 'a binary file, not text; skipped'],
      ['.', 'no documents: every file was skipped (see above), so every search finds nothing'],
    ]);
  });
});
