/**
 * End to end: the real discord.js Client against the fake Discord, slash commands in, interaction
 * callbacks out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  COMMANDS,
  defineCommand,
  makeReply,
  type AnyCommand,
  type Corpus,
} from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { CARD, ERROR, seen, sent, type Seen } from './expected.js';
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

async function callbackOf(interaction: Record<string, unknown>) {
  h.fake.sendInteraction(interaction);
  const id = String(interaction['id']);
  return h.fake.waitForRequest(
    (r) => r.kind === 'interaction-callback' && r.path.includes(`/interactions/${id}/`),
  );
}

describe('slash commands', () => {
  it.each([
    [
      '/quote with matches',
      { query: 'abusive relationship' },
      {
        type: 4,
        embeds: [
          {
            author: 'Chris Williamson (own words)',
            title: 'Quotes for “abusive relationship”',
            description:
              '“I know that changing the political status quo won’t be easy.  But as I keep saying, it’s better to start today than to leave it to another generation.  And that means recognising that the Labour Party is not the solution.  We need to get out of this **abusive** **relationship** and start again.…”',
            fields: [
              'Source: [Rachael talks ‘hard labour’ with Chris Williamson](https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/) — Creating Socialism, c. Sep 2021',
            ],
            footer: 'Quote qaw64fg66',
          },
          {
            author: 'a reader (reader comment)',
            description:
              '“Raymond,\n      Your standpoint is the very one that Chris is saying has failed. I left the Labour Party 30 years ago after it embraced neo liberalism and neo imperialism. By remaining in a right wing dancer means you will just dance to their tune. It is a dysfunctional **relationship** with the right wing being predominant and the **abusers**.…”',
            fields: [
              'Source: [Rachael talks ‘hard labour’ with Chris Williamson](https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/) — Creating Socialism, c. Sep 2021',
            ],
            footer: 'Quote qyw99j2kn',
          },
        ],
        buttons: [
          'Context qaw64fg66 → v1|source.context||id=qaw64fg66',
          'Context qyw99j2kn → v1|source.context||id=qyw99j2kn',
          'Source: Rachael talks ‘hard labour’ with Chris Williamson → https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/',
        ],
        flags: 0,
      },
    ],
    [
      '/quote with more matches than a page',
      { query: 'labour' },
      {
        type: 4,
        embeds: [
          {
            author: 'Chris Williamson (own words, quoted by Red Revolution Media)',
            title: 'Quotes for “labour”',
            description: '“pernicious influence in the **Labour** Party”',
            fields: [
              'Source: [Chris Williamson to Launch “New Grassroots Movement” Later This Year](http://redrevolution.co.uk/chris-williamson-to-launch-new-grassroots-movement-later-this-year/) — Red Revolution Media, c. Jan 2020',
            ],
            footer: 'Quote qqnqp1q0b',
          },
          {
            author: 'Chris Williamson (own words)',
            description:
              "“Ian Austin's departure as a **Labour** MP is certainly no loss. His frequent ill-tempered outbursts were an embarrassment to the **Labour** Party.\nHis disdain for grassroots members was palpable as was his contempt for **Labour's** progressive policy programme that secured the party's biggest increase in vote share since 1945.…”",
            fields: [
              'Source: [Chris Williamson](https://webtoady.com/business/east-midlands/chris-williamson) — webtoady.com (mirror of his Facebook page), c. Feb 2019',
            ],
            footer: 'Quote qsa1bbh01',
          },
          {
            author: 'Chris Williamson (own words)',
            description:
              '“Ken Loach is a towering figure in the **labour** movement, whose acclaimed films are acknowledged as landmarks of social realism, so I’m appalled by the way he’s been treated, but not surprised.  The battle for the soul of the **Labour** Party was lost several years ago when the leadership and the Socialist Campaign Group of **Labour** MPs failed to stand by Ken Livingstone, Jackie Walker, Marc Wadsworth and many others.”',
            fields: [
              'Source: [Rachael talks ‘hard labour’ with Chris Williamson](https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/) — Creating Socialism, c. Sep 2021',
            ],
            footer: 'Quote q51ny8gdq · Page 1 of 17 · 50 results',
          },
        ],
        buttons: [
          'Previous → v1|quote.page|c5m8nwso7bwh|args=labour&page#-1 (disabled)',
          'Next → v1|quote.page|c5m8nwso7bwh|args=labour&page#1',
          'Context qqnqp1q0b → v1|source.context||id=qqnqp1q0b',
          'Context qsa1bbh01 → v1|source.context||id=qsa1bbh01',
          'Context q51ny8gdq → v1|source.context||id=q51ny8gdq',
          'Source: Chris Williamson to Launch “New Grassroots Movement” Later This Year → http://redrevolution.co.uk/chris-williamson-to-launch-new-grassroots-movement-later-this-year/',
          'Source: Chris Williamson → https://webtoady.com/business/east-midlands/chris-williamson',
          'Source: Rachael talks ‘hard labour’ with Chris Williamson → https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/',
        ],
        flags: 0,
      },
    ],
    [
      '/quote private:true',
      { query: 'labour', private: true },
      {
        type: 4,
        embeds: [
          {
            author: 'Chris Williamson (own words, quoted by Red Revolution Media)',
            title: 'Quotes for “labour”',
            description: '“pernicious influence in the **Labour** Party”',
            fields: [
              'Source: [Chris Williamson to Launch “New Grassroots Movement” Later This Year](http://redrevolution.co.uk/chris-williamson-to-launch-new-grassroots-movement-later-this-year/) — Red Revolution Media, c. Jan 2020',
            ],
            footer: 'Quote qqnqp1q0b',
          },
          {
            author: 'Chris Williamson (own words)',
            description:
              "“Ian Austin's departure as a **Labour** MP is certainly no loss. His frequent ill-tempered outbursts were an embarrassment to the **Labour** Party.\nHis disdain for grassroots members was palpable as was his contempt for **Labour's** progressive policy programme that secured the party's biggest increase in vote share since 1945.…”",
            fields: [
              'Source: [Chris Williamson](https://webtoady.com/business/east-midlands/chris-williamson) — webtoady.com (mirror of his Facebook page), c. Feb 2019',
            ],
            footer: 'Quote qsa1bbh01',
          },
          {
            author: 'Chris Williamson (own words)',
            description:
              '“Ken Loach is a towering figure in the **labour** movement, whose acclaimed films are acknowledged as landmarks of social realism, so I’m appalled by the way he’s been treated, but not surprised.  The battle for the soul of the **Labour** Party was lost several years ago when the leadership and the Socialist Campaign Group of **Labour** MPs failed to stand by Ken Livingstone, Jackie Walker, Marc Wadsworth and many others.”',
            fields: [
              'Source: [Rachael talks ‘hard labour’ with Chris Williamson](https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/) — Creating Socialism, c. Sep 2021',
            ],
            footer: 'Quote q51ny8gdq · Page 1 of 17 · 50 results',
          },
        ],
        buttons: [
          'Previous → v1|quote.page|c5m8nwso7bwh|args=labour private:yes&page#-1 (disabled)',
          'Next → v1|quote.page|c5m8nwso7bwh|args=labour private:yes&page#1',
          'Context qqnqp1q0b → v1|source.context||id=qqnqp1q0b',
          'Context qsa1bbh01 → v1|source.context||id=qsa1bbh01',
          'Context q51ny8gdq → v1|source.context||id=q51ny8gdq',
          'Source: Chris Williamson to Launch “New Grassroots Movement” Later This Year → http://redrevolution.co.uk/chris-williamson-to-launch-new-grassroots-movement-later-this-year/',
          'Source: Chris Williamson → https://webtoady.com/business/east-midlands/chris-williamson',
          'Source: Rachael talks ‘hard labour’ with Chris Williamson → https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/',
        ],
        flags: 64,
      },
    ],
    [
      '/quote with no match',
      { query: 'xylophonist' },
      {
        type: 4,
        embeds: [
          {
            title: 'No quote matches “xylophonist”',
            description: 'Nothing in this corpus matches “xylophonist”.',
            footer: 'Not in the corpus at all: xylophonist. Fewer or more general words find more.',
          },
        ],
        buttons: [],
        flags: 64,
      },
    ],
  ] satisfies [string, Record<string, string | boolean>, Seen][])(
    'GIVEN %s THEN the user sees the expected message',
    async (_case, options, expected) => {
      const callback = await callbackOf(chatInput('quote', options));
      expect(seen(callback.body)).toEqual(expected);
    },
  );

  it.each([
    [
      '/verify',
      'verify',
      { text: 'We need to get out of this abusive relationship' },
      {
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
                '“…**We need to get out of this abusive relationship** and start again.…”',
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
          flags: 0,
        }),
      },
    ],
    [
      '/timeline',
      'timeline',
      {},
      {
        type: 4,
        data: sent({
          embeds: [
            {
              color: CARD,
              title: 'Timeline',
              description:
                '**c. 1984 (inferred)** — already haemorrhaged two-thirds of the jobs that were in the industry 35 years ago — Chris Williamson · ‘I resigned from Labour to spend more time fighting for socialism’ \\[q6f3qjf33\\]\n**1991–2011** — representing the Normanton ward from 1991 until 2011 — Rachael Swindon · Rachael talks ‘hard labour’ with Chris Williamson \\[q4a2kf8er\\]\n**2010** — I was first elected to parliament in 2010 — Chris Williamson · Rachael talks ‘hard labour’ with Chris Williamson \\[qxd1xfz1j\\]\n**2010–2015** — Chris Williamson was the Member of Parliament for Derby North from 2010 until 2015 — Rachael Swindon · Rachael talks ‘hard labour’ with Chris Williamson \\[q15a15evp\\]\n**2010–2019** — who served as MP for Derby North from 2010 to 2019 — Red Revolution Media · Chris Williamson to Launch “New Grassroots Movement” Later This Year \\[qfzvp9t4s\\]\n**Oct 2010 – Oct 2013** — He was Shadow Minister for Communities and Local Government from October 2010 to October 2013 under Ed… — Rachael Swindon · Rachael talks ‘hard labour’ with Chris Williamson \\[q15a15evp\\]\n**2015** — before losing in 2015 by 41 votes — Chris Williamson · Rachael talks ‘hard labour’ with Chris Williamson \\[qxd1xfz1j\\]\n**2015** — Although a surge of optimism when Jeremy Corbyn was first elected leader in 2015 led to a massive increase in… — Asa Winstanley · Chris Williamson runs for Parliament as independent \\[qmc8b0j6v\\]\n**c. 2015–2019 (inferred)** — Because those who seek to reverse the gains of the past four years under Jeremy’s leadership are working in… — Chris Williamson · ‘I resigned from Labour to spend more time fighting for socialism’ \\[q5jngr3m9\\]\n**2017** — winning my seat back in 2017 — Chris Williamson · Rachael talks ‘hard labour’ with Chris Williamson \\[qxd1xfz1j\\]',
              footer: {
                text: 'Page 1 of 5 · 43 events, oldest first · “(inferred)”: the date was worked out from the document’s own date; “c.”: approximate · 7 date expressions left out rather than guessed (undated posts, or a document not dated to the day)',
              },
            },
          ],
          components: [
            {
              type: 1,
              components: [
                {
                  type: 2,
                  style: 2,
                  label: 'Previous',
                  custom_id: 'v1|timeline.page|c5m8nwso7bwh|args=&page#0',
                  disabled: true,
                },
                {
                  type: 2,
                  style: 2,
                  label: 'Next',
                  custom_id: 'v1|timeline.page|c5m8nwso7bwh|args=&page#1',
                },
              ],
            },
          ],
          flags: 0,
        }),
      },
    ],
    [
      '/source',
      'source',
      {},
      {
        type: 4,
        data: sent({
          embeds: [
            {
              color: CARD,
              title: '6 sources, 130 quotes',
              description:
                '**Chris Williamson (facebook-page)** — webtoady.com (mirror of his Facebook page) · c. Feb 2019 · social · 22 quotes\n**Rachael talks ‘hard labour’ with Chris Williamson (hard-labour-interview)** — Creating Socialism · c. Sep 2021 · interview · 39 quotes\n**Chris Williamson runs for Parliament as independent (ei-independent-run)** — The Electronic Intifada · 6 Nov 2019 · article · 33 quotes\n**‘I resigned from Labour to spend more time fighting for socialism’ (morning-star-oped)** — Morning Star · c. 9 Nov 2019 · op-ed · 21 quotes\n**Chris Williamson to Launch “New Grassroots Movement” Later This Year (grassroots-movement)** — Red Revolution Media · c. Jan 2020 · article · 14 quotes\n**A post that tries to ping (mention-test)** — Test Gazette · 1 Mar 2020 · social · 1 quotes',
              footer: {
                text: 'Use /source <id> for one source, or /source <quote id> for a quote in its context.',
              },
            },
          ],
          flags: 0,
        }),
      },
    ],
    [
      '/source private:true',
      'source',
      { private: true },
      {
        type: 4,
        data: sent({
          embeds: [
            {
              color: CARD,
              title: '6 sources, 130 quotes',
              description:
                '**Chris Williamson (facebook-page)** — webtoady.com (mirror of his Facebook page) · c. Feb 2019 · social · 22 quotes\n**Rachael talks ‘hard labour’ with Chris Williamson (hard-labour-interview)** — Creating Socialism · c. Sep 2021 · interview · 39 quotes\n**Chris Williamson runs for Parliament as independent (ei-independent-run)** — The Electronic Intifada · 6 Nov 2019 · article · 33 quotes\n**‘I resigned from Labour to spend more time fighting for socialism’ (morning-star-oped)** — Morning Star · c. 9 Nov 2019 · op-ed · 21 quotes\n**Chris Williamson to Launch “New Grassroots Movement” Later This Year (grassroots-movement)** — Red Revolution Media · c. Jan 2020 · article · 14 quotes\n**A post that tries to ping (mention-test)** — Test Gazette · 1 Mar 2020 · social · 1 quotes',
              footer: {
                text: 'Use /source <id> for one source, or /source <quote id> for a quote in its context.',
              },
            },
          ],
          flags: 64,
        }),
      },
    ],
  ] satisfies [string, string, Record<string, string | boolean>, unknown][])(
    'GIVEN %s THEN the callback is the whole expected message',
    async (_case, name, options, expected) => {
      const callback = await callbackOf(chatInput(name, options));
      expect(callback.body).toEqual(expected);
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
      authors: data.embeds.map((e) => e.author?.name),
      footers: data.embeds.map((e) => e.footer?.text),
      next: data.components[0]!.components.find((b) => b.label === 'Next')!.custom_id,
    }).toEqual({
      authors: [
        'Chris Williamson (own words, quoted by Red Revolution Media)',
        'Chris Williamson (own words)',
        'Chris Williamson (own words)',
      ],
      footers: [
        'Quote qqnqp1q0b',
        'Quote qsa1bbh01',
        'Quote q51ny8gdq · Page 1 of 17 · 50 results',
      ],
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
    const callback = await callbackOf(chatInput('help', {}));
    expect(callback.body).toEqual({
      type: 4,
      data: sent({
        embeds: [
          {
            color: CARD,
            title: 'Verbatim help',
            description:
              'Verbatim answers from its corpus of documents, never from memory: every quote is the exact published text, with who said it and where.\n\n/quote — Find the exact words, who said them and where\n\n**query (text)** — Words to find; "double quotes" for an exact phrase (required)\n**speaker:** — Only words said by this person (e.g. Chris Williamson)\n**source:** — Only this source (its id, see /source)\n**from:** — Sources published from this date (2019, 2019-11 or 2019-11-06)\n**to:** — Sources published up to this date (2019, 2019-11 or 2019-11-06)\n**limit:** — Results per page (1-10, default 3)\n**private:** — Answer only to you\n\n_Usage: /quote \\<query\\> \\[speaker:string\\] \\[source:string\\] \\[from:date\\] \\[to:date\\] \\[limit:integer\\] \\[private:boolean\\]  ·  e.g. /quote venezuela gold  ·  e.g. /quote "abusive relationship"  ·  e.g. /quote privatisation speaker:"Chris Williamson" from:2019_\n\n/verify — Check a pasted quote: verbatim, altered, spliced, misattributed or not in the corpus\n\n**text (text)** — The quote to check, as pasted (quotation marks and "he said" are ignored) (required)\n**speaker:** — Who the words are claimed to be by (e.g. Chris Williamson)\n\n_Usage: /verify \\<text\\> \\[speaker:string\\]  ·  e.g. /verify "Guaido was never elected to lead anything"  ·  e.g. /verify "Starmer is the worst leader in living memory" speaker:"Chris Williamson"_\n\n/timeline — What happened when: dated events with the sentence and source behind each\n\n**topic (text)** — Only events about this (words, as in /quote)\n**from:** — Events from this date (2019, 2019-11 or 2019-11-06)\n**to:** — Events up to this date (2019, 2019-11 or 2019-11-06)\n**speaker:** — Only events told by this person (e.g. Chris Williamson)\n**limit:** — At most this many events, oldest first (1-500)\n\n_Usage: /timeline \\[topic\\] \\[from:date\\] \\[to:date\\] \\[speaker:string\\] \\[limit:integer\\]  ·  e.g. /timeline suspended  ·  e.g. /timeline from:2019 to:2019  ·  e.g. /timeline election speaker:"Chris Williamson"_\n\n/source — Show the corpus, one source, or one quote in its context\n\n**id (text)** — A source id or a quote id (leave empty to list the corpus)\n\n_Usage: /source \\[id\\]  ·  e.g. /source ei-independent-run_\n\n/help — How to use Verbatim: the commands and their options',
            footer: { text: 'Usage: /help' },
          },
        ],
        flags: 64,
      }),
    });
  });

  it('GIVEN a command whose handler throws THEN a short private message, and the log names the command but the user sees no exception text', async () => {
    const callback = await callbackOf(chatInput('explode', {}));
    const logged = h.log.lines.find((l) => l['msg'] === 'command failed');
    expect(callback.body).toEqual({
      type: 4,
      data: sent({
        embeds: [
          {
            color: ERROR,
            title: 'Sorry',
            description: 'Something went wrong while answering. It has been logged.',
          },
        ],
        flags: 64,
      }),
    });
    expect(JSON.stringify(callback.body)).not.toContain('kaboom');
    expect(logged?.['command']).toBe('explode');
  });

  it('GIVEN a command the bot does not have THEN a clear private reply listing the commands', async () => {
    const callback = await callbackOf(chatInput('oldcommand', {}));
    expect(callback.body).toEqual({
      type: 4,
      data: sent({
        embeds: [
          {
            color: ERROR,
            title: 'Sorry',
            description: 'This server still lists "oldcommand", which this bot no longer has.',
            footer: {
              text: 'Try /quote, /verify, /timeline, /source, /help, /explode, /settings. A server manager can refresh the list with npm run discord:register.',
            },
          },
        ],
        flags: 64,
      }),
    });
  });

  it.each([
    [
      'a member without Manage Server',
      undefined,
      {
        type: 4,
        data: sent({
          embeds: [
            {
              color: ERROR,
              title: 'Sorry',
              description: '/settings is for server managers (Manage Server permission).',
            },
          ],
          flags: 64,
        }),
      },
    ],
    [
      'a server manager',
      ADMIN_PERMISSIONS,
      {
        type: 4,
        data: sent({
          embeds: [{ color: CARD, title: 'Settings', description: 'All fine.' }],
          flags: 64,
        }),
      },
    ],
  ])(
    'GIVEN an admin-only command from %s THEN the runtime check decides',
    async (_case, permissions, expected) => {
      const callback = await callbackOf(
        chatInput('settings', {}, permissions ? { permissions } : {}),
      );
      expect(callback.body).toEqual(expected);
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
    expect(h.log.text()).not.toContain(tokenFor(id));
    expect({
      logged: logged && {
        interactionId: logged['interactionId'],
        code: logged['code'],
        status: logged['status'],
        method: logged['method'],
      },
      retry: retry.body,
    }).toEqual({
      logged: { interactionId: id, code: 50035, status: 400, method: 'POST' },
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
