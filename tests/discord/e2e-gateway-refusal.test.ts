/**
 * End to end: Discord refusing the gateway session at login (close 4004 authentication failed,
 * 4014 disallowed intents), with the real discord.js Client against the fake Discord. Refusals
 * while running, and what the process does about them, are in ../run-platforms.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, type Corpus } from '../../src/core/index.js';
import { DiscordStartError, startDiscord } from '../../src/adapters/discord/index.js';
import { silentLogger } from '../../src/logger.js';
import { PlatformStatus } from '../../src/platform-status.js';
import { FAKE_APP_ID, FAKE_TOKEN, FakeDiscord } from './fake-discord.js';
import { REFUSED_4004, REFUSED_4014 } from './expected.js';
import { captureLogger, loadTestCorpus } from './harness.js';

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

describe('a session refused at login', () => {
  it.each([
    [4004, REFUSED_4004],
    [4014, REFUSED_4014],
  ])(
    'GIVEN the gateway closes with %i after IDENTIFY THEN startDiscord fails with a message naming the cause and what to fix, logs it as an error, reports Discord down and leaves nothing running',
    async (code, message) => {
      const fake = await FakeDiscord.start();
      fake.closeAfterIdentify = code;
      const log = captureLogger();
      const status = new PlatformStatus();
      try {
        const outcome = await startDiscord({
          config: {
            token: FAKE_TOKEN,
            applicationId: FAKE_APP_ID,
            guildId: null,
            apiUrl: fake.apiUrl,
            mode: 'gateway',
            publicKey: null,
          },
          corpus,
          commands: COMMANDS,
          logger: log.logger,
          status,
        }).then(
          () => 'started',
          (err: unknown) => err,
        );
        // The fake sees the socket go once the closing handshake ends (a test timeout if never).
        while (fake.openSockets > 0) await new Promise((resolve) => setTimeout(resolve, 10));
        expect({
          outcome,
          errors: log.lines
            .filter((l) => Number(l['level']) >= 50)
            .map((l) => [l['msg'], l['closeCode'], l['variable']]),
          status: status.states(),
          identified: fake.gatewayReceived.filter((p) => p.op === 2).length,
          unhandled,
        }).toEqual({
          outcome: new DiscordStartError(message),
          errors: [[message, code, 'DISCORD_TOKEN']],
          status: { discord: 'down' },
          identified: 1,
          unhandled: [],
        });
      } finally {
        await fake.close();
      }
    },
  );
});
