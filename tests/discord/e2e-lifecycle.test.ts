/**
 * End to end: login, deferred replies, and stopping (with a reply in flight, and mid-reconnect),
 * with the real discord.js Client against the fake Discord.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  COMMANDS,
  defineCommand,
  errorReply,
  makeReply,
  type AnyCommand,
  type Corpus,
  type Reply,
} from '../../src/core/index.js';
import { DiscordStartError, startDiscord } from '../../src/adapters/discord/index.js';
import { silentLogger } from '../../src/logger.js';
import { CARD, ERROR, sent } from './expected.js';
import { FAKE_APP_ID, FakeDiscord } from './fake-discord.js';
import { captureLogger, loadTestCorpus, startHarness, type Harness } from './harness.js';
import { autocomplete, chatInput } from './interactions.js';

/** A command that answers only when the test releases it. */
function gatedCommand(name: string) {
  let release!: (reply: Reply) => void;
  const gate = new Promise<Reply>((resolve) => (release = resolve));
  const command = defineCommand({
    name,
    description: 'Waits for the test',
    options: [],
    input: z.object({}),
    run: () => gate,
  });
  return { command, release };
}

let corpus: Corpus;
let cleanup: () => Promise<void>;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

beforeAll(async () => {
  ({ corpus, cleanup } = await loadTestCorpus(silentLogger()));
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await cleanup();
});

describe('login', () => {
  it('GIVEN a token Discord rejects THEN startDiscord fails with a message that says what to fix and nothing is left running', async () => {
    const fake = await FakeDiscord.start();
    try {
      const start = startDiscord({
        config: {
          token: 'wrong-token',
          applicationId: FAKE_APP_ID,
          guildId: null,
          apiUrl: fake.apiUrl,
          mode: 'gateway',
          publicKey: null,
        },
        corpus,
        commands: COMMANDS,
        logger: silentLogger(),
      });
      await expect(start).rejects.toEqual(
        new DiscordStartError(
          'Discord rejected DISCORD_TOKEN (401). Copy a fresh token from Developer Portal → Bot → Reset Token.',
        ),
      );
      expect([fake.openSockets, unhandled]).toEqual([0, []]);
    } finally {
      await fake.close();
    }
  });
});

describe('deferred replies', () => {
  const slow = gatedCommand('slow');
  const slowError = gatedCommand('slowerror');
  const slowRejected = gatedCommand('slowrejected');
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      corpus,
      commands: [...COMMANDS, slow.command, slowError.command, slowRejected.command],
      deferAfterMs: 50,
    });
  });
  afterAll(() => h.close());

  it('GIVEN a handler slower than the defer threshold THEN Discord gets a deferral first and the answer as an edit of the original', async () => {
    const interaction = chatInput('slow', {});
    h.fake.sendInteraction(interaction);
    const deferral = await h.fake.waitForRequest(
      (r) => r.kind === 'interaction-callback' && r.path.includes(String(interaction['id'])),
    );
    const reply = makeReply({
      title: 'Done',
      blocks: [{ type: 'text', text: 'Finally.' }],
      data: null,
    });
    slow.release(reply);
    const edit = await h.fake.waitForRequest(
      (r) => r.kind === 'edit-original' && r.path.includes(String(interaction['token'])),
    );
    expect([deferral.body, edit.body, edit.path.split('/')[4]]).toEqual([
      { type: 5, data: { flags: 0 } },
      sent({ embeds: [{ color: CARD, title: 'Done', description: 'Finally.' }], flags: 0 }),
      FAKE_APP_ID,
    ]);
  });

  it('GIVEN a public deferral that ends in an error THEN the placeholder is deleted and the error sent privately', async () => {
    const interaction = chatInput('slowerror', {});
    h.fake.sendInteraction(interaction);
    await h.fake.waitForRequest(
      (r) => r.kind === 'interaction-callback' && r.path.includes(String(interaction['id'])),
    );
    const error = errorReply('unknown-quote', 'Nothing there.');
    slowError.release(error);
    const token = String(interaction['token']);
    const followUp = await h.fake.waitForRequest(
      (r) => r.kind === 'follow-up' && r.path.includes(token),
    );
    const deleted = h.fake.requests.filter(
      (r) => r.kind === 'delete-original' && r.path.includes(token),
    ).length;
    expect([deleted, followUp.body]).toEqual([
      1,
      sent({
        embeds: [{ color: ERROR, title: 'Sorry', description: 'Nothing there.' }],
        flags: 64,
      }),
    ]);
  });
  it('GIVEN a deferred answer whose edit Discord rejects THEN the placeholder is removed and the user gets the short private notice', async () => {
    const interaction = chatInput('slowrejected', {});
    const token = String(interaction['token']);
    h.fake.responder = async (r) =>
      r.kind === 'edit-original' && r.path.includes(token)
        ? { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: {} } }
        : undefined;
    h.fake.sendInteraction(interaction);
    await h.fake.waitForRequest(
      (r) => r.kind === 'interaction-callback' && r.path.includes(String(interaction['id'])),
    );
    slowRejected.release(makeReply({ title: 'Done', blocks: [], data: null }));
    const followUp = await h.fake.waitForRequest(
      (r) => r.kind === 'follow-up' && r.path.includes(token),
    );
    h.fake.responder = null;
    const forToken = h.fake.requests.filter((r) => r.path.includes(token)).map((r) => r.kind);
    expect([forToken, followUp.body]).toEqual([
      ['interaction-callback', 'edit-original', 'delete-original', 'follow-up'],
      {
        content:
          'Sorry, something went wrong while answering. It has been logged; please try again.',
        tts: false,
        enforce_nonce: false,
        embeds: [],
        components: [],
        allowed_mentions: { parse: [], replied_user: false },
        flags: 68,
      },
    ]);
  });
});

describe('stop', () => {
  let fake: FakeDiscord | null = null;
  afterEach(async () => {
    await fake?.close();
    fake = null;
  });

  async function start(commands: readonly AnyCommand[]) {
    fake = await FakeDiscord.start();
    const log = captureLogger();
    const platform = await startDiscord({
      config: {
        token: 'fake-bot-token.not-a-secret',
        applicationId: FAKE_APP_ID,
        guildId: null,
        apiUrl: fake.apiUrl,
        mode: 'gateway',
        publicKey: null,
      },
      corpus,
      commands,
      logger: log.logger,
    });
    return { fake, platform, log };
  }

  it('GIVEN a reply in flight WHEN stop is called THEN it completes before stop resolves, later interactions are told the bot is restarting, and the gateway is closed', async () => {
    const { fake, platform, log } = await start(COMMANDS);
    let releaseCallback!: () => void;
    const held = new Promise<void>((resolve) => (releaseCallback = resolve));
    fake.responder = async (r) =>
      r.kind === 'interaction-callback' ? (await held, undefined) : undefined;
    const interaction = chatInput('help', {});
    fake.sendInteraction(interaction);
    await fake.waitForRequest((r) => r.kind === 'interaction-callback');

    let stopped = false;
    const stopping = platform.stop(15_000).then(() => (stopped = true));
    // Work arriving after stop is not run: it is told the bot is restarting.
    const late = chatInput('help', {});
    fake.sendInteraction(late);
    fake.sendInteraction(autocomplete('quote', { query: 'vene' }, 'query'));
    const lateAnswers = [
      await fake.waitForRequest(
        (r) => r.kind === 'interaction-callback' && r.path.includes(String(late['id'])),
      ),
      await fake.waitForRequest(
        (r) => r.kind === 'interaction-callback' && (r.body as { type?: number }).type === 8,
      ),
    ];
    const stoppedBeforeRelease = stopped;
    releaseCallback();
    await stopping;
    expect({
      stoppedBeforeRelease,
      lateAnswers: lateAnswers.map((r) => r.body),
      callbacks: fake.ofKind('interaction-callback').length,
      failures: log.lines.filter((l) => l['msg'] === 'interaction failed').length,
      last: log.lines.at(-1)?.['msg'],
      sockets: fake.openSockets,
      unhandled,
    }).toEqual({
      stoppedBeforeRelease: false,
      lateAnswers: [
        {
          type: 4,
          data: {
            content: 'Verbatim is restarting. Try again in a minute.',
            enforce_nonce: false,
            flags: 64,
            tts: false,
            allowed_mentions: { parse: [], replied_user: false },
          },
        },
        { type: 8, data: { choices: [] } },
      ],
      callbacks: 3,
      failures: 0,
      last: 'discord stopped',
      sockets: 0,
      unhandled: [],
    });
  });

  it.each([
    ['refuses connections', 'refuse'],
    ['accepts connections but never says hello', 'silent'],
  ] as const)(
    'GIVEN a reply that never completes and a gateway that %s mid-reconnect WHEN stop is called THEN it resolves, the gateway stays down and nothing is rejected unhandled',
    async (_case, mode) => {
      const hung = gatedCommand('hang');
      const { fake, platform, log } = await start([...COMMANDS, hung.command]);
      fake.sendInteraction(chatInput('hang', {}));
      fake.gatewayMode = mode;
      fake.dropConnections();
      await until(() => fake.gatewayAttempts >= 2);
      await platform.stop(300);
      const attemptsAtStop = fake.gatewayAttempts;
      hung.release(makeReply({ title: 'late', blocks: [], data: null }));
      // Longer than the 500 ms after which @discordjs/ws would reconnect.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect({
        warned: log.lines
          .filter((l) => l['msg'] === 'stopping with replies still in flight')
          .map((l) => l['abandoned']),
        newAttempts: fake.gatewayAttempts - attemptsAtStop,
        sockets: fake.openSockets,
        unhandled,
      }).toEqual({ warned: [1], newAttempts: 0, sockets: 0, unhandled: [] });
    },
  );
});

/** Polls a condition on the fake (no timing is asserted). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
