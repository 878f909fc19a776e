import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS, type Corpus } from '../../src/core/index.js';
import { runConsole } from '../../src/adapters/console/console-session.js';
import { runCli } from '../../src/adapters/console/cli.js';
import { seedCorpus, testContext } from '../helpers/seed-corpus.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});

async function session(lines: string[], publicUrl?: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString()));
  const done = runConsole({
    commands: COMMANDS,
    ctx: testContext(corpus),
    input,
    output,
    interactive: false,
    publicUrl,
  });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return text;
}

describe('the console with piped input', () => {
  it('GIVEN "/quote gold venezuela" THEN the Bank of England post is printed with speaker and source', async () => {
    const out = await session(['/quote gold venezuela']);
    expect(out).toContain(
      '“The Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela.',
    );
    expect(out).toContain('— Chris Williamson (own words)');
    expect(out).toContain(
      'Chris Williamson — webtoady.com (mirror of his Facebook page), c. Feb 2019 · https://webtoady.com/business/east-midlands/chris-williamson',
    );
  });

  it('GIVEN words without a command, then next and context THEN they search, page and open the context', async () => {
    const out = await session(['Labour limit:1', 'next', 'context 1', 'exit', '/help']);
    expect(out).toContain('Page 1 of');
    expect(out).toContain('Page 2 of');
    expect(out).toMatch(/Quote q[0-9a-z]{8} in context/);
    expect(out).not.toContain('Verbatim help'); // nothing after exit
  });

  it('GIVEN a public URL THEN each quote is followed by an Open line; without one there is none', async () => {
    const linked = await session(['/quote gold venezuela limit:1'], 'https://verbatim.example.org');
    expect(linked).toContain(
      '  quote id: qm4c55jed\n  Open: https://verbatim.example.org/q/qm4c55jed\n',
    );
    const plain = await session(['/quote gold venezuela limit:1']);
    expect(plain).not.toContain('Open:');
    expect(linked.replace('  Open: https://verbatim.example.org/q/qm4c55jed\n', '')).toBe(plain);
  });

  it('GIVEN bad lines THEN each gets a clear message and the session goes on', async () => {
    const out = await session(['/quote', '/nope', 'prev', '/source ei-independent-run']);
    expect(out).toContain('query: type what to look for');
    expect(out).toContain('There is no command called "nope".');
    expect(out).toContain('There is no "Previous" for the last answer.');
    expect(out).toContain('Chris Williamson runs for Parliament as independent');
  });
});

describe('the one-shot CLI', () => {
  let stdout = '';
  let stderr = '';
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    stdout = '';
    stderr = '';
  });
  function capture() {
    vi.spyOn(process.stdout, 'write').mockImplementation(
      (c: string | Uint8Array) => ((stdout += c.toString()), true),
    );
    vi.spyOn(process.stderr, 'write').mockImplementation(
      (c: string | Uint8Array) => ((stderr += c.toString()), true),
    );
  }

  it('GIVEN quote --json THEN stdout is exactly one JSON object with the README shape', async () => {
    capture();
    const code = await runCli(['quote', 'gold', 'venezuela', '--json']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as { results: Record<string, unknown>[] };
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(Object.keys(data.results[0]!)).toEqual(
      expect.arrayContaining(['id', 'text', 'speaker', 'role', 'source', 'score']),
    );
    expect(Object.keys(data.results[0]!.source as object)).toEqual([
      'id',
      'title',
      'publisher',
      'author',
      'url',
      'published',
      'publishedLabel',
      'kind',
    ]);
  });

  it('GIVEN PUBLIC_URL and --json THEN every result carries the url of its quote page', async () => {
    capture();
    vi.stubEnv('PUBLIC_URL', 'https://verbatim.example.org/');
    expect(await runCli(['quote', 'gold', 'venezuela', '--json'])).toBe(0);
    const data = JSON.parse(stdout) as { results: { id: string; url: string }[] };
    expect(data.results.length).toBeGreaterThan(0);
    for (const r of data.results) expect(r.url).toBe(`https://verbatim.example.org/q/${r.id}`);
  });

  it('GIVEN PUBLIC_URL and a quote in text THEN an Open line names its page under the quote id', async () => {
    capture();
    vi.stubEnv('PUBLIC_URL', 'https://verbatim.example.org');
    expect(await runCli(['quote', 'gold', 'venezuela', '--limit', '1'])).toBe(0);
    expect(stdout).toContain(
      '  quote id: qm4c55jed\n  Open: https://verbatim.example.org/q/qm4c55jed\n',
    );
  });

  it.each([
    [['quote', '', '--json'], 'invalid-input'],
    [['quote', '   ', '--json'], 'invalid-input'],
    [['quote', '...', '--json'], 'invalid-input'],
    [['quote', 'x'.repeat(5000), '--json'], 'invalid-input'],
    [['quote', 'gold', '--speaker', 'Nobody Known', '--json'], 'unknown-speaker'],
    [['quote', 'gold', '--source', 'nope', '--json'], 'unknown-source'],
    [['quote', 'gold', '--colour', 'red', '--json'], 'invalid-input'],
    [['frobnicate', '--json'], 'unknown-command'],
  ])('GIVEN %j THEN exit code 2 and a JSON error %s', async (argv, code) => {
    capture();
    expect(await runCli(argv)).toBe(2);
    expect(JSON.parse(stdout)).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('GIVEN --help THEN every command with its flags, the exit codes, and exit 0 without loading the corpus', async () => {
    capture();
    expect(await runCli(['--help'])).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'Usage: npm run --silent cli -- <command> [text] [--option value] [--corpus NAME] [--json]',
      '',
      '  quote "<query>" [--speaker STRING] [--source STRING] [--from DATE] [--to DATE] [--limit INTEGER] [--private] [--json]',
      '  verify "<text>" [--speaker STRING] [--json]',
      '  timeline "<topic>" [--from DATE] [--to DATE] [--speaker STRING] [--limit INTEGER] [--json]',
      '  source "<id>"  [--json]',
      '  help  [--json]',
      '',
      '--corpus names a corpus of corpora.yaml (default: its default, else the first listed).',
      'Exit codes: 0 answered, 2 bad input or configuration, 1 anything else. `help` explains every option.',
      '',
    ]);
    expect(stderr).toBe('');
  });

  it('GIVEN CORPUS_DIR naming a file and --json THEN exit 2 with one JSON error naming the variable', async () => {
    capture();
    vi.stubEnv('CORPUS_DIR', 'package.json');
    try {
      expect(await runCli(['quote', 'gold', '--json'])).toBe(2);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(JSON.parse(stdout)).toEqual({
      error: {
        code: 'invalid-configuration',
        message:
          'CORPUS_DIR: the folder "package.json" is a file, not a folder. Set CORPUS_DIR to a folder of .md/.txt documents (default: seeds).',
      },
    });
  });

  it('GIVEN source --json THEN the corpus is listed', async () => {
    capture();
    expect(await runCli(['source', '--json'])).toBe(0);
    expect((JSON.parse(stdout) as { sources: { id: string }[] }).sources.map((s) => s.id)).toEqual([
      'facebook-page',
      'hard-labour-interview',
      'ei-independent-run',
      'morning-star-oped',
      'grassroots-movement',
    ]);
  });

  it('GIVEN a missing corpus folder THEN the message names CORPUS_DIR and the exit code is 2', async () => {
    capture();
    vi.stubEnv('CORPUS_DIR', 'no-such-folder');
    expect(await runCli(['source'])).toBe(2);
    expect(stderr).toBe(
      'CORPUS_DIR: the folder "no-such-folder" does not exist. Set CORPUS_DIR to a folder of .md/.txt documents (default: seeds).\n',
    );
  });

  it('GIVEN a bad setting THEN the message names the variable and how to fix it', async () => {
    capture();
    vi.stubEnv('SLACK_BOT_TOKEN', 'oops');
    expect(await runCli(['source'])).toBe(2);
    expect(stderr).toContain(
      'SLACK_BOT_TOKEN must start with xoxb- (OAuth & Permissions → Bot User OAuth Token)',
    );
  });
});
