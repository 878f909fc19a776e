/**
 * The only module that reads `process.env`. Every variable is validated once at start-up with zod,
 * and every problem is reported by name with how to fix it. `.env.example` lists the same variables.
 */
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const DISCORD_MODES = ['gateway', 'http'] as const;

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const optionalUrl = (name: string) =>
  optionalText.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
    message: `${name} must be an http(s) URL, e.g. http://127.0.0.1:8080/api`,
  });

const envSchema = z.object({
  CORPUS_DIR: optionalText,
  CACHE_DIR: optionalText,
  LOG_LEVEL: optionalText.refine(
    (v) => v === undefined || (LOG_LEVELS as readonly string[]).includes(v),
    {
      message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`,
    },
  ),
  SHUTDOWN_TIMEOUT_MS: optionalText.refine((v) => v === undefined || /^\d+$/.test(v), {
    message: 'SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds, e.g. 10000',
  }),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.refine((v) => v === undefined || /^\d{15,22}$/.test(v), {
    message:
      'DISCORD_APPLICATION_ID must be the numeric Application ID from the Developer Portal (General Information)',
  }),
  DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || /^\d{15,22}$/.test(v), {
    message:
      'DISCORD_GUILD_ID must be a numeric server ID (Developer Mode on, right-click the server, Copy Server ID)',
  }),
  DISCORD_API_URL: optionalUrl('DISCORD_API_URL'),
  DISCORD_PUBLIC_KEY: optionalText.refine((v) => v === undefined || /^[0-9a-fA-F]{64}$/.test(v), {
    message:
      'DISCORD_PUBLIC_KEY must be the 64 hex characters of the Public Key (Developer Portal → General Information)',
  }),
  DISCORD_MODE: optionalText.refine(
    (v) => v === undefined || (DISCORD_MODES as readonly string[]).includes(v.toLowerCase()),
    {
      message: `DISCORD_MODE must be gateway (one process, a gateway connection) or http (interactions at POST /discord/interactions)`,
    },
  ),
  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'SLACK_BOT_TOKEN must start with xoxb- (OAuth & Permissions → Bot User OAuth Token)',
  }),
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message:
      'SLACK_APP_TOKEN must start with xapp- (Basic Information → App-Level Tokens, with the connections:write scope)',
  }),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalUrl('SLACK_API_URL'),
  SLACK_COMMAND_PREFIX: optionalText.refine(
    (v) => v === undefined || /^[a-z0-9_-]{1,10}$/.test(v),
    {
      message:
        'SLACK_COMMAND_PREFIX must be 1-10 lowercase letters, digits, - or _, e.g. vb- (gives /vb-quote)',
    },
  ),
  PORT: optionalText.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) < 65536), {
    message: 'PORT must be a TCP port number, e.g. 3000',
  }),
  HOST: optionalText.refine((v) => v === undefined || /^[\w.:[\]-]+$/.test(v), {
    message: 'HOST must be an address to listen on, e.g. 127.0.0.1 (this machine only) or 0.0.0.0',
  }),
  PUBLIC_URL: optionalText.refine((v) => v === undefined || isPublicUrl(v), {
    message:
      'PUBLIC_URL must be the absolute http(s) address users reach the site at, e.g. https://quotes.example.org (no query, fragment or password)',
  }),
  REDIS_URL: optionalText.refine((v) => v === undefined || /^rediss?:\/\/\S+$/.test(v), {
    message:
      'REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379 (or redis://:password@host:6379/0)',
  }),
  COOLDOWN_COMMANDS: optionalText.refine((v) => v === undefined || /^\d{1,6}$/.test(v), {
    message:
      'COOLDOWN_COMMANDS must be a whole number of commands per window, e.g. 10 (0 turns the cooldown off)',
  }),
  COOLDOWN_SECONDS: optionalText.refine((v) => v === undefined || /^\d{1,6}$/.test(v), {
    message:
      'COOLDOWN_SECONDS must be a whole number of seconds, e.g. 30 (0 turns the cooldown off)',
  }),
  INGEST_ALLOW_PRIVATE: optionalText.refine(
    (v) => v === undefined || ['0', '1', 'true', 'false'].includes(v.toLowerCase()),
    {
      message:
        'INGEST_ALLOW_PRIVATE must be 1 (let `npm run add` fetch loopback and private addresses, for tests) or 0',
    },
  ),
});

/** An absolute http(s) URL with a host and no query, fragment or credentials. */
function isPublicUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.hostname !== '' && !url.search && !url.hash && !url.username && !url.password;
  } catch {
    return false;
  }
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId: string | null;
  /** REST base URL (`…/api`); null for Discord's own. */
  apiUrl: string | null;
  /**
   * `gateway`: a gateway connection delivers interactions (one process). `http`: Discord POSTs
   * them to `/discord/interactions` (any number of instances, no gateway connection).
   */
  mode: (typeof DISCORD_MODES)[number];
  /** Hex Ed25519 key that signs HTTP interactions; set whenever `mode` is `http`. */
  publicKey: string | null;
}

export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set; HTTP mode on `port` otherwise. */
  appToken: string | null;
  signingSecret: string | null;
  apiUrl: string | null;
  /** Prefix for slash command names: `vb-` gives `/vb-quote`. Empty for none. */
  commandPrefix: string;
  port: number;
}

export interface WebConfig {
  /** The one HTTP server's port (`PORT`, 3000 by default; 0 picks a free one, for tests). */
  port: number;
  /** The address it listens on (`HOST`, 127.0.0.1 by default). */
  host: string;
  /** The address users reach the site at, without a trailing slash (`PUBLIC_URL`); null if unset. */
  publicUrl: string | null;
}

export interface Config {
  corpusDir: string;
  cacheDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** True when LOG_LEVEL was set: the console then keeps it instead of its quieter default. */
  logLevelExplicit: boolean;
  shutdownTimeoutMs: number;
  /** `npm run add` may fetch loopback and private addresses (tests only). */
  ingestAllowPrivate: boolean;
  discord: DiscordConfig | null;
  slack: SlackConfig | null;
  web: WebConfig;
  /** Where instances share their state; null keeps it all in memory (one instance). */
  redisUrl: string | null;
  /** Per-user cooldown: `commands` per `seconds`; either 0 turns it off. */
  cooldown: { commands: number; seconds: number };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Validates the environment; never throws. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => i.message) };
  }
  const e = parsed.data;
  const errors: string[] = [];

  let discord: DiscordConfig | null = null;
  if (e.DISCORD_TOKEN || e.DISCORD_APPLICATION_ID) {
    if (!e.DISCORD_TOKEN) {
      errors.push(
        'DISCORD_TOKEN is required when DISCORD_APPLICATION_ID is set (Developer Portal → Bot → Reset Token)',
      );
    }
    if (!e.DISCORD_APPLICATION_ID) {
      errors.push(
        'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set (Developer Portal → General Information → Application ID)',
      );
    }
    // HTTP when the public key is set, unless DISCORD_MODE says otherwise (README, "Discord over
    // HTTP interactions"): Discord sends interactions to one place only, never to both.
    const mode =
      (e.DISCORD_MODE?.toLowerCase() as DiscordConfig['mode'] | undefined) ??
      (e.DISCORD_PUBLIC_KEY ? 'http' : 'gateway');
    if (mode === 'http' && !e.DISCORD_PUBLIC_KEY) {
      errors.push(
        'DISCORD_PUBLIC_KEY is required when DISCORD_MODE is http (Developer Portal → General Information → Public Key)',
      );
    }
    if (e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID) {
      discord = {
        token: e.DISCORD_TOKEN,
        applicationId: e.DISCORD_APPLICATION_ID,
        guildId: e.DISCORD_GUILD_ID ?? null,
        apiUrl: e.DISCORD_API_URL ?? null,
        mode,
        publicKey: e.DISCORD_PUBLIC_KEY?.toLowerCase() ?? null,
      };
    }
  } else if (e.DISCORD_PUBLIC_KEY || e.DISCORD_MODE) {
    errors.push(
      `DISCORD_TOKEN and DISCORD_APPLICATION_ID are required when ${e.DISCORD_PUBLIC_KEY ? 'DISCORD_PUBLIC_KEY' : 'DISCORD_MODE'} is set (Developer Portal → Bot → Reset Token; General Information → Application ID)`,
    );
  }

  let slack: SlackConfig | null = null;
  const slackSet = e.SLACK_BOT_TOKEN || e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET;
  if (slackSet) {
    if (!e.SLACK_BOT_TOKEN) {
      errors.push(
        'SLACK_BOT_TOKEN is required for Slack (OAuth & Permissions → Bot User OAuth Token, xoxb-…)',
      );
    }
    if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      errors.push(
        'Slack needs SLACK_APP_TOKEN for Socket Mode (Basic Information → App-Level Tokens) or SLACK_SIGNING_SECRET for HTTP mode (Basic Information → Signing Secret)',
      );
    }
    if (e.SLACK_BOT_TOKEN && (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET)) {
      slack = {
        botToken: e.SLACK_BOT_TOKEN,
        appToken: e.SLACK_APP_TOKEN ?? null,
        signingSecret: e.SLACK_SIGNING_SECRET ?? null,
        apiUrl: e.SLACK_API_URL ?? null,
        commandPrefix: e.SLACK_COMMAND_PREFIX ?? '',
        port: e.PORT ? Number(e.PORT) : 3000,
      };
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  return {
    ok: true,
    config: {
      corpusDir: e.CORPUS_DIR ?? 'seeds',
      cacheDir: e.CACHE_DIR ?? '.cache',
      logLevel: (e.LOG_LEVEL as Config['logLevel'] | undefined) ?? 'info',
      logLevelExplicit: e.LOG_LEVEL !== undefined,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS ? Number(e.SHUTDOWN_TIMEOUT_MS) : 10_000,
      ingestAllowPrivate: ['1', 'true'].includes(e.INGEST_ALLOW_PRIVATE?.toLowerCase() ?? ''),
      discord,
      slack,
      web: {
        port: e.PORT ? Number(e.PORT) : 3000,
        host: e.HOST ?? '127.0.0.1',
        publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/+$/, '') : null,
      },
      redisUrl: e.REDIS_URL ?? null,
      cooldown: {
        commands: e.COOLDOWN_COMMANDS ? Number(e.COOLDOWN_COMMANDS) : 10,
        seconds: e.COOLDOWN_SECONDS ? Number(e.COOLDOWN_SECONDS) : 30,
      },
    },
  };
}
