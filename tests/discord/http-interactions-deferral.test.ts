/**
 * Over HTTP, a command the core has not answered in time is deferred in the HTTP response (type 5)
 * and its answer arrives as an edit of the original through the webhook; a handler that misses
 * the window altogether gets "took too long" instead of silence; stopping waits for answers in
 * flight and tells newcomers the bot is restarting.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  COMMANDS,
  defineCommand,
  errorReply,
  makeReply,
  type Corpus,
  type Reply,
} from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { CARD, ERROR } from './expected.js';
import { FAKE_APP_ID } from './fake-discord.js';
import { loadTestCorpus, untilLogged } from './harness.js';
import { startHttpHarness, type HttpHarness } from './http-harness.js';
import { buttonClick, chatInput } from './interactions.js';

/** An answer that comes only when the test releases it (a fresh wait each time). */
function gate() {
  let release: ((reply: Reply) => void) | undefined;
  return {
    wait: () => new Promise<Reply>((resolve) => (release = resolve)),
    release: (reply: Reply) => release?.(reply),
  };
}

/** A command that waits for `g` before answering. */
function gatedCommand(name: string, g: ReturnType<typeof gate>) {
  return defineCommand({
    name,
    description: 'Waits for the test',
    options: [],
    input: z.object({}),
    run: g.wait,
  });
}

/** A command answered at once, whose Next button waits for `g` before turning the page. */
function slowPagesCommand(g: ReturnType<typeof gate>) {
  const next = {
    type: 'buttons' as const,
    buttons: [
      {
        kind: 'action' as const,
        label: 'Next',
        style: 'secondary' as const,
        action: { id: 'slowpages.page', kind: 'page' as const, state: { page: 2 } },
      },
    ],
  };
  return defineCommand({
    name: 'slowpages',
    description: 'Pages that turn slowly',
    options: [],
    input: z.object({}),
    run: () => makeReply({ title: 'Page 1', blocks: [next], data: null }),
    actions: { page: g.wait },
  });
}

const DONE = makeReply({ title: 'Done', blocks: [{ type: 'text', text: 'Finally.' }], data: null });
const API_DONE = {
  embeds: [{ color: CARD, title: 'Done', description: 'Finally.' }],
  components: [],
  flags: 0,
  allowed_mentions: { parse: [], replied_user: false },
};

let corpus: Corpus;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ corpus, cleanup } = await loadTestCorpus(silentLogger()));
});
afterAll(async () => cleanup());

describe('a command slower than the defer threshold', () => {
  const slow = gate();
  const pages = gate();
  let h: HttpHarness;
  beforeAll(async () => {
    h = await startHttpHarness({
      corpus,
      commands: [...COMMANDS, gatedCommand('slow', slow), slowPagesCommand(pages)],
      deferAfterMs: 50,
    });
  });
  afterAll(async () => h.close());

  it('GIVEN /slow THEN the HTTP response defers (type 5) and the answer edits the original through the webhook', async () => {
    const interaction = chatInput('slow', {});
    const token = String(interaction['token']);
    const res = await h.send(interaction);
    expect(res).toEqual({ status: 200, json: { type: 5 } });
    expect(h.fake.requests.filter((r) => r.path.includes(token))).toEqual([]);
    slow.release(DONE);
    const edit = await h.fake.waitForRequest(
      (r) => r.kind === 'edit-original' && r.path.includes(token),
    );
    expect([edit.method, edit.path, edit.authorization, edit.body]).toEqual([
      'PATCH',
      `/api/v10/webhooks/${FAKE_APP_ID}/${token}/messages/@original`,
      undefined,
      API_DONE,
    ]);
  });

  it('GIVEN the webhook edit meets a 503 THEN it is retried after a pause and the answer arrives, with a warn line naming the route, not the token', async () => {
    h.fake.failNext('edit-original', 1, { status: 503 });
    const interaction = chatInput('slow', {});
    const token = String(interaction['token']);
    expect(await h.send(interaction)).toEqual({ status: 200, json: { type: 5 } });
    slow.release(DONE);
    const answered = await h.fake.waitForAnswered(
      (r) => r.kind === 'edit-original' && r.path.includes(token) && r.status === 200,
    );
    const statuses = h.fake
      .ofKind('edit-original')
      .filter((r) => r.path.includes(token))
      .map((r) => r.status);
    expect([statuses, answered.body]).toEqual([[503, 200], API_DONE]);
    expect(
      h.log.lines.find((l) => l['msg'] === 'Discord server error; retrying after a pause'),
    ).toMatchObject({ route: '/webhooks/:id/:token/messages/%40original', status: 503 });
    expect(h.log.text()).not.toContain(token);
  });

  it('GIVEN a slow command that ends in an error THEN the public placeholder is deleted and the error sent privately', async () => {
    const interaction = chatInput('slow', {});
    const token = String(interaction['token']);
    expect(await h.send(interaction)).toEqual({ status: 200, json: { type: 5 } });
    slow.release(errorReply('unknown-quote', 'Nothing there.'));
    const followUp = await h.fake.waitForRequest(
      (r) => r.kind === 'follow-up' && r.path.includes(token),
    );
    const kinds = h.fake.requests.filter((r) => r.path.includes(token)).map((r) => r.kind);
    expect([kinds, followUp.body]).toEqual([
      ['delete-original', 'follow-up'],
      {
        embeds: [{ color: ERROR, title: 'Sorry', description: 'Nothing there.' }],
        components: [],
        flags: 64,
        allowed_mentions: { parse: [], replied_user: false },
      },
    ]);
  });

  it('GIVEN a slow page turn THEN the click is acknowledged (type 6) and the message edited through the webhook', async () => {
    const first = await h.send(chatInput('slowpages', {}));
    const data = (first.json as { data: { components: { components: { custom_id: string }[] }[] } })
      .data;
    const customId = data.components[0]!.components[0]!.custom_id;
    const click = buttonClick(customId, { ...data });
    const token = String(click['token']);
    expect(await h.send(click)).toEqual({ status: 200, json: { type: 6 } });
    pages.release(DONE);
    const edit = await h.fake.waitForRequest(
      (r) => r.kind === 'edit-original' && r.path.includes(token),
    );
    expect(edit.body).toEqual(API_DONE);
  });

  it('GIVEN an answer in flight WHEN stop is called THEN newcomers are told the bot is restarting, and stop waits for the answer', async () => {
    const interaction = chatInput('slow', {});
    const token = String(interaction['token']);
    expect(await h.send(interaction)).toEqual({ status: 200, json: { type: 5 } });
    let stopped = false;
    const stopping = h.platform.stop(10_000).then(() => (stopped = true));
    const newcomer = await h.send(chatInput('help', {}));
    expect(newcomer).toEqual({
      status: 200,
      json: {
        type: 4,
        data: {
          content: 'Verbatim is restarting. Try again in a minute.',
          embeds: [],
          components: [],
          flags: 64 | 4,
          allowed_mentions: { parse: [], replied_user: false },
        },
      },
    });
    expect(stopped).toBe(false);
    slow.release(DONE);
    await stopping;
    expect(h.fake.ofKind('edit-original').filter((r) => r.path.includes(token))).toHaveLength(1);
  });
});

describe('a handler that misses the 3 s window', () => {
  const stuck = gate();
  let h: HttpHarness;
  beforeAll(async () => {
    // Deferral switched off, so that only the endpoint's own deadline stands between the user
    // and "The application did not respond".
    h = await startHttpHarness({
      corpus,
      commands: [...COMMANDS, gatedCommand('stuck', stuck)],
      deferAfterMs: 60_000,
    });
  });
  afterEach(() => stuck.release(DONE));
  afterAll(async () => h.close());

  it('GIVEN no first response before the window closes THEN a private "took too long", an error line, and the late answer is dropped', async () => {
    const interaction = chatInput('stuck', {});
    const token = String(interaction['token']);
    const res = await h.send(interaction);
    expect(res).toEqual({
      status: 200,
      json: {
        type: 4,
        data: {
          content:
            'Sorry, that took too long to answer. Please try again; if it keeps happening, tell the server managers.',
          embeds: [],
          components: [],
          flags: 64 | 4,
          allowed_mentions: { parse: [], replied_user: false },
        },
      },
    });
    expect(
      h.log.lines.find((l) => String(l['msg']).startsWith('no answer from the handler')),
    ).toMatchObject({ level: 50, interactionId: interaction['id'], reason: 'deadline' });
    stuck.release(DONE);
    await untilLogged(h.log, (l) => l['msg'] === 'answer ready after the 3 s window: dropped');
    expect(h.fake.requests.filter((r) => r.path.includes(token))).toEqual([]);
    expect(h.log.text()).not.toContain(token);
  });
});
