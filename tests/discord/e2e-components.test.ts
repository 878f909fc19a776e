/**
 * End to end: autocomplete, page and context buttons, stale buttons and the "Verify quote" message
 * command, with the real discord.js Client against the fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { CARD, ERROR, seen, sent } from './expected.js';
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
    [
      'the quote query',
      'query',
      { query: 'abus' },
      [
        {
          name: '“We need to get out of this abusive relationship and start again.” — Chris Williamson',
          value: 'qaw64fg66',
        },
      ],
    ],
    [
      'the speaker option',
      'speaker',
      { query: 'gold', speaker: 'wi' },
      [
        { name: 'Chris Williamson (65 quotes)', value: 'Chris Williamson' },
        { name: 'Asa Winstanley (20 quotes)', value: 'Asa Winstanley' },
        { name: 'Rachael Swindon (17 quotes)', value: 'Rachael Swindon' },
        { name: 'a source close to Williamson (1 quotes)', value: 'a source close to Williamson' },
      ],
    ],
    [
      'the source option',
      'source',
      { query: 'gold', source: '' },
      [
        {
          name: 'Chris Williamson — webtoady.com (mirror of his Facebook page)',
          value: 'facebook-page',
        },
        {
          name: 'Rachael talks ‘hard labour’ with Chris Williamson — Creating Socialism',
          value: 'hard-labour-interview',
        },
        {
          name: 'Chris Williamson runs for Parliament as independent — The Electronic Intifada',
          value: 'ei-independent-run',
        },
        {
          name: '‘I resigned from Labour to spend more time fighting for socialism’ — Morning Star',
          value: 'morning-star-oped',
        },
        {
          name: 'Chris Williamson to Launch “New Grassroots Movement” Later This Year — Red Revolution Media',
          value: 'grassroots-movement',
        },
        { name: 'A post that tries to ping — Test Gazette', value: 'mention-test' },
      ],
    ],
  ] as const)(
    'GIVEN typing in %s THEN the core’s suggestions come back as choices',
    async (_case, focused, options, choices) => {
      const callback = await callbackOf(autocomplete('quote', options, focused));
      expect(callback.body).toEqual({ type: 8, data: { choices } });
    },
  );
});

describe('buttons', () => {
  it('GIVEN the invoker clicks Next THEN the message is updated in place with page 2', async () => {
    const { message, button } = await quoteMessage('labour');
    const callback = await callbackOf(buttonClick(button('Next'), message, ALICE));
    expect(seen(callback.body)).toEqual({
      type: 7,
      embeds: [
        {
          author: 'Chris Williamson (own words)',
          title: 'Quotes for “labour”',
          description:
            '“So, the **Labour** Party is over as a vehicle for even a modest form of socialism, and as for being a force for anti-imperialism – you can forget it.  Our only hope is to build an alternative to the **Labour** Party.  Clinging to the hope that the **Labour** Party can be reclaimed is a recipe for perpetual disappointment.…”',
          fields: [
            'Source: [Rachael talks ‘hard labour’ with Chris Williamson](https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/) — Creating Socialism, c. Sep 2021',
          ],
          footer: 'Quote q9jcg1hmh',
        },
        {
          author: 'Chris Williamson (own words)',
          description:
            '“This fearlessness is what the **Labour** Party lacks today. As we head towards the election, it is essential that socialists know what they’re fighting for and against. I encourage **Labour** Party members to stay in the party and fight for its soul, but you should not be under the illusion that it is a socialist party — yet.”',
          fields: [
            'Source: [‘I resigned from Labour to spend more time fighting for socialism’](https://morningstaronline.co.uk/article/f/i-resigned-labour-spend-more-time-fighting-socialism) — Morning Star, c. 9 Nov 2019',
          ],
          footer: 'Quote qy570p4cm',
        },
        {
          author: 'Chris Williamson (own words)',
          description:
            '“Also, these problems are intertwined. And they affect **Labour’s** policy platform, influencing it away from Jeremy’s own transformative, anti-imperialist worldview. When members are less influential, power blocs arise that can entrench regressive policies. This is a serious threat, especially when a **Labour** majority at this election would not mean a socialist majority.”',
          fields: [
            'Source: [‘I resigned from Labour to spend more time fighting for socialism’](https://morningstaronline.co.uk/article/f/i-resigned-labour-spend-more-time-fighting-socialism) — Morning Star, c. 9 Nov 2019',
          ],
          footer: 'Quote qgfhs2nzn · Page 2 of 17 · 50 results',
        },
      ],
      buttons: [
        'Previous → v1|quote.page|c5m8nwso7bwh|args=labour&page#0',
        'Next → v1|quote.page|c5m8nwso7bwh|args=labour&page#2',
        'Context q9jcg1hmh → v1|source.context||id=q9jcg1hmh',
        'Context qy570p4cm → v1|source.context||id=qy570p4cm',
        'Context qgfhs2nzn → v1|source.context||id=qgfhs2nzn',
        'Source: Rachael talks ‘hard labour’ with Chris Williamson → https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/',
        'Source: ‘I resigned from Labour to spend more time fighting for socialism’ → https://morningstaronline.co.uk/article/f/i-resigned-labour-spend-more-time-fighting-socialism',
      ],
      flags: 0,
    });
  });

  it('GIVEN someone else clicks Next THEN they get page 2 privately, with buttons of their own, and the shared message is untouched', async () => {
    const { message, button } = await quoteMessage('labour');
    const callback = await callbackOf(buttonClick(button('Next'), message, BOB));
    expect(seen(callback.body)).toEqual({
      type: 4,
      embeds: [
        {
          author: 'Chris Williamson (own words)',
          title: 'Quotes for “labour”',
          description:
            '“So, the **Labour** Party is over as a vehicle for even a modest form of socialism, and as for being a force for anti-imperialism – you can forget it.  Our only hope is to build an alternative to the **Labour** Party.  Clinging to the hope that the **Labour** Party can be reclaimed is a recipe for perpetual disappointment.…”',
          fields: [
            'Source: [Rachael talks ‘hard labour’ with Chris Williamson](https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/) — Creating Socialism, c. Sep 2021',
          ],
          footer: 'Quote q9jcg1hmh',
        },
        {
          author: 'Chris Williamson (own words)',
          description:
            '“This fearlessness is what the **Labour** Party lacks today. As we head towards the election, it is essential that socialists know what they’re fighting for and against. I encourage **Labour** Party members to stay in the party and fight for its soul, but you should not be under the illusion that it is a socialist party — yet.”',
          fields: [
            'Source: [‘I resigned from Labour to spend more time fighting for socialism’](https://morningstaronline.co.uk/article/f/i-resigned-labour-spend-more-time-fighting-socialism) — Morning Star, c. 9 Nov 2019',
          ],
          footer: 'Quote qy570p4cm',
        },
        {
          author: 'Chris Williamson (own words)',
          description:
            '“Also, these problems are intertwined. And they affect **Labour’s** policy platform, influencing it away from Jeremy’s own transformative, anti-imperialist worldview. When members are less influential, power blocs arise that can entrench regressive policies. This is a serious threat, especially when a **Labour** majority at this election would not mean a socialist majority.”',
          fields: [
            'Source: [‘I resigned from Labour to spend more time fighting for socialism’](https://morningstaronline.co.uk/article/f/i-resigned-labour-spend-more-time-fighting-socialism) — Morning Star, c. 9 Nov 2019',
          ],
          footer: 'Quote qgfhs2nzn · Page 2 of 17 · 50 results',
        },
      ],
      buttons: [
        'Previous → v1|quote.page|c5m8nwso7bwi|args=labour&page#0',
        'Next → v1|quote.page|c5m8nwso7bwi|args=labour&page#2',
        'Context q9jcg1hmh → v1|source.context||id=q9jcg1hmh',
        'Context qy570p4cm → v1|source.context||id=qy570p4cm',
        'Context qgfhs2nzn → v1|source.context||id=qgfhs2nzn',
        'Source: Rachael talks ‘hard labour’ with Chris Williamson → https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/',
        'Source: ‘I resigned from Labour to spend more time fighting for socialism’ → https://morningstaronline.co.uk/article/f/i-resigned-labour-spend-more-time-fighting-socialism',
      ],
      flags: 64,
    });
  });

  it('GIVEN a Context button THEN the quote in its context is shown privately to whoever clicked', async () => {
    const { message, button } = await quoteMessage('abusive relationship');
    const customId = button('Context');
    const callback = await callbackOf(buttonClick(customId, message, BOB));
    expect([customId, seen(callback.body)]).toEqual([
      'v1|source.context||id=qaw64fg66',
      {
        type: 4,
        embeds: [
          {
            author: 'Chris Williamson (own words)',
            title: 'Quote qaw64fg66 in context',
            description:
              '“I know that changing the political status quo won’t be easy.  But as I keep saying, it’s better to start today than to leave it to another generation.  And that means recognising that the Labour Party is not the solution.  We need to get out of this abusive relationship and start again.  I would urge people to join us in the deliberations in Nottingham in October and come to the Resist Event at the Rialto Theatre in Brighton that will take place from 26 – 28 September.”',
            fields: [
              'Source: [Rachael talks ‘hard labour’ with Chris Williamson](https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/) — Creating Socialism, c. Sep 2021',
            ],
            footer:
              'Quote qaw64fg66 · Attributed to Chris Williamson: the interview’s questions and answers.',
          },
          {
            author: 'Chris Williamson (own words)',
            title: 'Before:',
            description:
              '“We need to find a way of collaborating on the left.  Unless we do that, we are doomed to fail.  But there is hope.  The Resist Movement for a People’s Party is organising a Festival of Resistance in Nottingham on October 16/17 to consider the way forward.  The Workers Party nearly caused an upset in the Batley and Spen by-election.  The Trade Unionist and Socialist Coalition, or TUSC, has also been reformed, so there are a few acorns being planted.  Our task is to ensure they grow into giant oak trees.  But we don’t just want a few isolated oak trees, we need a forest of giant oak trees throughout the land.”',
            fields: [
              'Source: [Rachael talks ‘hard labour’ with Chris Williamson](https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/) — Creating Socialism, c. Sep 2021',
            ],
            footer: 'Quote qmv4n4f76',
          },
          {
            author: 'Chris Williamson (own words)',
            title: 'After:',
            description:
              '“A social movement can secure political change, not by being nice to politicians, but by frightening them into action.  Let’s also demand that our trade unions stop funding this shit show of a party, and start community organising, working with groups like Resist.  Let’s inspire new working class leaders to emerge so that we can start electing people that represent the working class instead of the corporate class.  But let’s not put all our eggs in an electoral strategy, because we’ve seen that representative democracy isn’t fit for purpose.   We need a social movement to ensure that those who are elected do not lose their way.  So I guess what I’m saying is, let’s build a social movement to replace our broken democracy with participatory democracy to ensure the world’s fifth biggest economy works in the interests of the many, not the few.”',
            fields: [
              'Source: [Rachael talks ‘hard labour’ with Chris Williamson](https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/) — Creating Socialism, c. Sep 2021',
            ],
            footer: 'Quote qmdyv7kcj',
          },
          {
            description:
              '[Rachael talks ‘hard labour’ with Chris Williamson](https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/) — Creating Socialism, c. Sep 2021',
          },
        ],
        buttons: [
          'Open source → https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/',
        ],
        flags: 64,
      },
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
        flags: 68,
      },
    });
  });

  it('GIVEN a page button whose query no longer parses THEN the core’s stale-action error is shown privately and the message is left alone', async () => {
    const customId = `v1|quote.page|${BigInt(ALICE).toString(36)}|args=speaker:&page#1`;
    const callback = await callbackOf(buttonClick(customId, { content: '' }, ALICE));
    expect(callback.body).toEqual({
      type: 4,
      data: sent({
        embeds: [
          {
            color: ERROR,
            title: 'Sorry',
            description: 'This button no longer works. Run the command again.',
          },
        ],
        flags: 64,
      }),
    });
  });
});

describe('"Verify quote" message command', () => {
  it('GIVEN a message with a pasted quote THEN verify runs on its text and answers privately', async () => {
    const text = '“We need to get out of this abusive relationship” – Chris Williamson';
    const callback = await callbackOf(messageCommand('Verify quote', text));
    expect(callback.body).toEqual({
      type: 4,
      data: sent({
        embeds: [
          {
            color: CARD,
            title: 'Verbatim: the words are in the corpus',
            description:
              'Found word for word (ignoring case, punctuation and quotation marks): Chris Williamson’s own words. The pasted words are part of a longer sentence, shown in full below.',
          },
          {
            color: CARD,
            author: { name: 'Chris Williamson (own words)' },
            fields: [
              {
                name: 'Source',
                value:
                  '[Rachael talks ‘hard labour’ with Chris Williamson](https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/) — Creating Socialism, c. Sep 2021',
                inline: false,
              },
            ],
            description:
              '_Claimed speaker taken from the pasted text: Chris Williamson._\n\n“…**We need to get out of this abusive relationship** and start again.…”',
            footer: { text: 'Quote qaw64fg66' },
          },
        ],
        components: [
          {
            type: 1,
            components: [
              {
                type: 2,
                style: 5,
                label: 'Source: Rachael talks ‘hard labour’ with Chris Williamson',
                url: 'https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/',
              },
            ],
          },
        ],
        flags: 64,
      }),
    });
  });

  it('GIVEN a message with no text THEN a private notice explains', async () => {
    const callback = await callbackOf(messageCommand('Verify quote', '   '));
    expect(callback.body).toEqual({
      type: 4,
      data: {
        content: 'That message has no text to verify. Use it on a message that quotes someone.',
        tts: false,
        enforce_nonce: false,
        embeds: [],
        components: [],
        allowed_mentions: { parse: [], replied_user: false },
        flags: 68,
      },
    });
  });
});
