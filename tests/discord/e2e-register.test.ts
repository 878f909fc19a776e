/**
 * End to end: `npm run discord:register`'s logic against the fake Discord REST API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { COMMANDS } from '../../src/core/index.js';
import { buildCommandData } from '../../src/adapters/discord/command-data.js';
import { runRegister } from '../../src/adapters/discord/register-cli.js';
import { FAKE_APP_ID, FAKE_TOKEN, FakeDiscord } from './fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake.close());

const GUILD = '1500000000000000001';

async function register(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runRegister(loadConfig(env), COMMANDS, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

const names = buildCommandData(COMMANDS)
  .map((c) => (/^[a-z0-9_-]+$/.test(c.name) ? `/${c.name}` : `"${c.name}"`))
  .join(', ');

describe('discord:register', () => {
  it.each([
    [
      'DISCORD_GUILD_ID set',
      { DISCORD_GUILD_ID: GUILD },
      `/api/v10/applications/${FAKE_APP_ID}/guilds/${GUILD}/commands`,
      `in server ${GUILD}: ${names}. They can be used there now.`,
    ],
    [
      'no DISCORD_GUILD_ID',
      {},
      `/api/v10/applications/${FAKE_APP_ID}/commands`,
      `globally: ${names}. Discord may take a few minutes to show them in every server.`,
    ],
  ])(
    'GIVEN %s THEN one PUT whose body is the JSON built from the declarations, and a clear message',
    async (_case, extra, path, message) => {
      const before = fake.ofKind('put-commands').length;
      const result = await register({
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: FAKE_APP_ID,
        DISCORD_API_URL: fake.apiUrl,
        ...extra,
      });
      const put = fake.ofKind('put-commands').slice(before);
      expect({
        result,
        puts: put.map((p) => ({ path: p.path, auth: p.authorization, body: p.body })),
      }).toEqual({
        result: {
          code: 0,
          out: [`Registered ${buildCommandData(COMMANDS).length} commands ${message}`],
          err: [],
        },
        puts: [
          {
            path,
            auth: `Bot ${FAKE_TOKEN}`,
            body: JSON.parse(JSON.stringify(buildCommandData(COMMANDS))) as unknown,
          },
        ],
      });
    },
  );

  it.each([
    [
      'a token Discord rejects',
      { DISCORD_TOKEN: 'wrong', DISCORD_APPLICATION_ID: FAKE_APP_ID },
      {
        code: 1,
        out: [],
        err: [
          'Registration failed. Discord rejected DISCORD_TOKEN (401). Copy a fresh token from Developer Portal → Bot → Reset Token.',
        ],
      },
    ],
    [
      'no Discord settings',
      {},
      {
        code: 2,
        out: [],
        err: [
          'Cannot register Discord commands: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).',
        ],
      },
    ],
    [
      'an application id that is not a number',
      { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_APPLICATION_ID: 'my-bot' },
      {
        code: 2,
        out: [],
        err: [
          'Cannot register Discord commands; fix these settings first:',
          '  - DISCORD_APPLICATION_ID must be the numeric Application ID from the Developer Portal (General Information)',
        ],
      },
    ],
  ])(
    'GIVEN %s THEN a clear message, no stack trace, and the exit code says why',
    async (_case, env, expected) => {
      expect(await register({ DISCORD_API_URL: fake.apiUrl, ...env })).toEqual(expected);
    },
  );

  it('GIVEN Discord is unreachable THEN exit code 1 with a message naming the setting to check', async () => {
    const closed = await FakeDiscord.start();
    const apiUrl = closed.apiUrl;
    await closed.close();
    expect(
      await register({
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: FAKE_APP_ID,
        DISCORD_API_URL: apiUrl,
      }),
    ).toEqual({
      code: 1,
      out: [],
      err: [
        'Registration failed. Could not reach Discord at DISCORD_API_URL (ECONNREFUSED). Check the network and try again.',
      ],
    });
  });
});
