import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

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
        redisUrl: null,
        cooldown: { commands: 10, seconds: 30 },
      },
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

  it('GIVEN INGEST_ALLOW_PRIVATE=1 THEN `npm run add` may fetch private addresses', () => {
    const result = loadConfig({ INGEST_ALLOW_PRIVATE: '1' });
    expect(result.ok && result.config.ingestAllowPrivate).toBe(true);
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
      { INGEST_ALLOW_PRIVATE: 'yes' },
      'INGEST_ALLOW_PRIVATE must be 1 (let `npm run add` fetch loopback and private addresses, for tests) or 0',
    ],
    [
      { DISCORD_API_URL: 'localhost:1234' },
      'DISCORD_API_URL must be an http(s) URL, e.g. http://127.0.0.1:8080/api',
    ],
  ])('GIVEN %j THEN the error names the variable and the fix', (env, message) => {
    const result = loadConfig(env);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContain(message);
  });
});
