import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_LAYERS } from './core-layers.js';

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

/** The file's layer: its folder under src/core, `types.ts`, or `index.ts` (the core's own door). */
function layerOf(file: string): string {
  return path.relative('src/core', file).split(path.sep)[0]!.replace(/\.js$/, '.ts');
}

/**
 * Every import in `src/core` that breaks the declared order: a layer importing one above it (or
 * itself from another folder), or reaching into another folder past its `index.ts`.
 */
function layerViolations(files: readonly { file: string; imports: readonly string[] }[]): string[] {
  const rank = (layer: string) =>
    layer === 'index.ts' ? CORE_LAYERS.length : (CORE_LAYERS as readonly string[]).indexOf(layer);
  const out: string[] = [];
  for (const { file, imports } of files) {
    const from = layerOf(file);
    if (rank(from) < 0) out.push(`${file}: folder "${from}" is not in CORE_LAYERS`);
    for (const spec of imports) {
      if (!spec.startsWith('.')) continue;
      const target = path.normalize(path.join(path.dirname(file), spec));
      if (!target.startsWith(`src${path.sep}core${path.sep}`)) continue;
      const to = layerOf(target);
      if (to === from && from !== 'index.ts' && from !== 'types.ts') continue;
      if (rank(to) < 0 || rank(to) >= rank(from))
        out.push(`${file}: ${spec} (${from} may not import ${to}: it is not below it)`);
      else if (to !== 'types.ts' && path.relative(path.join('src/core', to), target) !== 'index.js')
        out.push(`${file}: ${spec} (outside ${to}/, import its index.js)`);
    }
  }
  return out;
}

describe('the layers of the core', () => {
  it('GIVEN every import in src/core THEN each folder imports only layers below it, through their index.ts', async () => {
    const files = [];
    for (const file of await filesUnder('src/core'))
      files.push({ file, imports: importsOf(await readFile(file, 'utf8')) });
    expect(layerViolations(files)).toEqual([]);
  });

  it('GIVEN an import upwards, one past a door and an undeclared folder THEN each is named with its file', () => {
    expect(
      layerViolations([
        { file: 'src/core/verify/a.ts', imports: ['../commands/index.js', '../search/terms.js'] },
        { file: 'src/core/search/b.ts', imports: ['./c.js', '../types.js', '../corpus/index.js'] },
        { file: 'src/core/extra/d.ts', imports: [] },
      ]),
    ).toEqual([
      'src/core/verify/a.ts: ../commands/index.js (verify may not import commands: it is not below it)',
      'src/core/verify/a.ts: ../search/terms.js (outside search/, import its index.js)',
      'src/core/extra/d.ts: folder "extra" is not in CORE_LAYERS',
    ]);
  });

  it('GIVEN the README THEN it prints the declared order', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme).toContain(CORE_LAYERS.join(' → '));
  });
});
