import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../../src/adapters/console/cli.js';
import { makeTwoCorpora } from './two-corpora.js';

let dir: string;
let cleanup: () => Promise<void>;
let stdout = '';

beforeAll(async () => {
  ({ dir, cleanup } = await makeTwoCorpora());
});
afterAll(() => cleanup());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  stdout = '';
});

async function cli(argv: string[], corpusDir = dir): Promise<number> {
  vi.stubEnv('CORPUS_DIR', corpusDir);
  vi.stubEnv('CACHE_DIR', join(dir, '.cache'));
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (c: string | Uint8Array) => ((stdout += c.toString()), true),
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return runCli(argv);
}

const speakers = () =>
  (JSON.parse(stdout) as { results: { speaker: string }[] }).results.map((r) => r.speaker);

describe('the CLI with corpora.yaml', () => {
  it.each([
    [['quote', 'pear', '--corpus', 'orchard', '--json'], ['Tomas Reyes']],
    [['quote', 'pear', '--corpus=orchard', '--json'], ['Tomas Reyes']],
    [['--corpus', 'orchard', 'quote', 'pear', '--json'], ['Tomas Reyes']],
    // no default in corpora.yaml: the first corpus it lists (harbour), which has no pear
    [['quote', 'pear', '--json'], []],
    [['quote', 'lighthouse', '--json'], ['Maya Okafor']],
  ])('GIVEN %j THEN it answers from that corpus (speakers %j)', async (argv, expected) => {
    expect(await cli(argv)).toBe(0);
    expect(speakers()).toEqual(expected);
  });

  it('GIVEN --corpus naming no corpus THEN exit 2 and the names it could have used', async () => {
    expect(await cli(['quote', 'pear', '--corpus', 'pier', '--json'])).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      error: {
        code: 'invalid-input',
        message: 'Unknown corpus "pier". Corpora: harbour, orchard.',
      },
    });
  });

  it('GIVEN --corpus without a name THEN exit 2 and how to give one', async () => {
    expect(await cli(['quote', 'pear', '--corpus', '--json'])).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      error: {
        code: 'invalid-input',
        message: 'Option --corpus needs a corpus name, e.g. --corpus default.',
      },
    });
  });

  it('GIVEN a mistake in corpora.yaml THEN exit 2 with one JSON error naming the file and the entry', async () => {
    const bad = await makeTwoCorpora(
      'corpora:\n  harbour: { dir: harbour }\nplaces:\n  - corpus: pier\n    slack_teams: [T01]\n',
    );
    try {
      expect(await cli(['quote', 'pear', '--json'], bad.dir)).toBe(2);
      expect(JSON.parse(stdout)).toEqual({
        error: {
          code: 'invalid-configuration',
          message: `${join(bad.dir, 'corpora.yaml')}: a mistake:\n  - places[0] (corpus: pier): corpus "pier" is not a corpus of this file (known: harbour); use one of those names or add it under corpora:\nSee README "Several corpora" for the format.`,
        },
      });
    } finally {
      await bad.cleanup();
    }
  });
});
