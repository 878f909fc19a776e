/**
 * End to end, HTTP mode: what a user typed comes back shown as typed. The real Bolt App fed a
 * signed /timeline whose topic holds a URL (sent by Slack as a `<…>` link token), a right-to-left
 * override and `*bold* ~strike~`; the public answer at the response_url echoes it in plain_text
 * (never formatted), the URL kept from linking, the override removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSlack } from '../../src/adapters/slack/index.js';
import { FakeSlack } from './fakes/fake-slack.js';
import { sendSigned, slashCommandBody } from './fakes/slack-signing.js';
import { SIGNING_SECRET, captureLogger, rawMentions, startHttpApps } from './helpers.js';

let fake: FakeSlack;
let seeds: RunningSlack;
let fixture: RunningSlack;

beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  ({ seeds, fixture } = await startHttpApps(fake.apiUrl, captureLogger().logger));
});
afterAll(async () => {
  await seeds?.stop(5000);
  await fixture?.stop(5000);
  await fake?.close();
});

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** The text of every mrkdwn object in a message. */
function mrkdwnTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(mrkdwnTexts);
  if (!node || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  if (obj['type'] === 'mrkdwn') return [String(obj['text'])];
  return Object.values(obj).flatMap(mrkdwnTexts);
}

describe('echoed user text on Slack', () => {
  it('GIVEN /timeline with a URL, a right-to-left override and *bold* ~strike~ in the topic THEN the public header and scope are plain_text as typed, the URL kept from linking, the override gone', async () => {
    const body = slashCommandBody({
      command: '/timeline',
      text: 'suspended <https://evil.example/x> \u202Eevil *bold* ~strike~',
      responseUrl: fake.responseUrl('echo-timeline'),
      triggerId: '1.1111.echo',
    });
    await sendSigned(seeds.port!, body, 'application/x-www-form-urlencoded', {
      secret: SIGNING_SECRET,
    });
    const post = await fake.waitFor('response', (r) => r.id === 'echo-timeline');
    const blocks = post.body['blocks'] as unknown[];
    const typed = 'suspended https\u2060://evil.example/x evil *bold* ~strike~';
    expect({
      type: post.body['response_type'],
      header: blocks[0],
      scope: blocks[1],
      bidiAnywhere: BIDI_CONTROLS.test(JSON.stringify(post.body)),
      topicInMrkdwn: mrkdwnTexts(blocks).filter((t) => /evil|bold|strike/.test(t)),
      mentions: rawMentions(post.body),
    }).toEqual({
      type: 'in_channel',
      header: {
        type: 'header',
        text: { type: 'plain_text', text: `Timeline: “${typed}”`, emoji: false },
      },
      scope: {
        type: 'context',
        elements: [{ type: 'plain_text', text: `Events about “${typed}”`, emoji: false }],
      },
      bidiAnywhere: false,
      topicInMrkdwn: [],
      mentions: [],
    });
  });
});
