/**
 * End to end: the real discord.js Client against the fake Discord, slash commands in, interaction
 * callbacks out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  COMMANDS,
  Scheduler,
  defineCommand,
  dispatch,
  errorReply,
  makeReply,
  type AnyCommand,
  type Corpus,
} from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { callbackBody, rendered } from './expected.js';
import { loadTestCorpus, startHarness, type Harness } from './harness.js';
import { ADMIN_PERMISSIONS, ALICE, chatInput, tokenFor } from './interactions.js';

const explode = defineCommand({
  name: 'explode',
  description: 'Always throws',
  options: [],
  input: z.object({}),
  run: () => {
    throw new Error('kaboom: the handler failed');
  },
});
const settings = defineCommand({
  name: 'settings',
  description: 'Admin only',
  options: [],
  input: z.object({}),
  adminOnly: true,
  run: () =>
    makeReply({
      title: 'Settings',
      blocks: [{ type: 'text', text: 'All fine.' }],
      data: null,
      visibility: 'private',
    }),
});
const commands: readonly AnyCommand[] = [...COMMANDS, explode, settings];

let corpus: Corpus;
let cleanup: () => Promise<void>;
let h: Harness;

beforeAll(async () => {
  ({ corpus, cleanup } = await loadTestCorpus(silentLogger()));
  h = await startHarness({ corpus, commands });
});
afterAll(async () => {
  await h.close();
  await cleanup();
});

const scheduler = new Scheduler();
const ctx = () => ({
  corpus,
  logger: silentLogger(),
  scheduler,
  now: () => new Date('2024-05-01T12:00:00Z'),
});

async function callbackOf(interaction: Record<string, unknown>) {
  h.fake.sendInteraction(interaction);
  const id = String(interaction['id']);
  return h.fake.waitForRequest(
    (r) => r.kind === 'interaction-callback' && r.path.includes(`/interactions/${id}/`),
  );
}

describe('slash commands', () => {
  it.each([
    ['/quote with matches', false, { query: 'abusive relationship' }],
    ['/quote with more matches than a page', false, { query: 'labour' }],
    ['/quote private:true', true, { query: 'labour', private: true }],
    ['/quote with no match', true, { query: 'xylophonist' }],
  ])(
    'GIVEN %s THEN the callback is the rendered core reply, ephemeral: %s',
    async (_case, ephemeral, options) => {
      const expected = rendered(await dispatch(COMMANDS, 'quote', options, ctx()), ALICE);
      const callback = await callbackOf(chatInput('quote', options));
      expect([callback.body, (expected.flags & 64) === 64]).toEqual([
        callbackBody(4, expected),
        ephemeral,
      ]);
    },
  );

  it.each([
    ['/verify', 'verify', { text: 'We need to get out of this abusive relationship' }],
    ['/timeline', 'timeline', {}],
    ['/source', 'source', {}],
    ['/source private:true', 'source', { private: true }],
  ])(
    'GIVEN %s THEN the callback is the rendered core reply (not an error)',
    async (_case, name, options) => {
      const { private: forcePrivate, ...raw } = options as Record<string, unknown>;
      const reply = await dispatch(COMMANDS, name, raw, ctx());
      const callback = await callbackOf(
        chatInput(name, options as Record<string, string | boolean>),
      );
      expect([callback.body, reply.type === 'error']).toEqual([
        callbackBody(4, rendered(reply, ALICE, forcePrivate === true)),
        false,
      ]);
    },
  );

  it('GIVEN /quote with matches THEN one embed per quote with speaker, source, quote id, and page buttons only the invoker may use', async () => {
    const callback = await callbackOf(chatInput('quote', { query: 'labour' }));
    const data = (
      callback.body as {
        data: {
          embeds: { author?: { name: string }; footer?: { text: string } }[];
          components: { components: { custom_id?: string; label: string }[] }[];
        };
      }
    ).data;
    expect({
      embeds: data.embeds.length,
      authors: data.embeds.every((e) => (e.author?.name ?? '').length > 0),
      footers: data.embeds.map((e) => /^Quote q[0-9a-z]+/.test(e.footer?.text ?? '')),
      next: data.components[0]!.components.find((b) => b.label === 'Next')!.custom_id,
    }).toEqual({
      embeds: 3,
      authors: true,
      footers: [true, true, true],
      next: `v1|quote.page|${BigInt(ALICE).toString(36)}|args=labour&page#1`,
    });
  });

  it('GIVEN a quote containing @everyone and a role mention THEN nothing is parsed as a mention and the markdown shows literally', async () => {
    const callback = await callbackOf(chatInput('quote', { query: 'listen everyone nowhere' }));
    const data = (
      callback.body as { data: { allowed_mentions: unknown; embeds: { description: string }[] } }
    ).data;
    expect([data.allowed_mentions, data.embeds[0]!.description]).toEqual([
      { parse: [], replied_user: false },
      '“**Listen** up @**everyone** and \\<@&1234567890123456789\\>: the \\*real\\* story is \\_\\_here\\_\\_ and \\|\\|**nowhere**\\|\\|.”',
    ]);
  });

  it('GIVEN /help THEN the help is private', async () => {
    const expected = rendered(await dispatch(COMMANDS, 'help', {}, ctx()), ALICE);
    const callback = await callbackOf(chatInput('help', {}));
    expect([callback.body, expected.flags]).toEqual([callbackBody(4, expected), 64]);
  });

  it('GIVEN a command whose handler throws THEN a short private message, and the log names the command but the user sees no exception text', async () => {
    const callback = await callbackOf(chatInput('explode', {}));
    const expected = rendered(
      errorReply('internal', 'Something went wrong while answering. It has been logged.'),
      ALICE,
    );
    const logged = h.log.lines.find((l) => l['msg'] === 'command failed');
    expect([
      callback.body,
      JSON.stringify(callback.body).includes('kaboom'),
      logged?.['command'],
    ]).toEqual([callbackBody(4, expected), false, 'explode']);
  });

  it('GIVEN a command the bot does not have THEN a clear private reply listing the commands', async () => {
    const callback = await callbackOf(chatInput('oldcommand', {}));
    expect(callback.body).toEqual(
      callbackBody(
        4,
        rendered(
          errorReply(
            'unknown-command',
            'This server still lists "oldcommand", which this bot no longer has.',
            `Try ${commands.map((c) => `/${c.name}`).join(', ')}. A server manager can refresh the list with npm run discord:register.`,
          ),
          ALICE,
        ),
      ),
    );
  });

  it.each([
    [
      'a member without Manage Server',
      undefined,
      rendered(
        errorReply('forbidden', '/settings is for server managers (Manage Server permission).'),
        ALICE,
      ),
    ],
    [
      'a server manager',
      ADMIN_PERMISSIONS,
      rendered(
        makeReply({
          title: 'Settings',
          blocks: [{ type: 'text', text: 'All fine.' }],
          data: null,
          visibility: 'private',
        }),
        ALICE,
      ),
    ],
  ])(
    'GIVEN an admin-only command from %s THEN the runtime check decides',
    async (_case, permissions, expected) => {
      const callback = await callbackOf(
        chatInput('settings', {}, permissions ? { permissions } : {}),
      );
      expect(callback.body).toEqual(callbackBody(4, expected));
    },
  );
});

describe('a reply Discord rejects', () => {
  it('GIVEN the callback fails with a Discord API error THEN the log has interactionId, code, status and method but never the token, and the user gets a short private message', async () => {
    const interaction = chatInput('help', {});
    const id = String(interaction['id']);
    let rejected = false;
    h.fake.responder = async (r) => {
      if (r.kind !== 'interaction-callback' || !r.path.includes(id) || rejected) return undefined;
      rejected = true;
      return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: {} } };
    };
    h.fake.sendInteraction(interaction);
    const retry = await h.fake.waitForRequest(
      (r) =>
        r.kind === 'interaction-callback' &&
        r.path.includes(id) &&
        rejected &&
        r !== h.fake.requests.find((x) => x.path.includes(id)),
    );
    h.fake.responder = null;
    const logged = h.log.lines.find(
      (l) => l['msg'] === 'interaction failed' && l['interactionId'] === id,
    );
    expect({
      logged: logged && {
        interactionId: logged['interactionId'],
        code: logged['code'],
        status: logged['status'],
        method: logged['method'],
      },
      tokenInLogs: h.log.text().includes(tokenFor(id)),
      retry: retry.body,
    }).toEqual({
      logged: { interactionId: id, code: 50035, status: 400, method: 'POST' },
      tokenInLogs: false,
      retry: {
        type: 4,
        data: {
          content:
            'Sorry, something went wrong while answering. It has been logged; please try again.',
          tts: false,
          enforce_nonce: false,
          embeds: [],
          components: [],
          allowed_mentions: { parse: [], replied_user: false },
          flags: 68,
        },
      },
    });
  });
});
