/**
 * Start-up shared by `npm start` and the one-shot CLI: configuration, logger and corpus, with
 * problems reported as plain sentences on stderr (never a stack trace).
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import type { Logger } from 'pino';
import { loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { loadCorpora, type Corpora } from './corpora/index.js';
import {
  describeFsError,
  prepareCacheDir,
  Scheduler,
  type Corpus,
  type CorpusIssue,
} from './core/index.js';

export type Startup =
  | {
      ok: true;
      config: Config;
      logger: Logger;
      /** Every corpus of CORPUS_DIR (one, without corpora.yaml) and the corpus of each place. */
      corpora: Corpora;
      /** The default corpus (the first listed when corpora.yaml names no default). */
      corpus: Corpus;
      scheduler: Scheduler;
    }
  | { ok: false; exitCode: number; message: string };

/**
 * The CLI, and `npm start` when no platform is configured (the console), log only errors unless
 * LOG_LEVEL is set: their output is for a person at a terminal.
 */
export async function startUp({ mode }: { mode: 'cli' | 'main' }): Promise<Startup> {
  const envFile = loadDotEnv();
  if (!envFile.ok) {
    return failed(`.env: ${envFile.message}`);
  }
  const result = loadConfig();
  if (!result.ok) {
    return failed(
      `Configuration error:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\nSee .env.example for every setting.`,
    );
  }
  const config = result.config;
  const consoleOnly = mode === 'cli' || (!config.discord && !config.slack);
  const level = consoleOnly && !config.logLevelExplicit ? 'error' : config.logLevel;
  const logger = createLogger(level);
  const corpusProblem = await checkCorpusDir(config.corpusDir);
  if (corpusProblem) {
    return failed(
      `CORPUS_DIR: the folder "${config.corpusDir}" ${corpusProblem}. Set CORPUS_DIR to a folder of .md/.txt documents (default: seeds).`,
    );
  }
  const cache = await prepareCacheDir(config.cacheDir);
  if (!cache.ok) {
    const message = `CACHE_DIR: cannot use "${config.cacheDir}" (${cache.reason}); running without a cache, so every start reads the whole corpus. Point CACHE_DIR at a folder this user can write.`;
    logger.warn({ cacheDir: config.cacheDir, reason: cache.reason }, message);
    // The console and CLI log only errors: say it on stderr too, once.
    if (!logger.isLevelEnabled('warn')) process.stderr.write(`${message}\n`);
  }
  // One event loop, one scheduler: it slices the loading and then the commands' turns.
  const scheduler = new Scheduler();
  const loaded = await loadCorpora(config.corpusDir, {
    logger,
    cacheDir: cache.ok ? config.cacheDir : null,
    scheduler,
  });
  if (!loaded.ok) {
    const count = loaded.errors.length;
    return failed(
      `${loaded.file}: ${count === 1 ? 'a mistake' : `${count} mistakes`}:\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}\nSee README "Several corpora" for the format.`,
    );
  }
  const { corpora } = loaded;
  const corpus = (corpora.byId(corpora.defaultId) ?? corpora.list()[0]!).corpus;
  return { ok: true, config, logger, corpora, corpus, scheduler };
}

/** A configuration problem: said on stderr; exit 2, since a restart will not help until it is fixed. */
function failed(message: string): Startup {
  process.stderr.write(`${message}\n`);
  return { ok: false, exitCode: 2, message };
}

/** Why the corpus folder cannot be used ("does not exist", "cannot be read: permission denied"), or null. */
async function checkCorpusDir(dir: string): Promise<string | null> {
  try {
    if (!(await stat(dir)).isDirectory()) return 'is a file, not a folder';
    await readdir(dir);
    return null;
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return 'does not exist';
    return `cannot be read: ${describeFsError(err)}`;
  }
}

/** Variables from `.env` in the working directory, when there is one; the real environment wins. */
function loadDotEnv(): { ok: true } | { ok: false; message: string } {
  if (!existsSync('.env')) return { ok: true };
  try {
    process.loadEnvFile('.env');
    return { ok: true };
  } catch (err) {
    return {
      ok: false,
      message: `could not be read (${err instanceof Error ? err.message : String(err)}); fix or remove it`,
    };
  }
}

/** One line per corpus problem, for people: "seeds/bad.md: published: … (skipped)". */
export function describeIssues(issues: readonly CorpusIssue[]): string {
  return issues
    .map(
      (i) =>
        `  ${i.severity === 'skipped' ? 'skipped' : 'warning'}: ${i.file}${i.field ? ` (${i.field})` : ''}: ${i.message}`,
    )
    .join('\n');
}
