/**
 * End-to-end, HTTP mode, slash commands: the real Bolt App and HTTPReceiver on 127.0.0.1, fed
 * correctly signed requests; answers land on a fake Slack (response URLs, Web API) on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/index.js';
import type { RunningSlack } from '../../src/adapters/slack/index.js';
import { FakeSlack } from './fakes/fake-slack.js';
import { sendSigned, slashCommandBody } from './fakes/slack-signing.js';
import {
  BOT_TOKEN,
  SIGNING_SECRET,
  allMrkdwnVerbatim,
  captureLogger,
  rawMentions,
  startHttpApps,
} from './helpers.js';

const FORM = 'application/x-www-form-urlencoded' as const;

let fake: FakeSlack;
let seeds: RunningSlack;
let fixture: RunningSlack;
let fixtureCorpus: Corpus;
const logs = captureLogger();
let trigger = 0;
const nextTrigger = () => `${++trigger}.1111.trigger`;

beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  ({ seeds, fixture, fixtureCorpus } = await startHttpApps(fake.apiUrl, logs.logger));
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

describe('Slack over HTTP: slash commands', () => {
  it('GIVEN /vb-source with a quote id THEN the answer at the response_url is the whole expected message, in the channel', async () => {
    const [id] = [...fixtureCorpus.passages.keys()];
    const sent = await slash(fixture, '/vb-source', `${id}`, 'source-card');
    const post = await fake.waitFor('response', (r) => r.id === 'source-card');
    const url = 'https://example.org/post?a=1&b=2';
    const citation =
      '<https://example.org/post?a=1&amp;b=2|Gold &amp; &lt;Glory&gt; post> — Loopback Gazette, 4 Mar 2020';
    const attributed = 'Attributed to Chris Williamson: the document’s author.';
    const words =
      "The Bank of England must return Venezuela's gold &lt;!channel&gt; and tell &lt;@U123&gt; &amp; &lt;!here&gt; why.";
    expect({ status: sent.status, body: post.body }).toEqual({
      status: 200,
      body: {
        response_type: 'in_channel',
        replace_original: false,
        unfurl_links: false,
        unfurl_media: false,
        text:
          `Quote ${id} in context\n\n“${words}”\n  — Chris Williamson (own words)\n` +
          `  Gold &amp; &lt;Glory&gt; post — Loopback Gazette, 4 Mar 2020 · https://example.org/post?a=1&amp;b=2\n  quote id: ${id}\n` +
          `  ${attributed}\n` +
          'Source: Gold &amp; &lt;Glory&gt; post — Loopback Gazette, 4 Mar 2020 · https://example.org/post?a=1&amp;b=2\n' +
          'Open source: https://example.org/post?a=1&amp;b=2',
        blocks: [
          {
            type: 'header',
            text: { type: 'plain_text', text: `Quote ${id} in context`, emoji: false },
          },
          {
            type: 'section',
            text: { type: 'mrkdwn', text: `> ${words}`, verbatim: true },
            accessory: {
              type: 'button',
              text: { type: 'plain_text', text: 'Source', emoji: false },
              action_id: 'vb-link:0',
              url,
            },
          },
          {
            type: 'context',
            elements: [
              {
                type: 'mrkdwn',
                text: `— *Chris Williamson* (own words) · quote \`${id}\``,
                verbatim: true,
              },
              { type: 'mrkdwn', text: citation, verbatim: true },
            ],
          },
          { type: 'context', elements: [{ type: 'plain_text', text: attributed, emoji: false }] },
          { type: 'context', elements: [{ type: 'mrkdwn', text: citation, verbatim: true }] },
          {
            type: 'actions',
            elements: [
              {
                type: 'button',
                text: { type: 'plain_text', text: 'Open source', emoji: false },
                action_id: 'vb-link:1',
                url,
              },
            ],
          },
        ],
      },
    });
  });

  it('GIVEN mentions typed by the user THEN the echo notifies nobody and every mrkdwn is verbatim', async () => {
    await slash(
      fixture,
      '/vb-quote',
      '&lt;!everyone&gt; &lt;@W999&gt; <!subteam^S1|@admins>',
      'user-injection',
    );
    const post = await fake.waitFor('response', (r) => r.id === 'user-injection');
    expect({
      raw: rawMentions(post.body),
      verbatim: allMrkdwnVerbatim(post.body),
      fallbackTitle: String(post.body['text']).split('\n')[0],
    }).toEqual({
      raw: [],
      verbatim: true,
      fallbackTitle: 'No quote matches “&lt;!everyone&gt; &lt;@W999&gt; @admins”',
    });
  });

  it('GIVEN text that does not parse THEN usage help generated from the declaration is ephemeral', async () => {
    await slash(fixture, '/vb-source', 'private:maybe', 'bad-text');
    const post = await fake.waitFor('response', (r) => r.id === 'bad-text');
    expect({ type: post.body['response_type'], blocks: post.body['blocks'] }).toEqual({
      type: 'ephemeral',
      blocks: [
        {
          type: 'section',
          text: {
            type: 'plain_text',
            text: 'Option private: takes true or false, e.g. private:true',
            emoji: false,
          },
        },
        {
          type: 'context',
          elements: [
            { type: 'plain_text', text: 'Usage: /vb-source [id] [private:true]', emoji: false },
          ],
        },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '• *id* — A source id or a quote id (leave empty to list the corpus)\n• *private:* — Answer only to you (private:true)',
            verbatim: true,
          },
        },
        {
          type: 'context',
          elements: [
            {
              type: 'plain_text',
              text: 'Examples: /vb-source   /vb-source ei-independent-run',
              emoji: false,
            },
          ],
        },
      ],
    });
  });

  it('GIVEN private:true THEN the answer is ephemeral', async () => {
    await slash(fixture, '/vb-source', 'loopback-post private:true', 'private-source');
    const post = await fake.waitFor('response', (r) => r.id === 'private-source');
    expect(post.body['response_type']).toEqual('ephemeral');
  });

  it.each([
    [
      'a bad signature',
      { signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000' },
    ],
    ['a timestamp ten minutes old', { timestamp: Math.floor(Date.now() / 1000) - 600 }],
    ['a signature made with another secret', { secret: 'not-the-secret' }],
  ])('GIVEN %s THEN the request is refused with 401', async (_title, overrides) => {
    const body = slashCommandBody({
      command: '/quote',
      text: 'venezuela',
      responseUrl: fake.responseUrl('refused'),
      triggerId: nextTrigger(),
    });
    const res = await sendSigned(seeds.port!, body, FORM, { secret: SIGNING_SECRET, ...overrides });
    expect(res.status).toEqual(401);
  });

  it('GIVEN a slash command delivered twice (X-Slack-Retry-Num) THEN it is answered once', async () => {
    const body = slashCommandBody({
      command: '/quote',
      text: 'venezuela',
      responseUrl: fake.responseUrl('retried'),
      triggerId: '777.777.retried',
    });
    const first = await sendSigned(seeds.port!, body, FORM, { secret: SIGNING_SECRET });
    const retry = await sendSigned(seeds.port!, body, FORM, {
      secret: SIGNING_SECRET,
      retryNum: 1,
    });
    await slash(seeds, '/source', '', 'after-retry');
    await fake.waitFor('response', (r) => r.id === 'after-retry');
    await fake.waitFor('response', (r) => r.id === 'retried');
    expect({
      statuses: [first.status, retry.status],
      answers: fake.responses.filter((r) => r.id === 'retried').length,
    }).toEqual({
      statuses: [200, 200],
      answers: 1,
    });
  });

  it('GIVEN the response_url fails (404) THEN the public answer goes out in the channel with chat.postMessage', async () => {
    fake.responseStatus.set('dead-url', 404);
    await slash(fixture, '/vb-source', 'loopback-post', 'dead-url');
    const call = await fake.waitFor(
      'api',
      (c) =>
        c.method === 'chat.postMessage' &&
        c.args['channel'] === 'C0CHAN' &&
        JSON.stringify(c.args['blocks']).includes('Loopback Gazette'),
    );
    expect({
      channel: call.args['channel'],
      authorized: call.authorized,
      unfurl: [call.args['unfurl_links'], call.args['unfurl_media']],
      header: (call.args['blocks'] as { text: { text: string } }[])[0]?.text.text,
    }).toEqual({
      channel: 'C0CHAN',
      authorized: true,
      unfurl: ['false', 'false'],
      header: 'Gold & <Glory> post',
    });
  });

  it('GIVEN every request above at debug level THEN no log line holds a token, the signing secret or a response URL', () => {
    const logged = logs.lines.join('\n');
    const secrets = [BOT_TOKEN, SIGNING_SECRET, 'verification-token-unused', fake.responseUrl('')];
    expect({
      lines: logs.lines.length > 10,
      found: secrets.filter((s) => logged.includes(s)),
    }).toEqual({ lines: true, found: [] });
  });
});
