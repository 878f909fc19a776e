/**
 * End-to-end, HTTP mode: what the user gets when Slack's response_url is slow, refuses, or is cut
 * off. The real Bolt app answers signed slash commands; the fake Slack on 127.0.0.1 plays the
 * response URLs and the Web API. Each case uses its own channel, so the Web API calls it caused
 * can be counted.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, loadCorpus } from '../../src/core/index.js';
import { startSlack, type RunningSlack } from '../../src/adapters/slack/index.js';
import { silentLogger } from '../../src/logger.js';
import { FakeSlack } from './fakes/fake-slack.js';
import { sendSigned, slashCommandBody } from './fakes/slack-signing.js';
import {
  FIXTURE_CORPUS,
  LEVEL,
  SIGNING_SECRET,
  captureLogger,
  slackConfig,
  type LogLine,
} from './helpers.js';

const FORM = 'application/x-www-form-urlencoded' as const;
/** Short, so the slow case stays quick; the fake holds its answer until the bot gave up. */
const RESPONSE_URL_TIMEOUT_MS = 200;

let fake: FakeSlack;
let app: RunningSlack;
let closedPortUrl: string;
const logs = captureLogger();
let trigger = 0;

beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  fake.onApi('chat.postMessage', (args) =>
    args['channel'] === 'C0OUTSIDE'
      ? { ok: false, error: 'not_in_channel' }
      : { ok: true, channel: args['channel'], ts: '1700000000.000200' },
  );
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPortUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/response/gone`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  app = await startSlack(
    {
      config: slackConfig({ apiUrl: fake.apiUrl, commandPrefix: 'vb-' }),
      corpus: await loadCorpus(FIXTURE_CORPUS, { logger: silentLogger() }),
      commands: COMMANDS,
      logger: logs.logger,
    },
    { responseUrlTimeoutMs: RESPONSE_URL_TIMEOUT_MS },
  );
});

afterAll(async () => {
  await app?.stop(5000);
  await fake?.close();
});

/** Sends `/vb-source loopback-post` (public, or private with `private:true`) from `channel`. */
async function ask(channel: string, responseUrl: string, privately = false) {
  const body = slashCommandBody({
    command: '/vb-source',
    text: privately ? 'loopback-post private:true' : 'loopback-post',
    responseUrl,
    triggerId: `${++trigger}.2222.trigger`,
    channel,
  });
  const sent = await sendSigned(app.port!, body, FORM, { secret: SIGNING_SECRET });
  expect(sent.status).toEqual(200);
}

/** The log line that closes a slash command in `channel`'s case (its delivery), once written. */
function answered(): Promise<LogLine> {
  const seen = logs.lines.length;
  return logs.waitFor(
    (l) => l.msg === 'slash command answered' && logs.lines.length > seen,
    15_000,
  );
}

/** What reached the user in `channel`: Web API calls and response_url posts, in a comparable form. */
function received(channel: string, responseId: string) {
  return {
    api: fake.apiCalls
      .filter((c) => c.args['channel'] === channel)
      .map((c) => ({
        method: c.method,
        user: c.args['user'] ?? null,
        header: (c.args['blocks'] as { text: { text: string } }[])[0]?.text.text,
      })),
    responseUrlPosts: fake.responses
      .filter((r) => r.id === responseId)
      .map((r) => r.body['response_type']),
  };
}

/** The warn and error lines logged after `from` (an index into logs.lines). */
function problemsSince(from: number) {
  return logs.lines
    .slice(from)
    .map((l) => JSON.parse(l) as LogLine)
    .filter((l) => l.level >= LEVEL.warn)
    .map((l) => ({ level: l.level, msg: l.msg, reason: l['reason'], code: l['code'] }));
}

const HEADER = 'Gold & <Glory> post';

describe('Slack response_url faults: one answer, with the visibility asked for', () => {
  it('GIVEN the response_url answers only after the timeout THEN the user gets that one answer and no fallback', async () => {
    const from = logs.lines.length;
    const release = fake.holdResponse('slow');
    const done = answered();
    await ask('C0SLOW', fake.responseUrl('slow'));
    const line = await done;
    release();
    await fake.waitFor('response', (r) => r.id === 'slow');
    expect({
      delivery: line['delivery'],
      received: received('C0SLOW', 'slow'),
      log: problemsSince(from),
    }).toEqual({
      delivery: 'unconfirmed',
      received: { api: [], responseUrlPosts: ['in_channel'] },
      log: [
        {
          level: LEVEL.warn,
          msg: 'response_url did not confirm the answer; not sending it again, since it may still be posted',
          reason: `no answer within ${RESPONSE_URL_TIMEOUT_MS} ms`,
          code: undefined,
        },
      ],
    });
  });

  it('GIVEN the connection is cut after the request was sent THEN nothing is sent again', async () => {
    const from = logs.lines.length;
    fake.cutResponse('cut');
    const done = answered();
    await ask('C0CUT', fake.responseUrl('cut'));
    const line = await done;
    expect({
      delivery: line['delivery'],
      received: received('C0CUT', 'cut'),
      log: problemsSince(from).map((l) => l.msg),
    }).toEqual({
      delivery: 'unconfirmed',
      received: { api: [], responseUrlPosts: ['in_channel'] },
      log: [
        'response_url did not confirm the answer; not sending it again, since it may still be posted',
      ],
    });
  });

  it.each([
    ['404 expired_url', 'C0EXPIRED', 404, 'expired_url'],
    ['404 used_url', 'C0USED', 404, 'used_url'],
    ['503', 'C0DOWN', 503, 'service unavailable'],
  ])(
    'GIVEN the response_url answers %s to a public answer THEN it is posted in the channel with chat.postMessage',
    async (_title, channel, status, text) => {
      const from = logs.lines.length;
      fake.failResponse(channel, status, text);
      const done = answered();
      await ask(channel, fake.responseUrl(channel));
      const line = await done;
      expect({
        delivery: line['delivery'],
        received: received(channel, channel),
        log: problemsSince(from),
      }).toEqual({
        delivery: 'message',
        received: {
          api: [{ method: 'chat.postMessage', user: null, header: HEADER }],
          responseUrlPosts: ['in_channel'],
        },
        log: [
          {
            level: LEVEL.warn,
            msg: 'response_url failed; answering in the channel with chat.postMessage',
            reason: `HTTP ${status} ${text}`,
            code: undefined,
          },
        ],
      });
    },
  );

  it('GIVEN the response_url refuses the connection THEN the public answer is posted with chat.postMessage', async () => {
    const from = logs.lines.length;
    const done = answered();
    await ask('C0REFUSED', closedPortUrl);
    const line = await done;
    expect({
      delivery: line['delivery'],
      received: received('C0REFUSED', 'none'),
      log: problemsSince(from).map((l) => l.reason),
    }).toEqual({
      delivery: 'message',
      received: {
        api: [{ method: 'chat.postMessage', user: null, header: HEADER }],
        responseUrlPosts: [],
      },
      log: ['connection failed (ECONNREFUSED)'],
    });
  });

  it('GIVEN a private answer and a 404 used_url THEN it goes to the asker only, with chat.postEphemeral', async () => {
    const from = logs.lines.length;
    fake.failResponse('private-used', 404, 'used_url');
    const done = answered();
    await ask('C0PRIVATE', fake.responseUrl('private-used'), true);
    const line = await done;
    expect({
      delivery: line['delivery'],
      received: received('C0PRIVATE', 'private-used'),
      log: problemsSince(from),
    }).toEqual({
      delivery: 'ephemeral',
      received: {
        api: [{ method: 'chat.postEphemeral', user: 'U0ASKER', header: HEADER }],
        responseUrlPosts: ['ephemeral'],
      },
      log: [
        {
          level: LEVEL.warn,
          msg: 'response_url failed; answering with chat.postEphemeral',
          reason: 'HTTP 404 used_url',
          code: undefined,
        },
      ],
    });
  });

  it('GIVEN a public answer, a 404 and a bot not in the channel THEN the asker gets it privately and the log says why', async () => {
    const from = logs.lines.length;
    fake.failResponse('outside', 404, 'expired_url');
    const done = answered();
    await ask('C0OUTSIDE', fake.responseUrl('outside'));
    const line = await done;
    expect({
      delivery: line['delivery'],
      received: received('C0OUTSIDE', 'outside'),
      log: problemsSince(from).map((l) => [l.msg, l.reason ?? l.code]),
    }).toEqual({
      delivery: 'ephemeral',
      received: {
        api: [
          { method: 'chat.postMessage', user: null, header: HEADER },
          { method: 'chat.postEphemeral', user: 'U0ASKER', header: HEADER },
        ],
        responseUrlPosts: ['in_channel'],
      },
      log: [
        [
          'response_url failed; answering in the channel with chat.postMessage',
          'HTTP 404 expired_url',
        ],
        [
          'chat.postMessage refused (not_in_channel): the bot is not in the channel, so the public answer goes to the asker only, with chat.postEphemeral',
          'not_in_channel',
        ],
      ],
    });
  });
});
