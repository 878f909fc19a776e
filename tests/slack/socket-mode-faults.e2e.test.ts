/**
 * End-to-end, Socket Mode: Slack refusing the app token on a reconnect (the token was revoked, the
 * app uninstalled, the account deactivated) ends Slack for good, like a bad token at start-up:
 * one error line naming the variable and the fix, the caller told through `onFatal`, and no
 * further attempts. The real SocketModeReceiver runs against the fake Slack on 127.0.0.1.
 */
import { PlatformStatus } from '../../src/platform-status.js';
import { describe, expect, it } from 'vitest';
import { COMMANDS, loadCorpus } from '../../src/core/index.js';
import { startSlack } from '../../src/adapters/slack/index.js';
import { silentLogger } from '../../src/logger.js';
import { FakeSlack } from './fakes/fake-slack.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  FIXTURE_CORPUS,
  LEVEL,
  captureLogger,
  slackConfig,
  type LogLine,
} from './helpers.js';

/** Socket Mode's ping timeout, also the step of the reconnect delay: short, to keep this quick. */
const PING_TIMEOUT_MS = 100;

const expectedReason = (code: string) =>
  `Slack refused SLACK_APP_TOKEN (${code}) on reconnect: the token was revoked or the app uninstalled. ` +
  'To fix it, create an App-Level Token with the connections:write scope (api.slack.com/apps → your app → Basic Information → App-Level Tokens) and turn on Socket Mode, ' +
  'set SLACK_APP_TOKEN and restart; after reinstalling the app, update SLACK_BOT_TOKEN too (OAuth & Permissions → Bot User OAuth Token)';

describe('Slack in Socket Mode: the app token refused on a reconnect', () => {
  it.each(['invalid_auth', 'account_inactive', 'token_revoked'])(
    'GIVEN apps.connections.open answers %s after a dropped connection THEN Slack is down for good: logged at error, onFatal called once, no retry',
    async (code) => {
      const fake = new FakeSlack();
      await fake.start();
      const logs = captureLogger();
      const reasons: string[] = [];
      const status = new PlatformStatus();
      const opens = () => fake.apiCalls.filter((c) => c.method === 'apps.connections.open').length;
      const app = await startSlack(
        {
          config: slackConfig({ appToken: APP_TOKEN, signingSecret: null, apiUrl: fake.apiUrl }),
          corpus: await loadCorpus(FIXTURE_CORPUS, { logger: silentLogger() }),
          commands: COMMANDS,
          logger: logs.logger,
          status,
        },
        { socketPingTimeoutMs: PING_TIMEOUT_MS, onFatal: (reason) => reasons.push(reason) },
      );
      try {
        fake.refuseSocketConnections(code);
        fake.dropConnections();
        const down = await logs.waitFor((l) => l.msg === 'slack is down for good');
        const opensAtFatal = opens();
        // A retry would come within a few hundred ms (100 ms × attempt); wait well past that.
        await new Promise((resolve) => setTimeout(resolve, 20 * PING_TIMEOUT_MS));
        const logged = logs.lines.join('\n');
        expect({
          reasons,
          // What /healthz and runPlatforms read: Slack down, so with no other platform the process exits 1.
          status: { down: status.down(), noneLeft: status.noneLeft() },
          down: { level: down.level, reason: down['reason'] },
          refusedOpens: opensAtFatal - 1,
          retriesAfter: opens() - opensAtFatal,
          sockets: fake.openSockets,
          retryLines: logs.lines
            .map((l) => JSON.parse(l) as LogLine)
            .filter((l) => l.msg === 'socket mode reconnect failed; retrying').length,
          leaks: [APP_TOKEN, BOT_TOKEN].filter((s) => logged.includes(s)),
        }).toEqual({
          reasons: [expectedReason(code)],
          status: { down: [{ name: 'slack', reason: expectedReason(code) }], noneLeft: true },
          down: { level: LEVEL.error, reason: expectedReason(code) },
          refusedOpens: 1,
          retriesAfter: 0,
          sockets: 0,
          retryLines: 0,
          leaks: [],
        });
      } finally {
        await app.stop(2000);
        await fake.close();
      }
    },
  );

  it('GIVEN Slack is down for good THEN stop() still resolves and leaves no socket open', async () => {
    const fake = new FakeSlack();
    await fake.start();
    const logs = captureLogger();
    const app = await startSlack(
      {
        config: slackConfig({ appToken: APP_TOKEN, signingSecret: null, apiUrl: fake.apiUrl }),
        corpus: await loadCorpus(FIXTURE_CORPUS, { logger: silentLogger() }),
        commands: COMMANDS,
        logger: logs.logger,
      },
      { socketPingTimeoutMs: PING_TIMEOUT_MS, onFatal: () => {} },
    );
    fake.refuseSocketConnections('invalid_auth');
    fake.dropConnections();
    await logs.waitFor((l) => l.msg === 'slack is down for good');
    await app.stop(2000);
    const stopped = await logs.waitFor((l) => l.msg === 'slack stopped');
    await fake.close();
    expect({ stopped: stopped.level, sockets: fake.openSockets }).toEqual({
      stopped: LEVEL.info,
      sockets: 0,
    });
  });
});
