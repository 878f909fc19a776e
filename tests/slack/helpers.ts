/**
 * Shared set-up for the Slack end-to-end tests: corpora, a log sink, the adapter's config, and
 * checks over whole Slack payloads (raw mention tokens, verbatim flags).
 */
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pino, { type Logger } from 'pino';
import type { SlackConfig } from '../../src/config.js';
import { COMMANDS, loadCorpus, type AnyCommand, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { startSlack, type RunningSlack } from '../../src/adapters/slack/index.js';
import { SLACK_LIMITS } from '../../src/adapters/slack/limits.js';
import type { SlackButton, SlackMessage } from '../../src/adapters/slack/render-slack.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-test-bot-token-never-logged';
export const APP_TOKEN = 'xapp-1-test-app-token-never-logged';
export const FIXTURE_CORPUS = fileURLToPath(new URL('./fixtures/corpus', import.meta.url));

/** One parsed log line. */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** pino's numeric levels, for assertions. */
export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50 } as const;

/**
 * A debug-level logger whose lines are kept, to check what reaches the log; `waitFor` resolves
 * with the first line (logged already or later) that matches.
 */
export function captureLogger(): {
  logger: Logger;
  lines: string[];
  waitFor: (match: (line: LogLine) => boolean, timeoutMs?: number) => Promise<LogLine>;
} {
  const lines: string[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      events.emit('line', JSON.parse(String(chunk)) as LogLine);
      done();
    },
  });
  const waitFor = (match: (line: LogLine) => boolean, timeoutMs = 10_000): Promise<LogLine> => {
    const seen = lines.map((l) => JSON.parse(l) as LogLine).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const listener = (line: LogLine) => {
        if (!match(line)) return;
        clearTimeout(timer);
        events.off('line', listener);
        resolve(line);
      };
      const timer = setTimeout(() => {
        events.off('line', listener);
        reject(new Error(`no log line matched within ${timeoutMs} ms`));
      }, timeoutMs);
      events.on('line', listener);
    });
  };
  return { logger: pino({ level: 'debug' }, sink), lines, waitFor };
}

export function slackConfig(overrides: Partial<SlackConfig>): SlackConfig {
  return {
    botToken: BOT_TOKEN,
    appToken: null,
    signingSecret: SIGNING_SECRET,
    apiUrl: null,
    commandPrefix: '',
    port: 0,
    ...overrides,
  };
}

/**
 * Every Slack token that would notify or link (`<!channel>`, `<@U1>`, `<#C1>`) found in text Slack
 * parses: mrkdwn objects and the top-level `text`. plain_text is never parsed, so it is skipped.
 */
export function rawMentions(message: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown, parsed: boolean): void => {
    if (typeof node === 'string') {
      if (parsed) found.push(...(node.match(/<[!@#][^>]*>/g) ?? []));
      return;
    }
    if (Array.isArray(node)) return node.forEach((n) => visit(n, parsed));
    if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (obj['type'] === 'plain_text') return;
      for (const [key, value] of Object.entries(obj)) visit(value, key === 'text' || parsed);
    }
  };
  visit(message, false);
  return found;
}

/** True when every mrkdwn text object in the message has `verbatim: true`. */
export function allMrkdwnVerbatim(message: unknown): boolean {
  let ok = true;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      if (obj['type'] === 'mrkdwn' && obj['verbatim'] !== true) ok = false;
      Object.values(obj).forEach(visit);
    }
  };
  visit(message);
  return ok;
}

/** Every Block Kit limit a message breaks (empty when Slack would accept it). */
export function limitViolations(message: SlackMessage): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };
  const text = (
    t: { type: string; text: string; verbatim?: boolean },
    max: number,
    where: string,
  ) => {
    check(t.text.length > 0 && t.text.length <= max, `${where}: ${t.text.length} characters`);
    if (t.type === 'mrkdwn') check(t.verbatim === true, `${where}: not verbatim`);
  };
  const button = (b: SlackButton, where: string) => {
    text(b.text, SLACK_LIMITS.buttonText, `${where} text`);
    check(b.action_id.length <= SLACK_LIMITS.actionId, `${where} action_id`);
    check((b.value ?? '').length <= SLACK_LIMITS.buttonValue, `${where} value`);
    check((b.url ?? '').length <= SLACK_LIMITS.buttonUrl, `${where} url`);
  };
  check(message.blocks.length <= SLACK_LIMITS.blocks, `${message.blocks.length} blocks`);
  message.blocks.forEach((b, i) => {
    const at = `block ${i} (${b.type})`;
    if (b.type === 'header') text(b.text, SLACK_LIMITS.header, at);
    if (b.type === 'section' && 'text' in b) {
      text(b.text, SLACK_LIMITS.text, at);
      if (b.accessory) button(b.accessory, `${at} accessory`);
    }
    if (b.type === 'section' && 'fields' in b) {
      check(b.fields.length <= SLACK_LIMITS.sectionFields, `${at}: ${b.fields.length} fields`);
      b.fields.forEach((f, j) => text(f, SLACK_LIMITS.fieldText, `${at} field ${j}`));
    }
    if (b.type === 'context') {
      check(
        b.elements.length <= SLACK_LIMITS.contextElements,
        `${at}: ${b.elements.length} elements`,
      );
      b.elements.forEach((e, j) => text(e, SLACK_LIMITS.text, `${at} element ${j}`));
    }
    if (b.type === 'actions') {
      check(
        b.elements.length > 0 && b.elements.length <= SLACK_LIMITS.actionsElements,
        `${at}: ${b.elements.length} buttons`,
      );
      b.elements.forEach((e, j) => button(e, `${at} button ${j}`));
    }
  });
  return out;
}

/**
 * The two apps the HTTP end-to-end tests talk to: one on the seeds (logging to `seedsLogger`), one
 * with the `vb-` prefix on the fixture corpus (whose text holds mentions and `&`).
 */
export async function startHttpApps(
  apiUrl: string,
  seedsLogger: Logger,
  fixtureCommands: readonly AnyCommand[] = COMMANDS,
): Promise<{ seeds: RunningSlack; fixture: RunningSlack; fixtureCorpus: Corpus }> {
  const seedsCorpus = await loadCorpus('seeds', { logger: silentLogger() });
  const fixtureCorpus = await loadCorpus(FIXTURE_CORPUS, { logger: silentLogger() });
  const seeds = await startSlack({
    config: slackConfig({ apiUrl }),
    corpus: seedsCorpus,
    commands: COMMANDS,
    logger: seedsLogger,
  });
  const fixture = await startSlack({
    config: slackConfig({ apiUrl, commandPrefix: 'vb-' }),
    corpus: fixtureCorpus,
    commands: fixtureCommands,
    logger: silentLogger(),
  });
  return { seeds, fixture, fixtureCorpus };
}
