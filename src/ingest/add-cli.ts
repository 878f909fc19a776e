/**
 * `npm run add -- <file|folder|url>... [--kind K] [--id ID] [--author NAME] [--json]`: adds pages
 * to the corpus folder (CORPUS_DIR) and says what it added and skipped. With --json, stdout holds
 * exactly one object: `{"added":[{"id","file","title","publisher","author","published","url",
 * "kind"}],"skipped":[{"input","reason"}]}`. Exit codes: 0 when anything was added or everything
 * was already there, 2 for bad input or configuration, 1 for anything else.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ErrorCode } from '../core/index.js';
import { checkIngestOptions, ingest, type IngestResult } from './ingest.js';
import type { FetchLimits } from './fetch-url.js';

const USAGE =
  'Usage: npm run add -- <file|folder|url>... [--kind K] [--id ID] [--author NAME] [--json]';

const HELP = `Adds pages to the corpus folder (CORPUS_DIR): saved web pages (.html), http(s) URLs, PDFs,
SRT and WebVTT subtitles, an X archive's tweets.js, .txt and .md files; a folder adds every such
file in it. What the corpus already holds (the same address or the same text) is skipped.
  --kind K       the kind of every document added: article, interview, op-ed, social,
                 transcript, speech, letter or other (default: the kind the input shows)
  --id ID        the id of the one document added (default: made from its title)
  --author NAME  the author of every document added; @user names an X archive's account
  --json         print {"added":[…],"skipped":[…]} on stdout
Exit codes: 0 added or already there, 2 bad input, 1 anything else.`;

export interface AddIo {
  env?: Record<string, string | undefined>;
  write?: (text: string) => void;
  writeError?: (text: string) => void;
  /** Narrower fetch limits (tests). */
  fetchLimits?: Partial<FetchLimits>;
}

export async function runAdd(argv: string[], io: AddIo = {}): Promise<number> {
  const write = io.write ?? ((t: string) => process.stdout.write(t));
  const writeError = io.writeError ?? ((t: string) => process.stderr.write(t));
  const json = argv.includes('--json');
  const refuse = (message: string): number => {
    if (json) write(`${JSON.stringify({ error: { code: ErrorCode.InvalidInput, message } })}\n`);
    else writeError(`${message}\n${USAGE}\n`);
    return 2;
  };

  let values: { kind?: string; id?: string; author?: string; help?: boolean };
  let inputs: string[];
  try {
    const parsed = parseArgs({
      args: argv,
      options: {
        kind: { type: 'string' },
        id: { type: 'string' },
        author: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    values = parsed.values;
    inputs = parsed.positionals;
  } catch (err) {
    // parseArgs explains at length how to pass a file named like an option; the name is enough
    const message = err instanceof Error ? err.message : '';
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    return refuse(
      unknown ? `Unknown option ${unknown[1]}.` : message.split('\n')[0] || 'Bad arguments.',
    );
  }
  if (values.help) {
    write(`${USAGE}\n\n${HELP}\n`);
    return 0;
  }
  if (inputs.length === 0) return refuse('Name at least one file, folder or http(s) URL to add.');

  const config = loadConfig(io.env ?? process.env);
  if (!config.ok) return refuse(`Configuration error: ${config.errors.join('; ')}`);
  const corpusDir = config.config.corpusDir;
  const dirInfo = await stat(corpusDir).catch(() => null);
  if (dirInfo && !dirInfo.isDirectory())
    return refuse(`CORPUS_DIR "${corpusDir}" is a file; set it to the corpus folder.`);
  const options = {
    corpusDir,
    kind: values.kind ?? null,
    id: values.id ?? null,
    author: values.author ?? null,
    allowPrivate: config.config.ingestAllowPrivate,
    ...(io.fetchLimits ? { fetchLimits: io.fetchLimits } : {}),
  };
  const problem = checkIngestOptions(options);
  if (problem) return refuse(problem);

  const result = await ingest(inputs, options);
  if (json) {
    write(
      `${JSON.stringify({
        added: result.added,
        skipped: result.skipped.map(({ input, reason }) => ({ input, reason })),
      })}\n`,
    );
  } else {
    write(describe(result, corpusDir));
  }
  return exitCode(result);
}

/** 0 when anything was added or all that was skipped is already there (or one post of many). */
export function exitCode(result: IngestResult): number {
  if (result.added.length > 0) return 0;
  const harmless = result.skipped.every((s) => s.existing !== undefined || s.part === true);
  return result.skipped.length > 0 && harmless ? 0 : 2;
}

function describe(result: IngestResult, corpusDir: string): string {
  const lines: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    result.added.length > 0
      ? `Added ${plural(result.added.length, 'document')} to ${corpusDir}:`
      : `Nothing added to ${corpusDir}.`,
  );
  for (const doc of result.added) {
    const about = [doc.publisher, doc.author, doc.published, doc.kind].filter(Boolean).join(' · ');
    lines.push(`  ${doc.file}  “${doc.title}”  ${about}`);
  }
  if (result.skipped.length > 0) {
    lines.push(`Skipped ${result.skipped.length}:`);
    for (const s of result.skipped) lines.push(`  ${s.input}: ${s.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

// Run when executed directly (not when imported by tests).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (existsSync('.env')) {
    try {
      process.loadEnvFile('.env');
    } catch (err) {
      process.stderr.write(
        `.env: could not be read (${(err as Error).message}); fix or remove it\n`,
      );
      process.exit(2);
    }
  }
  runAdd(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(
        `Unexpected failure: ${err instanceof Error ? err.message : String(err)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
