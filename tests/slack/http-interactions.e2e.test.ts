/**
 * End-to-end, HTTP mode, everything but slash commands: buttons (block actions), @mentions in
 * threads, the "Verify quote" message shortcut, /healthz and shutdown with work in flight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, findCommand } from '../../src/core/index.js';
import type { RunningSlack } from '../../src/adapters/slack/index.js';
import { FAILURE_TEXT } from '../../src/adapters/slack/answer.js';
import { FakeSlack } from './fakes/fake-slack.js';
import { recordingVerify } from './fakes/recording-verify.js';
import { interactivityBody, sendSigned, slashCommandBody } from './fakes/slack-signing.js';
import {
  BOT_TOKEN,
  SIGNING_SECRET,
  allMrkdwnVerbatim,
  captureLogger,
  startHttpApps,
} from './helpers.js';

const FORM = 'application/x-www-form-urlencoded' as const;
const JSON_TYPE = 'application/json' as const;

let fake: FakeSlack;
let seeds: RunningSlack;
let fixture: RunningSlack;
const logs = captureLogger();
const verify = recordingVerify();
let trigger = 0;
const nextTrigger = () => `${++trigger}.1111.trigger`;

beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  ({ seeds, fixture } = await startHttpApps(fake.apiUrl, logs.logger, [
    ...COMMANDS.filter((c) => c.name !== 'verify'),
    verify.command,
  ]));
});

afterAll(async () => {
  await seeds?.stop(5000);
  await fixture?.stop(5000);
  await fake?.close();
});

async function slash(app: RunningSlack, command: string, text: string, responseId: string) {
  const body = slashCommandBody({
    command,
    text,
    responseUrl: fake.responseUrl(responseId),
    triggerId: nextTrigger(),
  });
  return sendSigned(app.port!, body, FORM, { secret: SIGNING_SECRET });
}

describe('Slack over HTTP: buttons and mentions', () => {
  it('GIVEN the Next button of /quote venezuela THEN page 2 replaces the message in the channel', async () => {
    await slash(seeds, '/quote', 'venezuela', 'page-1');
    const first = await fake.waitFor('response', (r) => r.id === 'page-1');
    const blocks = first.body['blocks'] as {
      type: string;
      elements?: { text: { text: string }; action_id: string; value?: string }[];
    }[];
    const next = blocks.flatMap((b) => b.elements ?? []).find((e) => e.text?.text === 'Next');
    const pageLine = (msg: Record<string, unknown>) =>
      JSON.stringify(msg['blocks'])
        .match(/Page (\d+) of (\d+) · (\d+) results/)
        ?.slice(1) ?? null;
    const [, pages, total] = pageLine(first.body) ?? [];
    const payload = {
      type: 'block_actions',
      user: { id: 'U0CLICK', username: 'clicker', team_id: 'T0TEST' },
      api_app_id: 'A0APP',
      token: 'verification-token-unused',
      container: {
        type: 'message',
        message_ts: '1700000000.000100',
        channel_id: 'C0CHAN',
        is_ephemeral: false,
      },
      trigger_id: nextTrigger(),
      team: { id: 'T0TEST', domain: 'loopback' },
      channel: { id: 'C0CHAN', name: 'general' },
      message: { type: 'message', ts: '1700000000.000100', text: 'Quotes' },
      response_url: fake.responseUrl('page-2'),
      actions: [
        {
          type: 'button',
          block_id: 'b1',
          action_id: next?.action_id,
          value: next?.value,
          text: { type: 'plain_text', text: 'Next' },
          action_ts: '1700000001.000000',
        },
      ],
    };
    const res = await sendSigned(seeds.port!, interactivityBody(payload), FORM, {
      secret: SIGNING_SECRET,
    });
    const second = await fake.waitFor('response', (r) => r.id === 'page-2');
    expect({
      status: res.status,
      replace: second.body['replace_original'],
      type: second.body['response_type'],
      page: pageLine(second.body),
      verbatim: allMrkdwnVerbatim(second.body),
    }).toEqual({
      status: 200,
      replace: true,
      type: 'in_channel',
      page: ['2', pages, total],
      verbatim: true,
    });
  });

  it('GIVEN @Verbatim quote venezuela in a thread THEN chat.postMessage answers in that thread without unfurls', async () => {
    const event = {
      token: 'verification-token-unused',
      team_id: 'T0TEST',
      api_app_id: 'A0APP',
      type: 'event_callback',
      event_id: 'Ev0MENTION1',
      event_time: 1700000000,
      authorizations: [{ team_id: 'T0TEST', user_id: 'U0BOT', is_bot: true }],
      event: {
        type: 'app_mention',
        user: 'U0ASKER',
        text: '<@U0BOT> quote venezuela',
        ts: '1700000000.000500',
        thread_ts: '1699999999.000100',
        channel: 'C0THREAD',
        event_ts: '1700000000.000500',
      },
    };
    const first = await sendSigned(seeds.port!, JSON.stringify(event), JSON_TYPE, {
      secret: SIGNING_SECRET,
    });
    const retry = await sendSigned(seeds.port!, JSON.stringify(event), JSON_TYPE, {
      secret: SIGNING_SECRET,
      retryNum: 1,
    });
    const call = await fake.waitFor(
      'api',
      (c) => c.method === 'chat.postMessage' && c.args['channel'] === 'C0THREAD',
    );
    // A later mention in another channel is the barrier: once it is answered, a second answer to the retry would be in.
    const barrier = {
      ...event,
      event_id: 'Ev0MENTION2',
      event: { ...event.event, channel: 'C0BARRIER' },
    };
    await sendSigned(seeds.port!, JSON.stringify(barrier), JSON_TYPE, { secret: SIGNING_SECRET });
    await fake.waitFor(
      'api',
      (c) => c.method === 'chat.postMessage' && c.args['channel'] === 'C0BARRIER',
    );
    const header = (call.args['blocks'] as { text: { text: string } }[])[0]?.text.text;
    expect({
      statuses: [first.status, retry.status],
      thread_ts: call.args['thread_ts'],
      unfurl: [call.args['unfurl_links'], call.args['unfurl_media']],
      header,
      answers: fake.apiCalls.filter(
        (c) => c.method === 'chat.postMessage' && c.args['channel'] === 'C0THREAD',
      ).length,
    }).toEqual({
      statuses: [200, 200],
      thread_ts: '1699999999.000100',
      unfurl: ['false', 'false'],
      header: 'Quotes for “venezuela”',
      answers: 1,
    });
  });

  it('GIVEN the answer to a mention fails THEN the error is logged without secrets and the asker gets a short ephemeral', async () => {
    fake.onApi('chat.postMessage', (args) =>
      args['channel'] === 'C0BROKEN'
        ? { ok: false, error: 'channel_not_found' }
        : { ok: true, ts: '1700000000.000200' },
    );
    const event = {
      team_id: 'T0TEST',
      api_app_id: 'A0APP',
      type: 'event_callback',
      event_id: 'Ev0BROKEN',
      event_time: 1700000000,
      event: {
        type: 'app_mention',
        user: 'U0ASKER',
        text: '<@U0BOT> source',
        ts: '1700000000.000900',
        channel: 'C0BROKEN',
        event_ts: '1700000000.000900',
      },
    };
    await sendSigned(seeds.port!, JSON.stringify(event), JSON_TYPE, { secret: SIGNING_SECRET });
    const call = await fake.waitFor(
      'api',
      (c) => c.method === 'chat.postEphemeral' && c.args['channel'] === 'C0BROKEN',
    );
    const logged = logs.lines.join('\n');
    expect({
      ephemeral: {
        user: call.args['user'],
        thread_ts: call.args['thread_ts'],
        text: call.args['text'],
      },
      loggedFailure: logged.includes('slack listener failed'),
      secrets: [
        BOT_TOKEN,
        SIGNING_SECRET,
        'verification-token-unused',
        fake.responseUrl(''),
      ].filter((s) => logged.includes(s)),
    }).toEqual({
      ephemeral: { user: 'U0ASKER', thread_ts: '1700000000.000900', text: FAILURE_TEXT },
      loggedFailure: true,
      secrets: [],
    });
  });
});

describe('Slack over HTTP: the Verify quote shortcut', () => {
  const shortcut = (id: string, channel: string, message: Record<string, unknown>) => ({
    type: 'message_action',
    callback_id: 'verify_quote',
    trigger_id: nextTrigger(),
    response_url: fake.responseUrl(id),
    message_ts: message['ts'],
    action_ts: '1700000002.000000',
    token: 'verification-token-unused',
    team: { id: 'T0TEST', domain: 'loopback' },
    channel: { id: channel, name: 'general' },
    user: { id: 'U0ASKER', name: 'asker' },
    message: { type: 'message', user: 'U0OTHER', ...message },
  });

  it('GIVEN verify exists THEN the shortcut is registered (and only then)', () => {
    expect({ fixture: fixture.verifyShortcut, seeds: seeds.verifyShortcut }).toEqual({
      fixture: true,
      seeds: findCommand(COMMANDS, 'verify') !== undefined,
    });
  });

  it('GIVEN the shortcut on a threaded message THEN verify gets the text the user saw and the verdict lands in that thread', async () => {
    const text =
      "He said &lt;!channel&gt; the Bank must return <https://x.test/gold|Venezuela's gold> &amp; more";
    const res = await sendSigned(
      fixture.port!,
      interactivityBody(
        shortcut('verify-1', 'C0VERIFY', {
          ts: '1700000000.000700',
          thread_ts: '1699999999.000100',
          text,
        }),
      ),
      FORM,
      { secret: SIGNING_SECRET },
    );
    const call = await fake.waitFor(
      'api',
      (c) => c.method === 'chat.postMessage' && c.args['channel'] === 'C0VERIFY',
    );
    expect({
      status: res.status,
      input: verify.inputs.at(-1),
      post: {
        thread_ts: call.args['thread_ts'],
        unfurl_links: call.args['unfurl_links'],
        blocks: call.args['blocks'],
      },
    }).toEqual({
      status: 200,
      input: { text: "He said <!channel> the Bank must return Venezuela's gold & more" },
      post: {
        thread_ts: '1699999999.000100',
        unfurl_links: 'false',
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'Verdict', emoji: false } },
          {
            type: 'section',
            text: {
              type: 'plain_text',
              text: "Checked: He said <!channel> the Bank must return Venezuela's gold & more",
              emoji: false,
            },
          },
        ],
      },
    });
  });

  it("GIVEN the core's own /verify on the seeds THEN a verbatim quote gets its verdict in the thread", async () => {
    const text = '&gt; Guaido was never elected to lead anything.';
    await sendSigned(
      seeds.port!,
      interactivityBody(shortcut('verify-real', 'C0REAL', { ts: '1700000000.000750', text })),
      FORM,
      { secret: SIGNING_SECRET },
    );
    const call = await fake.waitFor(
      'api',
      (c) => c.method === 'chat.postMessage' && c.args['channel'] === 'C0REAL',
    );
    const blocks = call.args['blocks'] as { type: string; text?: { text: string } }[];
    expect({
      thread_ts: call.args['thread_ts'],
      header: blocks[0]?.text?.text,
      quoted: blocks
        .filter((b) => b.type === 'section')
        .map((b) => b.text?.text)
        .find((t) => t?.includes('Guaido was never elected to lead anything')),
    }).toEqual({
      thread_ts: '1700000000.000750',
      header: 'Verbatim: the words are in the corpus',
      quoted: '> …✔️ *Guaido was never elected to lead anything*.…',
    });
  });

  it('GIVEN the bot is not in the channel THEN the verdict goes to the channel through the response_url', async () => {
    fake.onApi('chat.postMessage', (args) =>
      args['channel'] === 'C0NOTIN'
        ? { ok: false, error: 'not_in_channel' }
        : { ok: true, ts: '1700000000.000200' },
    );
    await sendSigned(
      fixture.port!,
      interactivityBody(shortcut('verify-2', 'C0NOTIN', { ts: '1700000000.000800', text: 'gold' })),
      FORM,
      {
        secret: SIGNING_SECRET,
      },
    );
    const post = await fake.waitFor('response', (r) => r.id === 'verify-2');
    expect({ type: post.body['response_type'], text: post.body['text'] }).toEqual({
      type: 'in_channel',
      text: 'Verdict\nChecked: gold',
    });
  });

  it('GIVEN a message without text THEN the asker alone is told there is nothing to verify', async () => {
    await sendSigned(
      fixture.port!,
      interactivityBody(shortcut('verify-3', 'C0VERIFY', { ts: '1700000000.000900', text: '' })),
      FORM,
      {
        secret: SIGNING_SECRET,
      },
    );
    const post = await fake.waitFor('response', (r) => r.id === 'verify-3');
    expect({ type: post.body['response_type'], text: post.body['text'] }).toEqual({
      type: 'ephemeral',
      text: 'Sorry\nThat message has no text to verify.',
    });
  });
});

describe('Slack over HTTP: health and shutdown', () => {
  it('GIVEN a running app THEN /healthz says ready; WHILE stopping with work in flight THEN it says not ready and stop waits for the work', async () => {
    const health = async () => {
      const res = await fetch(`http://127.0.0.1:${fixture.port}/healthz`);
      return { status: res.status, body: await res.json() };
    };
    const before = await health();
    const release = fake.holdResponse('in-flight');
    await slash(fixture, '/vb-source', 'loopback-post', 'in-flight');
    await fake.waitForReceived('in-flight');
    const stopping = fixture.stop(10_000);
    const during = await health();
    release();
    await stopping;
    const answered = fake.responses.filter((r) => r.id === 'in-flight').length;
    const after = await fetch(`http://127.0.0.1:${fixture.port}/healthz`).then(
      () => 'still listening',
      () => 'closed',
    );
    expect({ before, during, answered, after }).toEqual({
      before: { status: 200, body: { status: 'ready', platforms: { slack: 'running' } } },
      during: { status: 503, body: { status: 'not ready', platforms: { slack: 'stopping' } } },
      answered: 1,
      after: 'closed',
    });
  });
});
