/**
 * Compiles src/ to dist/ only when a source is newer than the last build, so `npm start`,
 * `npm run cli` and `npm run add` answer at once after the first build (tsc itself takes 4–5 s
 * even when nothing changed). The stamp is written after a successful build only.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const STAMP = path.join('dist', '.built');
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newest(entry) {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = stats.mtimeMs;
  for (const name of readdirSync(entry)) latest = Math.max(latest, newest(path.join(entry, name)));
  return latest;
}

function builtAt() {
  try {
    return statSync(STAMP).mtimeMs;
  } catch {
    return -Infinity;
  }
}

if (Math.max(...INPUTS.map(newest)) > builtAt()) {
  const tsc = spawnSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
    {
      stdio: 'inherit',
    },
  );
  if (tsc.status !== 0) {
    process.stderr.write(
      'The TypeScript build failed (above); fix it, then run the command again.\n',
    );
    process.exit(tsc.status ?? 1);
  }
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
