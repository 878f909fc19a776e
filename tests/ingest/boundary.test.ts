import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Chat commands will call `ingest`: ingestion must stay free of platforms and adapters. */
describe('ingestion knows no platform', () => {
  it('GIVEN every file in src/ingest THEN none imports a platform SDK, an adapter or the start-up code', async () => {
    const offending: string[] = [];
    for (const name of await readdir('src/ingest')) {
      const file = path.join('src/ingest', name);
      const source = await readFile(file, 'utf8');
      for (const m of source.matchAll(
        /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g,
      )) {
        const spec = m[1]!;
        const resolved = spec.startsWith('.')
          ? path.normalize(path.join('src/ingest', spec))
          : spec;
        if (
          /^(?:discord\.js|@discordjs\/|discord-api-types|@slack\/|ws$|express)/.test(spec) ||
          resolved.startsWith('src/adapters') ||
          resolved === path.normalize('src/main.js') ||
          (resolved === path.normalize('src/config.js') && name !== 'add-cli.ts')
        )
          offending.push(`${file}: ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
