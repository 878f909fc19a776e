import { generateKeyPairSync, sign } from 'node:crypto';
/**
 * End to end, what `npm start` does when Discord refuses the session (close 4004 or 4014): the
 * exit code, the log, and what Slack's /healthz answers while the other platform is down. Runs
 * `runPlatforms` (what main.ts runs) with the real discord.js and Bolt against the fakes on
 * 127.0.0.1; the process's signals are replaced by a promise the test resolves.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Config, DiscordConfig, SlackConfig } from '../src/config.js';
import { COMMANDS, type Corpus } from '../src/core/index.js';
import { silentLogger } from '../src/logger.js';
import type { RunningPlatform } from '../src/platform.js';
import type { RunningSlack } from '../src/adapters/slack/index.js';
import { runPlatforms } from '../src/run-platforms.js';
import { FAKE_APP_ID, FAKE_TOKEN, FakeDiscord } from './discord/fake-discord.js';
import { REFUSED_4004, REFUSED_4014 } from './discord/expected.js';
import { captureLogger, loadTestCorpus, untilLogged } from './discord/harness.js';
import { FakeSlack } from './slack/fakes/fake-slack.js';
import { SIGNING_SECRET, slackConfig } from './slack/helpers.js';
import { sendSigned, slashCommandBody } from './slack/fakes/slack-signing.js';

let corpus: Corpus;
let cleanup: () => Promise<void>;
let discord: FakeDiscord;
let slack: FakeSlack;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

beforeAll(async () => {
  ({ corpus, cleanup } = await loadTestCorpus(silentLogger()));
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await cleanup();
});
afterEach(async () => {
  await discord?.close();
  await slack?.close();
});

function configWith(platforms: { discord?: DiscordConfig; slack?: SlackConfig }): Config {
  return {
    corpusDir: 'unused',
    cacheDir: 'unused',
    logLevel: 'debug',
    logLevelExplicit: true,
    ingestAllowPrivate: false,
    shutdownTimeoutMs: 5000,
    discord: platforms.discord ?? null,
    slack: platforms.slack ?? null,
    web: { port: 0, host: '127.0.0.1', publicUrl: null },
    redisUrl: null,
    cooldown: { commands: 0, seconds: 30 },
  };
}

/** Starts runPlatforms; `ready` resolves with the platforms once all run, `stop` plays SIGTERM. */
function run(config: Config) {
  const log = captureLogger();
  const told: string[] = [];
  let stop!: (signal: string) => void;
  const stopRequested = new Promise<string>((resolve) => (stop = resolve));
  let onReady!: (platforms: readonly RunningPlatform[]) => void;
  const ready = new Promise<readonly RunningPlatform[]>((resolve) => (onReady = resolve));
  const site = { port: 0 };
  const exitCode = runPlatforms({
    config,
    corpus,
    commands: COMMANDS,
    logger: log.logger,
    untilStopRequested: () => stopRequested,
    onReady: (platforms, _status, started) => {
      site.port = started.port;
      onReady(platforms);
    },
    tell: (line) => void told.push(line),
  });
  return { log, told, exitCode, ready, site, stop: () => stop('SIGTERM') };
}

const errorsIn = (log: ReturnType<typeof captureLogger>) =>
  log.lines
    .filter((l) => Number(l['level']) >= 50)
    .map((l) => ({ level: l['level'], platform: l['platform'], msg: l['msg'] }));

describe('Discord alone', () => {
  it('GIVEN Discord refuses the token at start-up THEN the process exits 1, naming DISCORD_TOKEN on stderr and in the log', async () => {
    discord = await FakeDiscord.start();
    discord.closeAfterIdentify = 4004;
    const { log, told, exitCode } = run(configWith({ discord: discordConfig(discord) }));
    expect({ code: await exitCode, told, errors: errorsIn(log) }).toEqual({
      code: 1,
      told: [`Could not start: ${REFUSED_4004}`],
      errors: [
        { level: 50, platform: 'discord', msg: REFUSED_4004 },
        { level: 60, platform: undefined, msg: 'a platform failed to start' },
      ],
    });
  });

  it.each([
    [4004, REFUSED_4004],
    [4014, REFUSED_4014],
  ])(
    'GIVEN Discord closes the running session with %i THEN the error names the cause and what to fix, Discord does not reconnect, and the process exits 1',
    async (code, message) => {
      discord = await FakeDiscord.start();
      const { log, told, exitCode, ready } = run(configWith({ discord: discordConfig(discord) }));
      await ready;
      discord.closeSessions(code);
      const exit = await exitCode;
      expect({
        exit,
        told,
        errors: errorsIn(log),
        refusal: log.lines
          .filter((l) => l['msg'] === message)
          .map((l) => [l['closeCode'], l['variable']]),
        // The bare "Authentication failed" that comes with the close adds nothing to the error.
        connectionErrors: log.lines.filter((l) => l['msg'] === 'gateway connection error'),
        gatewayAttempts: discord.gatewayAttempts,
        unhandled,
      }).toEqual({
        exit: 1,
        told: [`Stopped: no platform left running (discord: ${message})`],
        errors: [
          { level: 50, platform: 'discord', msg: message },
          { level: 60, platform: undefined, msg: 'no platform left running; exiting' },
        ],
        refusal: [[code, 'DISCORD_TOKEN']],
        connectionErrors: [],
        gatewayAttempts: 1,
        unhandled: [],
      });
    },
  );
});

describe('Discord and Slack (HTTP mode)', () => {
  it('GIVEN Discord refuses the running session THEN the process stays up, /healthz answers 503 with Discord down and Slack running, and a SIGTERM then exits 0', async () => {
    discord = await FakeDiscord.start();
    slack = new FakeSlack();
    await slack.start();
    const { log, exitCode, ready, stop } = run(
      configWith({ discord: discordConfig(discord), slack: slackConfig({ apiUrl: slack.apiUrl }) }),
    );
    let exited = false;
    void exitCode.then(() => (exited = true));
    const platforms = await ready;
    const port = (platforms.find((p) => p.name === 'slack') as RunningSlack).port;
    const health = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: res.status, body: (await res.json()) as unknown };
    };
    const before = await health();
    discord.closeSessions(4004);
    await untilLogged(log, (l) => l['msg'] === REFUSED_4004);
    const after = await health();
    const upBeforeSignal = !exited;
    stop();
    expect({ before, after, upBeforeSignal, code: await exitCode, unhandled }).toEqual({
      before: {
        status: 200,
        body: { status: 'ready', platforms: { discord: 'running', slack: 'running' } },
      },
      after: {
        status: 503,
        body: { status: 'not ready', platforms: { discord: 'down', slack: 'running' } },
      },
      upBeforeSignal: true,
      code: 0,
      unhandled: [],
    });
  });
});

describe('Discord in HTTP mode', () => {
  it('GIVEN DISCORD_MODE=http THEN no gateway connection is opened, the platform offers POST /discord/interactions, and SIGTERM exits 0', async () => {
    discord = await FakeDiscord.start();
    const keys = generateKeyPairSync('ed25519');
    const publicKey = keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    const config = configWith({
      discord: { ...discordConfig(discord), mode: 'http', publicKey: publicKey.toString('hex') },
    });
    const { exitCode, ready, stop, log, site } = run(config);
    const platforms = await ready;
    const routes = platforms[0]?.routes;
    const ping = await routes?.request('/discord/interactions', { method: 'POST', body: '{}' });
    // The same endpoint on the one HTTP server's port, signed as Discord signs it.
    const body = JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't', version: 1 });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex');
    const signed = await fetch(`http://127.0.0.1:${site.port}/discord/interactions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': signature,
        'x-signature-timestamp': timestamp,
      },
      body,
    });
    const pong = { status: signed.status, body: await signed.json() };
    stop();
    expect({
      platforms: platforms.map((p) => p.name),
      unsigned: ping?.status,
      pong,
      gatewayRequests: discord.requests.length + discord.gatewayAttempts,
      readyLine: log.lines.some((l) => l['msg'] === 'discord ready (HTTP interactions)'),
      code: await exitCode,
    }).toEqual({
      platforms: ['discord'],
      unsigned: 401,
      pong: { status: 200, body: { type: 1 } },
      gatewayRequests: 0,
      readyLine: true,
      code: 0,
    });
  });
});

describe('Slack (HTTP mode) on the one HTTP server', () => {
  it('GIVEN Slack in HTTP mode THEN a signed slash command to /slack/events on the site port is answered, and the same port serves the web site', async () => {
    slack = new FakeSlack();
    await slack.start();
    let stop!: (signal: string) => void;
    const stopRequested = new Promise<string>((resolve) => (stop = resolve));
    const site: { port?: number } = {};
    const runs = runPlatforms({
      config: configWith({ slack: slackConfig({ apiUrl: slack.apiUrl }) }),
      corpus,
      commands: COMMANDS,
      logger: silentLogger(),
      untilStopRequested: () => stopRequested,
      onReady: (_platforms, _status, s) => (site.port = s.port),
      tell: () => {},
    });
    await untilReady(site);
    const sent = await sendSigned(
      site.port!,
      slashCommandBody({
        command: '/quote',
        text: 'venezuela',
        responseUrl: slack.responseUrl('one-server'),
        triggerId: '1.2.3',
      }),
      'application/x-www-form-urlencoded',
      { secret: SIGNING_SECRET },
    );
    await slack.waitForReceived('one-server');
    const page = await fetch(`http://127.0.0.1:${site.port}/?q=venezuela`);
    stop('SIGTERM');
    expect({
      sent: sent.status,
      answered: JSON.stringify(slack.responses.find((r) => r.id === 'one-server')?.body).includes(
        'Venezuela',
      ),
      page: page.status,
      code: await runs,
    }).toEqual({ sent: 200, answered: true, page: 200, code: 0 });
  });
});

/** Resolves once onReady has given the site's port. */
async function untilReady(site: { port?: number }): Promise<void> {
  while (site.port === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
}

function discordConfig(fake: FakeDiscord): DiscordConfig {
  return {
    token: FAKE_TOKEN,
    applicationId: FAKE_APP_ID,
    guildId: null,
    apiUrl: fake.apiUrl,
    mode: 'gateway',
    publicKey: null,
  };
}
