/**
 * Start-up failures name the setting at fault and where to find its value, and never echo a secret.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, loadCorpus, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { startSlack } from '../../src/adapters/slack/index.js';
import type { SlackConfig } from '../../src/config.js';
import { FakeSlack } from './fakes/fake-slack.js';
import { APP_TOKEN, BOT_TOKEN, FIXTURE_CORPUS, slackConfig } from './helpers.js';

let fake: FakeSlack;
let corpus: Corpus;
let blocker: Server;
let busyPort = 0;

beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  corpus = await loadCorpus(FIXTURE_CORPUS, { logger: silentLogger() });
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, resolve));
  busyPort = (blocker.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => blocker.close(() => resolve()));
  await fake.close();
});

const start = (config: SlackConfig) =>
  startSlack({ config, corpus, commands: COMMANDS, logger: silentLogger() });

describe('startSlack refuses to start with a clear message', () => {
  it('GIVEN Slack refuses the bot token THEN the error names SLACK_BOT_TOKEN and where to find it', async () => {
    fake.onApi('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const error = await start(slackConfig({ apiUrl: fake.apiUrl })).catch((e: Error) => e.message);
    fake.onApi('auth.test', () => ({
      ok: true,
      user_id: 'U0BOT',
      bot_id: 'B0BOT',
      team: 'Loopback',
    }));
    expect(error).toEqual(
      'Slack refused SLACK_BOT_TOKEN (invalid_auth): copy the Bot User OAuth Token (xoxb-…) from api.slack.com/apps → your app → OAuth & Permissions, after installing the app to the workspace',
    );
  });

  it('GIVEN the Web API cannot be reached THEN the error says so and names SLACK_API_URL', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await start(slackConfig({ apiUrl: `http://127.0.0.1:${port}/api/` })).catch(
      (e: Error) => e.message,
    );
    expect(error).toEqual(
      'Could not reach the Slack Web API at SLACK_API_URL: check the network and SLACK_API_URL',
    );
  });

  it('GIVEN no signing secret and no app token THEN the error names both ways to run', async () => {
    const error = await start(slackConfig({ apiUrl: fake.apiUrl, signingSecret: null })).catch(
      (e: Error) => e.message,
    );
    expect(error).toEqual(
      'SLACK_SIGNING_SECRET is required for HTTP mode (api.slack.com/apps → your app → Basic Information → Signing Secret), or set SLACK_APP_TOKEN for Socket Mode',
    );
  });

  it('GIVEN PORT is taken THEN the error names PORT', async () => {
    const error = await start(slackConfig({ apiUrl: fake.apiUrl, port: busyPort })).catch(
      (e: Error) => e.message,
    );
    expect(error).toEqual(
      `Could not listen on PORT ${busyPort} for Slack requests: is the port free?`,
    );
  });

  // token_revoked is one socket-mode 3.1 would retry forever inside start(): start-up hung.
  it.each(['invalid_auth', 'token_revoked'])(
    'GIVEN Slack refuses the app token (%s) THEN the error names SLACK_APP_TOKEN and Socket Mode',
    async (code) => {
      fake.onApi('apps.connections.open', () => ({ ok: false, error: code }));
      const error = await start(
        slackConfig({ apiUrl: fake.apiUrl, appToken: APP_TOKEN, signingSecret: null }),
      ).catch((e: Error) => e.message);
      expect({
        error,
        leaks: [APP_TOKEN, BOT_TOKEN].filter((s) => String(error).includes(s)),
      }).toEqual({
        error: `Slack refused SLACK_APP_TOKEN (${code}): create an App-Level Token with the connections:write scope (api.slack.com/apps → your app → Basic Information → App-Level Tokens) and turn on Socket Mode`,
        leaks: [],
      });
    },
  );
});
