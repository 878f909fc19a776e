/**
 * Bolt, the Web API client and the Socket Mode client log through this adapter onto our pino
 * logger. Their messages can carry tokens, response URLs and whole payloads at debug level, so
 * every message is scrubbed before it is written.
 * @see https://docs.slack.dev/tools/bolt-js/concepts/logging
 */
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from 'pino';

const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/\bxox[a-z]-[A-Za-z0-9-]+/g, 'xox?-[redacted]'],
  [/\bxapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]'],
  [/(Bearer\s+)[^\s"',]+/gi, '$1[redacted]'],
  [/("(?:token|response_url|trigger_id|url)"\s*:\s*")[^"]*"/g, '$1[redacted]"'],
  [/\b((?:token|response_url|trigger_id)=)[^&\s"]+/g, '$1[redacted]'],
  [/https:\/\/hooks\.slack\.com\/[^\s"'<>]+/g, '[redacted url]'],
  [/\bwss?:\/\/[^\s"'<>]+/g, '[redacted ws url]'],
];

/** Removes tokens, signing material, response URLs and socket URLs from a log message. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** A Slack SDK logger that writes scrubbed messages to `logger` (its level stays pino's). */
export function toSlackLogger(logger: Logger): SlackLogger {
  const write = (level: 'debug' | 'info' | 'warn' | 'error', msg: unknown[]): void => {
    if (!logger.isLevelEnabled(level)) return;
    logger[level]({ lib: 'slack-sdk' }, scrubSecrets(msg.map(formatPart).join(' ')));
  };
  return {
    debug: (...msg: unknown[]) => write('debug', msg),
    info: (...msg: unknown[]) => write('info', msg),
    warn: (...msg: unknown[]) => write('warn', msg),
    error: (...msg: unknown[]) => write('error', msg),
    setLevel: () => {
      // The level is the root logger's (LOG_LEVEL); Bolt's own setting is ignored.
    },
    getLevel: () => slackLevel(logger.level),
    setName: () => {},
  };
}

function formatPart(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}

function slackLevel(level: string): LogLevel {
  switch (level) {
    case 'trace':
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}

/** An error as log fields: type, code, scrubbed message and stack (never a raw SDK error object). */
export function errorFields(err: unknown): {
  type: string;
  code?: string;
  message: string;
  stack?: string;
} {
  if (!(err instanceof Error)) return { type: typeof err, message: scrubSecrets(String(err)) };
  const code = (err as { code?: unknown }).code;
  return {
    type: err.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: scrubSecrets(err.message),
    ...(err.stack ? { stack: scrubSecrets(err.stack) } : {}),
  };
}

/** The `error` of a Web API platform error (`invalid_auth`, `not_in_channel`), else null. */
export function platformErrorCode(err: unknown): string | null {
  const code = (err as { data?: { error?: unknown } } | null)?.data?.error;
  return typeof code === 'string' ? code : null;
}
