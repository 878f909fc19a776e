/**
 * End-to-end, Socket Mode: the real Bolt App and SocketModeReceiver (@slack/socket-mode) against a
 * fake Slack on 127.0.0.1: apps.connections.open on the fake Web API returns the ws:// URL of a
 * local `ws` server, which sends hello and then envelopes; the app acks each envelope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, loadCorpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { startSlack, type RunningSlack } from '../../src/adapters/slack/index.js';
import { FakeSlack } from './fakes/fake-slack.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  FIXTURE_CORPUS,
  allMrkdwnVerbatim,
  captureLogger,
  slackConfig,
} from './helpers.js';

let fake: FakeSlack;
let app: RunningSlack;
const opens = () => fake.apiCalls.filter((c) => c.method === 'apps.connections.open').length;
const logs = captureLogger();

function commandEnvelope(envelopeId: string, text: string, responseId: string, retry?: number) {
  return {
    envelope_id: envelopeId,
    type: 'slash_commands',
    ...(retry !== undefined ? { retry_attempt: retry } : {}),
    payload: {
      token: 'verification-token-unused',
      team_id: 'T0TEST',
      team_domain: 'loopback',
      channel_id: 'C0CHAN',
      channel_name: 'general',
      user_id: 'U0ASKER',
      user_name: 'asker',
      command: '/source',
      text,
      api_app_id: 'A0APP',
      response_url: fake.responseUrl(responseId),
      trigger_id: `${envelopeId}.trigger`,
    },
  };
}

beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  app = await startSlack(
    {
      config: slackConfig({ appToken: APP_TOKEN, signingSecret: null, apiUrl: fake.apiUrl }),
      corpus: await loadCorpus(FIXTURE_CORPUS, { logger: silentLogger() }),
      commands: COMMANDS,
      logger: logs.logger,
    },
    { socketPingTimeoutMs: 1000 },
  );
});

afterAll(async () => {
  await app?.stop(3000);
  await fake?.close();
});

describe('Slack in Socket Mode', () => {
  it('GIVEN the app started THEN it opened the connection with the app token and no HTTP port', () => {
    const open = fake.apiCalls.filter((c) => c.method === 'apps.connections.open');
    expect({
      mode: app.mode,
      port: app.port,
      opens: open.length,
      authorized: open[0]?.authorized,
      sockets: fake.openSockets,
    }).toEqual({
      mode: 'socket',
      port: null,
      opens: 1,
      authorized: true,
      sockets: 1,
    });
  });

  it('GIVEN a slash command envelope THEN it is acked and answered through the response_url', async () => {
    fake.sendEnvelope(commandEnvelope('env-1', 'loopback-post', 'socket-1'));
    const ack = await fake.waitFor('ack', (a) => a.envelope_id === 'env-1');
    const post = await fake.waitFor('response', (r) => r.id === 'socket-1');
    const header = (post.body['blocks'] as { text: { text: string } }[])[0]?.text.text;
    expect({
      ack: ack.envelope_id,
      type: post.body['response_type'],
      header,
      verbatim: allMrkdwnVerbatim(post.body),
    }).toEqual({
      ack: 'env-1',
      type: 'in_channel',
      header: 'Gold & <Glory> post',
      verbatim: true,
    });
  });

  it('GIVEN an envelope delivered again (retry_attempt) THEN it is acked twice and answered once', async () => {
    fake.sendEnvelope(commandEnvelope('env-2', '', 'socket-retry'));
    fake.sendEnvelope(commandEnvelope('env-2', '', 'socket-retry', 1));
    fake.sendEnvelope(commandEnvelope('env-3', 'loopback-post', 'socket-barrier'));
    await fake.waitFor('response', (r) => r.id === 'socket-barrier');
    await fake.waitFor('response', (r) => r.id === 'socket-retry');
    expect({
      acks: fake.acks.filter((a) => a.envelope_id === 'env-2').length,
      answers: fake.responses.filter((r) => r.id === 'socket-retry').length,
    }).toEqual({ acks: 2, answers: 1 });
  });

  it('GIVEN the server drops the connection THEN the app reconnects and answers the next envelope', async () => {
    const [connectionsBefore, opensBefore] = [fake.connections, opens()];
    fake.dropConnections();
    await fake.waitFor('connection', (n) => n > connectionsBefore);
    fake.sendEnvelope(commandEnvelope('env-4', 'loopback-post', 'after-reconnect'));
    const ack = await fake.waitFor('ack', (a) => a.envelope_id === 'env-4');
    const post = await fake.waitFor('response', (r) => r.id === 'after-reconnect');
    expect({
      ack: ack.envelope_id,
      type: post.body['response_type'],
      reopened: opens() - opensBefore,
    }).toEqual({
      ack: 'env-4',
      type: 'in_channel',
      reopened: 1,
    });
  });

  it('GIVEN apps.connections.open fails a reconnect once (internal_error) THEN the app retries and reconnects', async () => {
    let refusals = 0;
    fake.onApi('apps.connections.open', () =>
      refusals++ === 0
        ? { ok: false, error: 'internal_error' }
        : { ok: true, url: `ws://127.0.0.1:${fake.port}/socket` },
    );
    const connectionsBefore = fake.connections;
    fake.dropConnections();
    await fake.waitFor('connection', (n) => n > connectionsBefore);
    fake.sendEnvelope(commandEnvelope('env-5', 'loopback-post', 'after-refusal'));
    await fake.waitFor('response', (r) => r.id === 'after-refusal');
    expect({ refusals, sockets: fake.openSockets }).toEqual({ refusals: 2, sockets: 1 });
  });

  it('GIVEN a stop while apps.connections.open hangs mid-reconnect THEN stop resolves by its deadline and the late connection is closed', async () => {
    let answerOpen!: (value: unknown) => void;
    fake.onApi('apps.connections.open', () => new Promise((resolve) => (answerOpen = resolve)));
    const opensBefore = opens();
    fake.dropConnections();
    await fake.waitFor('api', (c) => c.method === 'apps.connections.open' && opens() > opensBefore);
    await app.stop(500);
    // Slack answers late: the connection the client then opens must be closed again, with no unhandled rejection.
    const connectionsBefore = fake.connections;
    answerOpen({ ok: true, url: `ws://127.0.0.1:${fake.port}/socket` });
    await fake.waitFor('connection', (n) => n > connectionsBefore);
    await fake.waitForNoSockets();
    expect(fake.openSockets).toEqual(0);
  });

  it('GIVEN all of the above logged at debug level (socket-mode logs every frame) THEN no token or response URL is in the log', () => {
    const logged = logs.lines.join('\n');
    const secrets = [APP_TOKEN, BOT_TOKEN, 'verification-token-unused', fake.responseUrl('')];
    expect({
      frames: logged.includes('Received a message on the WebSocket'),
      found: secrets.filter((s) => logged.includes(s)),
    }).toEqual({
      frames: true,
      found: [],
    });
  });
});
