import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The house rule: small files named for what they do. */
const MAX_LINES = 300;

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

function lineCount(source: string): number {
  if (source === '') return 0;
  return source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
}

describe('the house rules', () => {
  it(`GIVEN every file of src/ THEN none is over ${MAX_LINES} lines`, async () => {
    const files = await filesUnder('src');
    expect(files.length).toBeGreaterThan(50);
    const tooLong: string[] = [];
    for (const file of files) {
      const lines = lineCount(await readFile(file, 'utf8'));
      if (lines > MAX_LINES) tooLong.push(`${file}: ${lines} lines`);
    }
    expect(tooLong).toEqual([]);
  });

  it('GIVEN the line counter THEN it counts lines as wc -l does, with or without a final newline', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\nb\n')).toBe(2);
  });
});
