import { describe, expect, it } from 'vitest';
import {
  makeReply,
  type Action,
  type Block,
  type Button,
  type SourceRef,
} from '../../src/core/index.js';
import { encodeCustomId } from '../../src/adapters/discord/custom-id.js';
import { renderDiscord } from '../../src/adapters/discord/render-discord.js';

const SOURCE: SourceRef = {
  id: 'ei-independent-run',
  title: 'Chris Williamson runs for Parliament as independent',
  publisher: 'The Electronic Intifada',
  author: 'Asa Winstanley',
  url: 'https://electronicintifada.net/x',
  published: '2019-11-06',
  publishedLabel: '6 Nov 2019',
  kind: 'article',
};
const options = {
  customIdFor: (action: Action) =>
    encodeCustomId({ action, owner: '1600000000000000001' }) ?? 'v1~stored',
};

describe('renderDiscord limits', () => {
  const longQuote = (n: number, text: string): Block => ({
    type: 'quote',
    text,
    quoteId: `q${n}`,
    speaker: 'Chris Williamson',
    role: 'subject',
    highlights: [{ start: 0, end: text.length }],
    truncatedBefore: false,
    truncatedAfter: false,
    source: { ...SOURCE, url: `https://example.org/${n}` },
  });
  const total = (
    embeds: {
      title?: string;
      description?: string;
      author?: { name: string };
      footer?: { text: string };
      fields?: { name: string; value: string }[];
    }[],
  ) =>
    embeds.reduce(
      (n, e) =>
        n +
        (e.title?.length ?? 0) +
        (e.description?.length ?? 0) +
        (e.author?.name.length ?? 0) +
        (e.footer?.text.length ?? 0) +
        (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
      0,
    );

  it('GIVEN a 5000-character highlighted quote THEN the description is cut to 4096 with the bold closed after a visible ellipsis', () => {
    const text = 'word_ '.repeat(833) + 'end';
    const { embeds } = renderDiscord(
      makeReply({ title: 't', data: null, blocks: [longQuote(1, text)] }),
      options,
    );
    const description = embeds[0]!.description!;
    expect([description.length, description.slice(0, 12), description.slice(-8)]).toEqual([
      4096,
      '“**word\\_ wo',
      '\\_ wo…**',
    ]);
  });

  it('GIVEN three quotes of 3000 characters THEN the longest descriptions are cut until all embeds fit 6000, each ending in an ellipsis', () => {
    const blocks = [0, 1, 2].map((i) => longQuote(i, 'b'.repeat(3000)));
    const { embeds } = renderDiscord(makeReply({ title: 't', data: null, blocks }), options);
    expect([embeds.length, total(embeds), embeds.map((e) => e.description!.slice(-6))]).toEqual([
      3,
      6000,
      ['bbb…**', 'bbb…**', 'bbb**”'],
    ]);
  });

  it('GIVEN twelve quotes of 900 characters THEN ten embeds, the last saying how many are hidden, all within 6000 characters', () => {
    const blocks = Array.from({ length: 12 }, (_, i) => longQuote(i, 'a'.repeat(900)));
    const { embeds, components } = renderDiscord(
      makeReply({ title: 't', data: null, blocks }),
      options,
    );
    expect([
      embeds.length,
      embeds[9],
      total(embeds),
      components.length,
      components.map((r) => r.components.length),
    ]).toEqual([
      10,
      { color: 0x3b6ea8, description: '… and 3 more not shown.' },
      6000,
      3,
      [5, 5, 2],
    ]);
  });

  it('GIVEN 30 fields, a 300-character title and 7 action buttons with long labels THEN 25 fields, a 256 title, rows of 5 and 80-character labels', () => {
    const buttons: Button[] = Array.from({ length: 7 }, (_, i) => ({
      kind: 'action' as const,
      label: `${i}${'L'.repeat(100)}`,
      style: 'secondary' as const,
      action: { id: 'quote.page', kind: 'page', state: { page: i } },
    }));
    const reply = makeReply({
      title: 'T'.repeat(300),
      data: null,
      blocks: [
        {
          type: 'fields',
          fields: Array.from({ length: 30 }, (_, i) => ({ label: `f${i}`, value: 'v' })),
        },
        { type: 'buttons', buttons },
      ],
    });
    const { embeds, components } = renderDiscord(reply, options);
    expect([
      embeds[0]!.fields!.length,
      embeds[0]!.title!.length,
      embeds[0]!.title!.slice(-3),
      components.map((r) => r.components.map((b) => ('label' in b ? b.label?.length : 0))),
    ]).toEqual([
      25,
      256,
      'TT…',
      [
        [80, 80, 80, 80, 80],
        [80, 80],
      ],
    ]);
  });
});
