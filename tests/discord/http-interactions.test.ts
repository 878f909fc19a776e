/**
 * Discord over HTTP runs the same handlers as the gateway: every command, autocomplete, page and
 * Context buttons and the "Verify quote" message command are answered in the HTTP response's body,
 * exactly as the gateway answers them through the callback (the real discord.js Client against
 * the fake Discord is the reference).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMANDS, defineCommand, type AnyCommand, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { seen } from './expected.js';
import { loadTestCorpus, startHarness, type Harness } from './harness.js';
import { startHttpHarness, type HttpHarness } from './http-harness.js';
import {
  ALICE,
  BOB,
  autocomplete,
  buttonClick,
  chatInput,
  messageCommand,
} from './interactions.js';

const explode = defineCommand({
  name: 'explode',
  description: 'Always throws',
  options: [],
  input: z.object({}),
  run: () => {
    throw new Error('kaboom: the handler failed');
  },
});
const commands: readonly AnyCommand[] = [...COMMANDS, explode];

let corpus: Corpus;
let cleanup: () => Promise<void>;
let http: HttpHarness;
let gateway: Harness;

beforeAll(async () => {
  ({ corpus, cleanup } = await loadTestCorpus(silentLogger()));
  http = await startHttpHarness({ corpus, commands });
  gateway = await startHarness({ corpus, commands });
});
afterAll(async () => {
  await http.close();
  await gateway.close();
  await cleanup();
});

/** What the gateway sends for the same interaction, without the fields only discord.js adds. */
async function gatewayAnswer(interaction: Record<string, unknown>): Promise<unknown> {
  gateway.fake.sendInteraction(interaction);
  const id = String(interaction['id']);
  const callback = await gateway.fake.waitForRequest(
    (r) => r.kind === 'interaction-callback' && r.path.includes(`/interactions/${id}/`),
  );
  const { type, data } = callback.body as { type: number; data?: Record<string, unknown> };
  if (!data) return { type };
  const { tts: _tts, enforce_nonce: _nonce, ...rest } = data;
  return { type, data: rest };
}

interface Answer {
  type: number;
  data: {
    embeds: { title?: string }[];
    components: { components: { label: string; custom_id?: string }[] }[];
    flags: number;
  };
}

/** The HTTP answer, checked to be a 200. */
async function httpAnswer(interaction: Record<string, unknown>): Promise<Answer> {
  const res = await http.send(interaction);
  expect(res.status).toBe(200);
  return res.json as Answer;
}

function buttonOf(answer: Answer, label: string): string {
  const buttons = answer.data.components.flatMap((r) => r.components);
  return buttons.find((b) => b.label.startsWith(label))!.custom_id!;
}

function messageOf(answer: Answer): Record<string, unknown> {
  return { ...answer.data };
}

describe('slash commands over HTTP', () => {
  it.each([
    [
      '/quote',
      'quote',
      { query: 'abusive relationship' },
      4,
      'Quotes for “abusive relationship”',
      0,
    ],
    ['/timeline', 'timeline', {}, 4, 'Timeline', 0],
    ['/source', 'source', {}, 4, '6 sources, 130 quotes', 0],
    [
      '/verify',
      'verify',
      { text: 'We need to get out of this abusive relationship' },
      4,
      'Verbatim: the words are in the corpus',
      0,
    ],
    ['/help', 'help', {}, 4, 'Verbatim help', 64],
    ['/quote private', 'quote', { query: 'gold', private: true }, 4, 'Quotes for “gold”', 64],
  ] as const)(
    'GIVEN %s THEN the answer is the body of the HTTP response, the same as over the gateway',
    async (_case, name, options, type, title, flags) => {
      const answer = await httpAnswer(chatInput(name, options));
      expect([answer.type, answer.data.embeds[0]?.title, answer.data.flags]).toEqual([
        type,
        title,
        flags,
      ]);
      expect(answer).toEqual(await gatewayAnswer(chatInput(name, options)));
    },
  );

  it('GIVEN an admin-only command from a member without Manage Server THEN a private refusal', async () => {
    const answer = await httpAnswer(chatInput('reload', {}));
    expect([answer.type, answer.data.embeds[0]?.title, answer.data.flags]).toEqual([
      4,
      'Sorry',
      64,
    ]);
    expect(answer).toEqual(await gatewayAnswer(chatInput('reload', {})));
  });
});

describe('failures over HTTP', () => {
  it('GIVEN a command whose handler throws THEN a short private message in the response, the log says why, the user sees no exception text', async () => {
    const answer = await httpAnswer(chatInput('explode', {}));
    expect([answer.type, answer.data.embeds[0]?.title, answer.data.flags]).toEqual([
      4,
      'Sorry',
      64,
    ]);
    expect(JSON.stringify(answer)).not.toContain('kaboom');
    expect(http.log.lines.find((l) => l['msg'] === 'command failed')?.['command']).toBe('explode');
    expect(answer).toEqual(await gatewayAnswer(chatInput('explode', {})));
  });
});

describe('autocomplete over HTTP', () => {
  it('GIVEN typing in the quote query THEN the core’s suggestions come back as choices', async () => {
    const answer = await http.send(autocomplete('quote', { query: 'abus' }, 'query'));
    expect(answer).toEqual({
      status: 200,
      json: {
        type: 8,
        data: {
          choices: [
            {
              name: '“We need to get out of this abusive relationship and start again.” — Chris Williamson',
              value: 'qaw64fg66',
            },
          ],
        },
      },
    });
  });
});

describe('buttons over HTTP', () => {
  it('GIVEN the invoker clicks Next THEN the message is updated in place (type 7) with page 2', async () => {
    const page1 = await httpAnswer(chatInput('quote', { query: 'labour' }));
    const click = buttonClick(buttonOf(page1, 'Next'), messageOf(page1), ALICE);
    const page2 = await httpAnswer(click);
    const shown = seen(page2);
    expect([
      shown.type,
      shown.embeds[0]?.title,
      shown.embeds[0]?.description?.slice(0, 40),
    ]).toEqual([7, 'Quotes for “labour”', '“So, the **Labour** Party is over as a v']);
    expect(seen(page2).buttons).toContain(`Previous → ${buttonOf(page2, 'Previous')}`);
    expect(page2.data.embeds).not.toEqual(page1.data.embeds);
    expect(page2).toEqual(
      await gatewayAnswer(buttonClick(buttonOf(page1, 'Next'), messageOf(page1), ALICE)),
    );
  });

  it('GIVEN someone else clicks Next THEN they get page 2 privately (type 4, ephemeral)', async () => {
    const page1 = await httpAnswer(chatInput('quote', { query: 'labour' }));
    const answer = await httpAnswer(buttonClick(buttonOf(page1, 'Next'), messageOf(page1), BOB));
    expect([answer.type, answer.data.flags]).toEqual([4, 64]);
  });

  it('GIVEN a Context button THEN the quote in its context is shown privately', async () => {
    const page1 = await httpAnswer(chatInput('quote', { query: 'abusive relationship' }));
    const answer = await httpAnswer(buttonClick(buttonOf(page1, 'Context'), messageOf(page1), BOB));
    const shown = seen(answer);
    expect([shown.type, shown.embeds.map((e) => e.title), shown.flags]).toEqual([
      4,
      ['Quote qaw64fg66 in context', 'Before:', 'After:', undefined],
      64,
    ]);
  });

  it('GIVEN a button from an older version of the bot THEN a private notice, not an error', async () => {
    const answer = await httpAnswer(buttonClick('v0|something-old', { content: 'old' }, ALICE));
    expect(answer).toEqual(
      await gatewayAnswer(buttonClick('v0|something-old', { content: 'old' }, ALICE)),
    );
    expect(answer.data.flags & 64).toBe(64);
  });
});

describe('"Verify quote" message command over HTTP', () => {
  it('GIVEN a message with a pasted quote THEN verify runs on its text and answers privately', async () => {
    const text = '“We need to get out of this abusive relationship” – Chris Williamson';
    const answer = await httpAnswer(messageCommand('Verify quote', text));
    expect([answer.type, answer.data.embeds[0]?.title, answer.data.flags]).toEqual([
      4,
      'Verbatim: the words are in the corpus',
      64,
    ]);
    expect(answer).toEqual(await gatewayAnswer(messageCommand('Verify quote', text)));
  });
});
