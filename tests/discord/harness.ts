/**
 * Starts the real Discord adapter (discord.js Client) against the fake Discord, with a log that
 * tests can read, and closes everything afterwards.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { startDiscord } from '../../src/adapters/discord/index.js';
import type { AnyCommand, Corpus } from '../../src/core/index.js';
import { loadCorpus } from '../../src/core/index.js';
import type { Corpora } from '../../src/corpora/index.js';
import type { RunningPlatform } from '../../src/platform.js';
import type { CooldownGate, SharedState } from '../../src/shared-state/index.js';
import { REDACT_PATHS } from '../../src/logger.js';
import { FAKE_APP_ID, FAKE_TOKEN, FakeDiscord } from './fake-discord.js';

/** A pino logger (with the app's redaction) whose lines tests can read. */
export function captureLogger(): {
  logger: Logger;
  lines: Record<string, unknown>[];
  text: () => string;
} {
  const raw: string[] = [];
  const logger = pino(
    { level: 'debug', redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    { write: (line: string) => void raw.push(line) },
  );
  return {
    logger,
    get lines() {
      return raw.map((l) => JSON.parse(l) as Record<string, unknown>);
    },
    text: () => raw.join(''),
  };
}

/** Resolves with the first log line that matches, polling (no timing is asserted). */
export async function untilLogged(
  log: ReturnType<typeof captureLogger>,
  match: (line: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  for (;;) {
    const line = log.lines.find(match);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A document whose text tries to ping everyone and a role, and is full of markdown. */
export const MENTIONS_DOCUMENT = `---
id: mention-test
title: A post that tries to ping
publisher: Test Gazette
author: Chris Williamson
url: https://example.org/ping
published: 2020-03-01
kind: social
---
Listen up @everyone and <@&1234567890123456789>: the *real* story is __here__ and ||nowhere||.
`;

/** The seed corpus plus MENTIONS_DOCUMENT, in a temporary folder. */
export async function loadTestCorpus(
  logger: Logger,
): Promise<{ corpus: Corpus; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-discord-'));
  await cp('seeds', dir, { recursive: true });
  await writeFile(join(dir, '900_mention-test.md'), MENTIONS_DOCUMENT);
  const corpus = await loadCorpus(dir, { logger });
  return { corpus, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface Harness {
  fake: FakeDiscord;
  platform: RunningPlatform;
  log: ReturnType<typeof captureLogger>;
  close: () => Promise<void>;
}

export async function startHarness(options: {
  corpus: Corpus;
  /** Several corpora: each interaction answers from the corpus of its server or channel. */
  corpora?: Corpora;
  commands: readonly AnyCommand[];
  deferAfterMs?: number;
  /** State shared with other instances (Redis); the adapter's own memory when absent. */
  shared?: SharedState;
  cooldown?: CooldownGate;
}): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const log = captureLogger();
  const platform = await startDiscord(
    {
      config: {
        token: FAKE_TOKEN,
        applicationId: FAKE_APP_ID,
        guildId: null,
        apiUrl: fake.apiUrl,
        mode: 'gateway',
        publicKey: null,
      },
      corpus: options.corpus,
      ...(options.corpora ? { corpora: options.corpora } : {}),
      commands: options.commands,
      logger: log.logger,
      now: () => new Date('2024-05-01T12:00:00Z'),
      ...(options.shared ? { shared: options.shared } : {}),
      ...(options.cooldown ? { cooldown: options.cooldown } : {}),
    },
    options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {},
  );
  return {
    fake,
    platform,
    log,
    close: async () => {
      await platform.stop(5000);
      await fake.close();
    },
  };
}
