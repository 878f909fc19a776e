/**
 * End to end: autocomplete, page and context buttons, stale buttons and the "Verify quote" message
 * command, with the real discord.js Client against the fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMMANDS,
  dispatch,
  dispatchAction,
  outcomeOf,
  suggest,
  type Corpus,
} from '../../src/core/index.js';
import { toChoices } from '../../src/adapters/discord/autocomplete-choices.js';
import { renderNotice } from '../../src/adapters/discord/render-discord.js';
import { silentLogger } from '../../src/logger.js';
import { callbackBody, rendered } from './expected.js';
import { loadTestCorpus, startHarness, type Harness } from './harness.js';
import {
  ALICE,
  BOB,
  autocomplete,
  buttonClick,
  chatInput,
  messageCommand,
} from './interactions.js';

let corpus: Corpus;
let cleanup: () => Promise<void>;
let h: Harness;

beforeAll(async () => {
  ({ corpus, cleanup } = await loadTestCorpus(silentLogger()));
  h = await startHarness({ corpus, commands: COMMANDS });
});
afterAll(async () => {
  await h.close();
  await cleanup();
});

const ctx = () => ({ corpus, logger: silentLogger(), now: () => new Date('2024-05-01T12:00:00Z') });

async function callbackOf(interaction: Record<string, unknown>) {
  h.fake.sendInteraction(interaction);
  const id = String(interaction['id']);
  return h.fake.waitForRequest(
    (r) => r.kind === 'interaction-callback' && r.path.includes(`/interactions/${id}/`),
  );
}

type Sent = {
  data: {
    embeds: unknown[];
    components: { components: { label: string; custom_id?: string }[] }[];
    flags: number;
  };
};

/** Runs /quote and returns the message it sent, as a button click would carry it. */
async function quoteMessage(
  query: string,
): Promise<{ message: Record<string, unknown>; button: (label: string) => string }> {
  const sent = (await callbackOf(chatInput('quote', { query }))).body as Sent;
  const buttons = sent.data.components.flatMap((r) => r.components);
  return {
    message: { embeds: sent.data.embeds, components: sent.data.components, flags: sent.data.flags },
    button: (label) =>
      buttons.find((b) => b.label === label || b.label.startsWith(label))!.custom_id!,
  };
}

describe('autocomplete', () => {
  it.each([
    ['the quote query', 'query', { query: 'abus' }, 'quote', 'abus'],
    ['the speaker option', 'speaker', { query: 'gold', speaker: 'wi' }, 'speaker', 'wi'],
    ['the source option', 'source', { query: 'gold', source: '' }, 'source', ''],
  ] as const)(
    'GIVEN typing in %s THEN the core’s suggestions come back as at most 25 choices within Discord’s sizes',
    async (_case, focused, options, source, typed) => {
      const expected = toChoices(suggest(corpus, source, typed, 25));
      const callback = await callbackOf(autocomplete('quote', options, focused));
      const choices = (callback.body as { data: { choices: { name: string; value: string }[] } })
        .data.choices;
      expect([
        callback.body,
        expected.length > 0,
        choices.every((c) => c.name.length <= 100 && c.value.length <= 100),
      ]).toEqual([{ type: 8, data: { choices: expected } }, true, true]);
    },
  );
});

describe('buttons', () => {
  it('GIVEN the invoker clicks Next THEN the message is updated in place with page 2', async () => {
    const { message, button } = await quoteMessage('labour');
    const callback = await callbackOf(buttonClick(button('Next'), message, ALICE));
    const page2 = await dispatchAction(
      COMMANDS,
      { id: 'quote.page', kind: 'page', state: { args: 'labour', page: 1 } },
      ctx(),
    );
    expect([callback.body, page2.paging?.page]).toEqual([
      callbackBody(7, rendered(page2, ALICE)),
      1,
    ]);
  });

  it('GIVEN someone else clicks Next THEN they get page 2 privately, with buttons of their own, and the shared message is untouched', async () => {
    const { message, button } = await quoteMessage('labour');
    const callback = await callbackOf(buttonClick(button('Next'), message, BOB));
    const page2 = await dispatchAction(
      COMMANDS,
      { id: 'quote.page', kind: 'page', state: { args: 'labour', page: 1 } },
      ctx(),
    );
    expect(callback.body).toEqual(callbackBody(4, rendered(page2, BOB, true)));
  });

  it('GIVEN a Context button THEN the quote in its context is shown privately to whoever clicked', async () => {
    const { message, button } = await quoteMessage('abusive relationship');
    const customId = button('Context');
    const callback = await callbackOf(buttonClick(customId, message, BOB));
    const quoteId = customId.split('id=')[1]!;
    const context = await dispatch(COMMANDS, 'source', { id: quoteId }, ctx());
    expect([callback.body, context.title]).toEqual([
      callbackBody(4, rendered(context, BOB, true)),
      `Quote ${quoteId} in context`,
    ]);
  });

  it.each([
    [
      'a stored button from before a restart',
      'v1~0bad.0',
      'This button has expired. Run the command again to get fresh buttons.',
    ],
    [
      'a button from an older version of the bot',
      'quote:page:2',
      'This button no longer works (the bot was updated). Run the command again.',
    ],
  ])('GIVEN %s THEN a clear private notice', async (_case, customId, text) => {
    const callback = await callbackOf(buttonClick(customId, { content: 'old message' }, ALICE));
    expect(callback.body).toEqual({
      type: 4,
      data: {
        content: text,
        tts: false,
        enforce_nonce: false,
        embeds: [],
        components: [],
        allowed_mentions: { parse: [], replied_user: false },
        flags: renderNotice(text).flags,
      },
    });
  });

  it('GIVEN a page button whose query no longer parses THEN the core’s stale-action error is shown privately and the message is left alone', async () => {
    const customId = `v1|quote.page|${BigInt(ALICE).toString(36)}|args=speaker:&page#1`;
    const callback = await callbackOf(buttonClick(customId, { content: '' }, ALICE));
    const stale = await dispatchAction(
      COMMANDS,
      { id: 'quote.page', kind: 'page', state: { args: 'speaker:', page: 1 } },
      ctx(),
    );
    expect([callback.body, outcomeOf(stale)]).toEqual([
      callbackBody(4, rendered(stale, ALICE)),
      'stale-action',
    ]);
  });
});

describe('"Verify quote" message command', () => {
  it('GIVEN a message with a pasted quote THEN verify runs on its text and answers privately', async () => {
    const text = '“We need to get out of this abusive relationship” – Chris Williamson';
    const callback = await callbackOf(messageCommand('Verify quote', text));
    const expected = await dispatch(COMMANDS, 'verify', { text }, ctx());
    expect([callback.body, expected.type]).toEqual([
      callbackBody(4, rendered(expected, ALICE, true)),
      'card',
    ]);
  });

  it('GIVEN a message with no text THEN a private notice explains', async () => {
    const callback = await callbackOf(messageCommand('Verify quote', '   '));
    const notice = renderNotice(
      'That message has no text to verify. Use it on a message that quotes someone.',
    );
    expect(callback.body).toEqual({
      type: 4,
      data: {
        content: notice.content,
        tts: false,
        enforce_nonce: false,
        embeds: [],
        components: [],
        allowed_mentions: { parse: [], replied_user: false },
        flags: notice.flags,
      },
    });
  });
});
