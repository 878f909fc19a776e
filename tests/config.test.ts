import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const KEY = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);
const DISCORD = { DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: '123456789012345678' };

describe('configuration', () => {
  it('GIVEN no variables THEN the console defaults apply', () => {
    expect(loadConfig({})).toEqual({
      ok: true,
      config: {
        corpusDir: 'seeds',
        cacheDir: '.cache',
        logLevel: 'info',
        logLevelExplicit: false,
        shutdownTimeoutMs: 10000,
        ingestAllowPrivate: false,
        discord: null,
        slack: null,
        web: { port: 3000, host: '127.0.0.1', publicUrl: null },
        redisUrl: null,
        cooldown: { commands: 10, seconds: 30 },
      },
    });
  });

  it('GIVEN PORT, HOST and PUBLIC_URL THEN the site uses them, PUBLIC_URL without its trailing slash', () => {
    const result = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      PUBLIC_URL: 'https://quotes.example.org/',
    });
    expect(result.ok && result.config.web).toEqual({
      port: 8080,
      host: '0.0.0.0',
      publicUrl: 'https://quotes.example.org',
    });
  });

  it('GIVEN REDIS_URL and cooldown settings THEN they are read', () => {
    const result = loadConfig({
      REDIS_URL: 'rediss://:pw@cache.internal:6380/1',
      COOLDOWN_COMMANDS: '0',
      COOLDOWN_SECONDS: '60',
    });
    expect(result.ok && [result.config.redisUrl, result.config.cooldown]).toEqual([
      'rediss://:pw@cache.internal:6380/1',
      { commands: 0, seconds: 60 },
    ]);
  });

  it.each([
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['REDIS_URL', '127.0.0.1:6379'],
    ['COOLDOWN_COMMANDS', 'ten'],
    ['COOLDOWN_SECONDS', '-5'],
  ])('GIVEN %s=%s THEN the error names the variable', (name, value) => {
    const result = loadConfig({ [name]: value });
    expect(result.ok).toBe(false);
    expect(
      !result.ok && result.errors.length === 1 && result.errors[0]!.startsWith(`${name} must`),
    ).toBe(true);
  });

  it('GIVEN Discord and Slack settings THEN both platforms are configured', () => {
    const result = loadConfig({
      DISCORD_TOKEN: 'abc',
      DISCORD_APPLICATION_ID: '123456789012345678',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_COMMAND_PREFIX: 'vb-',
      PORT: '8080',
    });
    expect(result.ok && result.config.discord).toEqual({
      token: 'abc',
      applicationId: '123456789012345678',
      guildId: null,
      apiUrl: null,
      mode: 'gateway',
      publicKey: null,
    });
    expect(result.ok && result.config.slack).toEqual({
      botToken: 'xoxb-1',
      appToken: null,
      signingSecret: 'secret',
      apiUrl: null,
      commandPrefix: 'vb-',
      port: 8080,
    });
  });

  it.each([
    [{ DISCORD_PUBLIC_KEY: KEY }, 'http', KEY],
    [{ DISCORD_PUBLIC_KEY: KEY.toUpperCase(), DISCORD_MODE: 'Gateway' }, 'gateway', KEY],
    [{ DISCORD_MODE: 'gateway' }, 'gateway', null],
  ])('GIVEN Discord with %j THEN the mode is %s', (env, mode, publicKey) => {
    const result = loadConfig({ ...DISCORD, ...env });
    expect(result.ok && result.config.discord).toMatchObject({ mode, publicKey });
  });

  it('GIVEN INGEST_ALLOW_PRIVATE=1 THEN `npm run add` may fetch private addresses', () => {
    const result = loadConfig({ INGEST_ALLOW_PRIVATE: '1' });
    expect(result.ok && result.config.ingestAllowPrivate).toBe(true);
  });

  it.each([
    ['https://verbatim.example.org', 'https://verbatim.example.org'],
    ['https://verbatim.example.org/', 'https://verbatim.example.org'],
    ['  http://127.0.0.1:3000/verbatim//  ', 'http://127.0.0.1:3000/verbatim'],
    ['', null],
  ])('GIVEN PUBLIC_URL=%j THEN publicUrl is %j (trailing slashes dropped)', (value, expected) => {
    const result = loadConfig({ PUBLIC_URL: value });
    expect(result.ok && result.config.web.publicUrl).toBe(expected);
  });

  it.each([
    'verbatim.example.org',
    'ftp://example.org',
    'https://',
    'https://x.org/?a=1',
    'https://x.org/#top',
  ])('GIVEN PUBLIC_URL=%j THEN the error names PUBLIC_URL and what it must be', (value) => {
    const result = loadConfig({ PUBLIC_URL: value });
    expect(!result.ok && result.errors).toEqual([
      'PUBLIC_URL must be the absolute http(s) address users reach the site at, e.g. https://quotes.example.org (no query, fragment or password)',
    ]);
  });

  it.each([
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    ],
    [
      { DISCORD_TOKEN: 'abc' },
      'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set (Developer Portal → General Information → Application ID)',
    ],
    [
      { DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: 'my-app' },
      'DISCORD_APPLICATION_ID must be the numeric Application ID from the Developer Portal (General Information)',
    ],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1' },
      'Slack needs SLACK_APP_TOKEN for Socket Mode (Basic Information → App-Level Tokens) or SLACK_SIGNING_SECRET for HTTP mode (Basic Information → Signing Secret)',
    ],
    [
      { SLACK_APP_TOKEN: 'xapp-1' },
      'SLACK_BOT_TOKEN is required for Slack (OAuth & Permissions → Bot User OAuth Token, xoxb-…)',
    ],
    [{ PORT: 'eighty' }, 'PORT must be a TCP port number, e.g. 3000'],
    [
      { PUBLIC_URL: 'quotes.example.org' },
      'PUBLIC_URL must be the absolute http(s) address users reach the site at, e.g. https://quotes.example.org (no query, fragment or password)',
    ],
    [
      { PUBLIC_URL: 'javascript:alert(1)' },
      'PUBLIC_URL must be the absolute http(s) address users reach the site at, e.g. https://quotes.example.org (no query, fragment or password)',
    ],
    [
      { PUBLIC_URL: 'https://quotes.example.org/?a=1' },
      'PUBLIC_URL must be the absolute http(s) address users reach the site at, e.g. https://quotes.example.org (no query, fragment or password)',
    ],
    [
      { HOST: 'my host' },
      'HOST must be an address to listen on, e.g. 127.0.0.1 (this machine only) or 0.0.0.0',
    ],
    [
      { INGEST_ALLOW_PRIVATE: 'yes' },
      'INGEST_ALLOW_PRIVATE must be 1 (let `npm run add` fetch loopback and private addresses, for tests) or 0',
    ],
    [
      { DISCORD_API_URL: 'localhost:1234' },
      'DISCORD_API_URL must be an http(s) URL, e.g. http://127.0.0.1:8080/api',
    ],
    [
      { ...DISCORD, DISCORD_PUBLIC_KEY: 'not-a-key' },
      'DISCORD_PUBLIC_KEY must be the 64 hex characters of the Public Key (Developer Portal → General Information)',
    ],
    [
      { ...DISCORD, DISCORD_PUBLIC_KEY: KEY.slice(2) },
      'DISCORD_PUBLIC_KEY must be the 64 hex characters of the Public Key (Developer Portal → General Information)',
    ],
    [
      { ...DISCORD, DISCORD_MODE: 'http' },
      'DISCORD_PUBLIC_KEY is required when DISCORD_MODE is http (Developer Portal → General Information → Public Key)',
    ],
    [
      { ...DISCORD, DISCORD_MODE: 'webhooks' },
      'DISCORD_MODE must be gateway (one process, a gateway connection) or http (interactions at POST /discord/interactions)',
    ],
    [
      { DISCORD_PUBLIC_KEY: KEY },
      'DISCORD_TOKEN and DISCORD_APPLICATION_ID are required when DISCORD_PUBLIC_KEY is set (Developer Portal → Bot → Reset Token; General Information → Application ID)',
    ],
  ])('GIVEN %j THEN the error names the variable and the fix', (env, message) => {
    const result = loadConfig(env);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContain(message);
  });
});
