import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

const PLATFORM_PACKAGES =
  /^(?:discord\.js|@discordjs\/|discord-api-types|@slack\/|ws$|express|undici)/;

function importsOf(source: string): string[] {
  return [
    ...source.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => (m[1] ?? m[2])!);
}

describe('the core knows no platform', () => {
  it('GIVEN every file in src/core THEN none imports a platform SDK or an adapter', async () => {
    const offending: string[] = [];
    for (const file of await filesUnder('src/core')) {
      for (const spec of importsOf(await readFile(file, 'utf8'))) {
        const resolved = spec.startsWith('.')
          ? path.normalize(path.join(path.dirname(file), spec))
          : spec;
        if (
          PLATFORM_PACKAGES.test(spec) ||
          resolved.startsWith('src/adapters') ||
          resolved === 'src/config.js' ||
          resolved === 'src/main.js'
        ) {
          offending.push(`${file}: ${spec}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('GIVEN the import reader THEN it sees static, re-export and dynamic imports', () => {
    expect(
      importsOf(
        "import x from 'discord.js';\nexport { y } from '../a.js';\nconst z = await import('@slack/bolt');",
      ),
    ).toEqual(['discord.js', '../a.js', '@slack/bolt']);
  });

  it('GIVEN the adapters THEN none imports another adapter, and they reach the core only through its index', async () => {
    const offending: string[] = [];
    for (const file of await filesUnder('src/adapters')) {
      const own = file.split(path.sep)[2];
      for (const spec of importsOf(await readFile(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const resolved = path.normalize(path.join(path.dirname(file), spec));
        const other = resolved.startsWith('src/adapters') ? resolved.split(path.sep)[2] : null;
        if (other && other !== own) offending.push(`${file}: ${spec}`);
        if (resolved.startsWith('src/core') && resolved !== path.normalize('src/core/index.js'))
          offending.push(`${file}: ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
