/**
 * End to end: one bot, two corpora mapped to two Discord servers (and a channel override), with the
 * real discord.js Client against the fake Discord. Each server answers only from its own corpus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, Scheduler, type Corpus } from '../../src/core/index.js';
import { loadCorpora, type Corpora } from '../../src/corpora/index.js';
import { silentLogger } from '../../src/logger.js';
import { makeTwoCorpora, PLACES, SHARED_TEXT } from '../corpora/two-corpora.js';
import { seen } from './expected.js';
import { startHarness, untilLogged, type Harness } from './harness.js';
import { autocomplete, buttonClick, chatInput, type OptionValue } from './interactions.js';

let corpora: Corpora;
let harbour: Corpus;
let orchard: Corpus;
let cleanup: () => Promise<void>;
let h: Harness;

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = await makeTwoCorpora());
  const loaded = await loadCorpora(dir, {
    logger: silentLogger(),
    cacheDir: null,
    scheduler: new Scheduler(),
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  corpora = loaded.corpora;
  harbour = corpora.byId('harbour')!.corpus;
  orchard = corpora.byId('orchard')!.corpus;
  h = await startHarness({ corpus: harbour, corpora, commands: COMMANDS });
});
afterAll(async () => {
  await h?.close();
  await cleanup();
});

/** The interaction as sent from another server and channel. */
function at(
  interaction: Record<string, unknown>,
  guildId: string,
  channelId = '1400000000000000001',
): Record<string, unknown> {
  const channel = interaction['channel'] as Record<string, unknown>;
  return {
    ...interaction,
    guild_id: guildId,
    channel_id: channelId,
    channel: { ...channel, id: channelId, guild_id: guildId },
    authorizing_integration_owners: { '0': guildId },
  };
}

async function callbackOf(interaction: Record<string, unknown>) {
  h.fake.sendInteraction(interaction);
  const id = String(interaction['id']);
  const request = await h.fake.waitForRequest(
    (r) => r.kind === 'interaction-callback' && r.path.includes(`/interactions/${id}/`),
  );
  return request.body;
}

const command = (
  name: string,
  options: Record<string, OptionValue>,
  guild: string,
  channel?: string,
) => callbackOf(at(chatInput(name, options), guild, channel));

function idOf(corpus: Corpus, text: string): string {
  return [...corpus.passages.values()].find((p) => p.text.includes(text))!.id;
}

const NO_MATCH = (word: string) => ({
  type: 4,
  embeds: [
    {
      title: `No quote matches “${word}”`,
      description: `Nothing in this corpus matches “${word}”.`,
      footer: `Not in the corpus at all: ${word}. Fewer or more general words find more.`,
    },
  ],
  buttons: [],
  flags: 64,
});

const UNKNOWN_QUOTE = (id: string) => ({
  type: 4,
  embeds: [
    {
      title: 'Sorry',
      description: `No quote with id ${id} in this corpus.`,
      footer: 'Quote ids appear under each quote; /source lists the sources.',
    },
  ],
  buttons: [],
  flags: 64,
});

describe('two servers, two corpora', () => {
  it('GIVEN /quote lighthouse (a harbour passage) THEN server A finds it, server B does not, and the channel of B mapped to harbour does', async () => {
    const id = idOf(harbour, 'lighthouse');
    const found = {
      type: 4,
      embeds: [
        {
          author: 'Maya Okafor (own words)',
          title: 'Quotes for “lighthouse”',
          description:
            '“The **lighthouse** keeps its lamp and the harbour wall gets repaired before winter.”',
          fields: [
            'Source: [harbour wall](https://example.org/harbour-wall) — Loopback Gazette, 1 Feb 2021',
          ],
          footer: `Quote ${id}`,
        },
      ],
      buttons: [
        `Context ${id} → v1|source.context||id=${id}`,
        'Source: harbour wall → https://example.org/harbour-wall',
      ],
      flags: 0,
    };
    expect(seen(await command('quote', { query: 'lighthouse' }, PLACES.guildA))).toEqual(found);
    expect(
      seen(await command('quote', { query: 'lighthouse' }, PLACES.guildB, PLACES.channelOfB)),
    ).toEqual(NO_MATCH('lighthouse'));
    expect(
      seen(
        await command('quote', { query: 'lighthouse' }, PLACES.guildB, PLACES.harbourChannelInB),
      ),
    ).toEqual(found);
  });

  it('GIVEN /quote pear (an orchard passage) THEN server B finds it with its speaker and server A does not', async () => {
    const b = seen(await command('quote', { query: 'pear' }, PLACES.guildB));
    expect(b.embeds.map((e) => [e.author, e.footer])).toEqual([
      ['Tomas Reyes (own words)', `Quote ${idOf(orchard, 'pear')}`],
    ]);
    expect(seen(await command('quote', { query: 'pear' }, PLACES.guildA))).toEqual(
      NO_MATCH('pear'),
    );
  });

  it('GIVEN an orchard quote id THEN server B shows it and server A answers that it has no such quote (never its text)', async () => {
    const id = idOf(orchard, 'pear');
    const inB = seen(await command('source', { id }, PLACES.guildB));
    expect(inB.embeds[0]!.title).toBe(`Quote ${id} in context`);
    const inA = await command('source', { id }, PLACES.guildA);
    expect(seen(inA)).toEqual(UNKNOWN_QUOTE(id));
    expect(JSON.stringify(inA)).not.toContain('pear orchard');
    // A quote id typed as a /quote query is a lookup too.
    expect(JSON.stringify(await command('quote', { query: id }, PLACES.guildA))).not.toContain(
      'pear orchard',
    );
  });

  it('GIVEN the passage both corpora hold THEN each server shows it under its own id, and the other id is unknown there', async () => {
    const harbourId = idOf(harbour, SHARED_TEXT);
    const orchardId = idOf(orchard, SHARED_TEXT);
    expect(harbourId).not.toBe(orchardId);
    const footers = async (guild: string) =>
      seen(await command('quote', { query: 'ferry timetable' }, guild)).embeds.map((e) => e.footer);
    expect(await footers(PLACES.guildA)).toEqual([`Quote ${harbourId}`]);
    expect(await footers(PLACES.guildB)).toEqual([`Quote ${orchardId}`]);
    expect(seen(await command('source', { id: orchardId }, PLACES.guildA))).toEqual(
      UNKNOWN_QUOTE(orchardId),
    );
  });

  it('GIVEN /source THEN each server lists its own corpus under the title corpora.yaml gives it', async () => {
    const titled = async (guild: string) =>
      seen(await command('source', {}, guild)).embeds.map((e) => [e.title, e.description]);
    expect(await titled(PLACES.guildA)).toEqual([
      [
        'Maya Okafor: 2 sources, 2 quotes',
        '**harbour wall (harbour-wall)** — Loopback Gazette · 1 Feb 2021 · social · 1 quotes\n**shared ferry (shared-ferry)** — Loopback Gazette · 1 Apr 2021 · social · 1 quotes',
      ],
    ]);
    expect(await titled(PLACES.guildB)).toEqual([
      [
        'Tomas Reyes: 2 sources, 2 quotes',
        '**cider press (cider-press)** — Loopback Gazette · 1 Mar 2021 · social · 1 quotes\n**shared ferry (shared-ferry)** — Loopback Gazette · 1 Apr 2021 · social · 1 quotes',
      ],
    ]);
  });

  it('GIVEN speaker autocomplete THEN each server is offered the speakers of its own corpus only', async () => {
    const choices = async (guild: string) =>
      callbackOf(at(autocomplete('quote', { query: 'x', speaker: '' }, 'speaker'), guild));
    expect(await choices(PLACES.guildA)).toEqual({
      type: 8,
      data: {
        choices: [
          { name: 'Joint Committee (1 quotes)', value: 'Joint Committee' },
          { name: 'Maya Okafor (1 quotes)', value: 'Maya Okafor' },
        ],
      },
    });
    expect(await choices(PLACES.guildB)).toEqual({
      type: 8,
      data: {
        choices: [
          { name: 'Joint Committee (1 quotes)', value: 'Joint Committee' },
          { name: 'Tomas Reyes (1 quotes)', value: 'Tomas Reyes' },
        ],
      },
    });
  });

  it('GIVEN the Context button of an answer in server B THEN it opens the orchard passage', async () => {
    const answer = seen(await command('quote', { query: 'cider' }, PLACES.guildB));
    const id = idOf(orchard, 'cider');
    const customId = `v1|source.context||id=${id}`;
    expect(answer.buttons[0]).toBe(`Context ${id} → ${customId}`);
    const clicked = seen(await callbackOf(at(buttonClick(customId, {}), PLACES.guildB)));
    expect(clicked.embeds[0]!.title).toBe(`Quote ${id} in context`);
    expect(clicked.flags).toBe(64);
  });
});

describe('a server with no corpus (no rule names it, no default)', () => {
  const NO_CORPUS = {
    type: 4,
    embeds: [
      {
        title: 'Sorry',
        description:
          'This server has no corpus configured, so there is nothing to quote from here.',
        footer:
          "The bot's operator can add it to corpora.yaml (discord_guilds or discord_channels under places:, or a default).",
      },
    ],
    buttons: [],
    flags: 64,
  };

  it('GIVEN /quote THEN the answer is private and says so', async () => {
    expect(seen(await command('quote', { query: 'pear' }, PLACES.guildNone))).toEqual(NO_CORPUS);
    const logged = await untilLogged(h.log, (l) => l['msg'] === 'no corpus for this place');
    expect(logged).toMatchObject({ guildId: PLACES.guildNone, level: 30 });
  });

  it('GIVEN a button THEN the answer is private and says so', async () => {
    const id = idOf(orchard, 'cider');
    const clicked = await callbackOf(
      at(buttonClick(`v1|source.context||id=${id}`, {}), PLACES.guildNone),
    );
    expect(seen(clicked)).toEqual(NO_CORPUS);
  });

  it('GIVEN autocomplete THEN no suggestions', async () => {
    expect(
      await callbackOf(at(autocomplete('quote', { query: 'pe' }, 'query'), PLACES.guildNone)),
    ).toEqual({ type: 8, data: { choices: [] } });
  });
});
