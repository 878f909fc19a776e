/**
 * End-to-end, HTTP mode: requests that are signed but must still be refused. Timestamps more than
 * five minutes off either way get 401; bodies Bolt cannot route (`payload=null`, JSON `null`, an
 * event that is not an object…) get 400 at once, with a warn line and no unhandled rejection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, loadCorpus } from '../../src/core/index.js';
import { startSlack, type RunningSlack } from '../../src/adapters/slack/index.js';
import { silentLogger } from '../../src/logger.js';
import { FakeSlack } from './fakes/fake-slack.js';
import { sendSigned, signSlackRequest, slashCommandBody } from './fakes/slack-signing.js';
import {
  BOT_TOKEN,
  FIXTURE_CORPUS,
  LEVEL,
  SIGNING_SECRET,
  captureLogger,
  slackConfig,
  type LogLine,
} from './helpers.js';

const FORM = 'application/x-www-form-urlencoded' as const;
const JSON_TYPE = 'application/json' as const;

let fake: FakeSlack;
let app: RunningSlack;
const logs = captureLogger();
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
let trigger = 0;

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  fake = new FakeSlack();
  await fake.start();
  app = await startSlack({
    config: slackConfig({ apiUrl: fake.apiUrl, commandPrefix: 'vb-' }),
    corpus: await loadCorpus(FIXTURE_CORPUS, { logger: silentLogger() }),
    commands: COMMANDS,
    logger: logs.logger,
  });
});

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await app?.stop(5000);
  await fake?.close();
});

const now = () => Math.floor(Date.now() / 1000);

function sourceCommand(responseId: string): string {
  return slashCommandBody({
    command: '/vb-source',
    text: 'loopback-post',
    responseUrl: fake.responseUrl(responseId),
    triggerId: `${++trigger}.3333.trigger`,
  });
}

/** The `slack request refused` lines logged after `from` (an index into logs.lines). */
function refusalsSince(from: number) {
  return logs.lines
    .slice(from)
    .map((l) => JSON.parse(l) as LogLine)
    .filter((l) => l.msg === 'slack request refused')
    .map((l) => ({ level: l.level, status: l['status'], reason: l['reason'] }));
}

describe('Slack request checks: the timestamp window bounds both sides', () => {
  // The second may tick between signing and checking, hence two possible figures.
  it.each([
    ['six minutes ahead', 6 * 60, /^request timestamp 3(59|60) s ahead of our clock/],
    ['a day ahead', 24 * 3600, /^request timestamp 86(399|400) s ahead of our clock/],
    ['six minutes behind', -6 * 60, /^request timestamp 36[01] s behind our clock/],
  ])(
    'GIVEN a correctly signed slash command stamped %s THEN it gets 401, is not answered, and the log says why',
    async (_title, offset, reason) => {
      const from = logs.lines.length;
      const id = `skew-${offset}`;
      const res = await sendSigned(app.port!, sourceCommand(id), FORM, {
        secret: SIGNING_SECRET,
        timestamp: now() + offset,
      });
      // A request sent after it, and answered, shows the refused one was never handed on.
      await sendSigned(app.port!, sourceCommand(`${id}-barrier`), FORM, { secret: SIGNING_SECRET });
      await fake.waitFor('response', (r) => r.id === `${id}-barrier`);
      expect({
        status: res.status,
        answered: fake.responses.filter((r) => r.id === id).length,
        log: refusalsSince(from),
      }).toEqual({
        status: 401,
        answered: 0,
        log: [
          {
            level: LEVEL.warn,
            status: 401,
            reason: expect.stringMatching(reason) as unknown,
          },
        ],
      });
    },
  );

  it('GIVEN a timestamp four minutes ahead (a slow clock) THEN the request is answered', async () => {
    const res = await sendSigned(app.port!, sourceCommand('ahead-4'), FORM, {
      secret: SIGNING_SECRET,
      timestamp: now() + 4 * 60,
    });
    const post = await fake.waitFor('response', (r) => r.id === 'ahead-4');
    expect({ status: res.status, type: post.body['response_type'] }).toEqual({
      status: 200,
      type: 'in_channel',
    });
  });

  it('GIVEN a timestamp that is not a number THEN it gets 401', async () => {
    const body = sourceCommand('not-a-number');
    const res = await fetch(`http://127.0.0.1:${app.port}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': FORM,
        'x-slack-request-timestamp': 'soon',
        'x-slack-signature': signSlackRequest(SIGNING_SECRET, 'soon', body),
      },
      body,
    });
    expect(res.status).toEqual(401);
  });
});

const interaction = (payload: string) => `payload=${encodeURIComponent(payload)}`;

describe('Slack request checks: a signed body Bolt cannot route gets 400', () => {
  it.each([
    ['form payload=null', FORM, 'payload=null', 'the body is null, not an object'],
    ['JSON null', JSON_TYPE, 'null', 'the body is null, not an object'],
    ['form payload=1', FORM, 'payload=1', 'the body is a number, not an object'],
    ['form payload=[]', FORM, interaction('[]'), 'the body is a list, not an object'],
    ['JSON "text"', JSON_TYPE, '"text"', 'the body is a string, not an object'],
    ['form payload={}', FORM, interaction('{}'), 'an interaction payload needs a "type"'],
    ['form payload that is not JSON', FORM, interaction('{'), 'not valid JSON'],
    ['JSON that is not JSON', JSON_TYPE, '{"type":', 'not valid JSON'],
    [
      'an event that is null',
      JSON_TYPE,
      '{"type":"event_callback","event":null}',
      '"event" is null, not an object',
    ],
    [
      'an event_callback without its event',
      JSON_TYPE,
      '{"type":"event_callback"}',
      'an event_callback needs an "event"',
    ],
    [
      'block_actions whose actions are null',
      FORM,
      interaction('{"type":"block_actions","user":{"id":"U1"},"actions":null}'),
      '"actions" must be a list of actions',
    ],
    [
      'an interaction without a user',
      FORM,
      interaction('{"type":"block_actions","actions":[]}'),
      'an interaction payload needs "user.id"',
    ],
    [
      'a message shortcut without its message',
      FORM,
      interaction(
        '{"type":"message_action","callback_id":"verify_quote","user":{"id":"U1"},"channel":{"id":"C1"}}',
      ),
      'message_action needs "message" and "channel"',
    ],
    [
      'a slash command without its response_url',
      FORM,
      'command=%2Fvb-source&text=&user_id=U1&channel_id=C1',
      'a slash command needs "response_url"',
    ],
  ])('GIVEN %s THEN 400 at once and a warn line', async (_title, type, body, reason) => {
    const from = logs.lines.length;
    const res = await sendSigned(app.port!, body, type, { secret: SIGNING_SECRET });
    expect({ status: res.status, log: refusalsSince(from) }).toEqual({
      status: 400,
      log: [{ level: LEVEL.warn, status: 400, reason: `malformed body: ${reason}` }],
    });
  });

  it("GIVEN Slack's own checks (a signed url_verification, an unsigned ssl_check) THEN they still pass", async () => {
    const challenge = await sendSigned(
      app.port!,
      '{"token":"t","challenge":"c-123","type":"url_verification"}',
      JSON_TYPE,
      { secret: SIGNING_SECRET },
    );
    const ssl = await fetch(`http://127.0.0.1:${app.port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: 'ssl_check=1&token=t',
    });
    expect({ challenge, ssl: ssl.status }).toEqual({
      challenge: { status: 200, body: '{"challenge":"c-123"}' },
      ssl: 200,
    });
  });

  it('GIVEN every refused request above THEN no rejection went unhandled and no secret reached the log', () => {
    const logged = logs.lines.join('\n');
    expect({
      rejections,
      secrets: [SIGNING_SECRET, BOT_TOKEN].filter((s) => logged.includes(s)),
      signatures: logged.match(/v0=[0-9a-f]{64}/),
    }).toEqual({ rejections: [], secrets: [], signatures: null });
  });
});
