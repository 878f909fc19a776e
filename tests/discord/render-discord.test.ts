import { describe, expect, it } from 'vitest';
import {
  makeReply,
  errorReply,
  type Action,
  type Block,
  type Reply,
  type SourceRef,
} from '../../src/core/index.js';
import { encodeCustomId } from '../../src/adapters/discord/custom-id.js';
import { renderDiscord, renderNotice, forEdit } from '../../src/adapters/discord/render-discord.js';
import { EI_SOURCE } from '../fixtures/source-refs.js';

const EI = EI_SOURCE;
const PING: SourceRef = {
  id: 'mention-test',
  title: 'A post (that) tries *to* ping',
  publisher: null,
  author: null,
  url: 'https://example.org/ping_(1)',
  published: null,
  publishedLabel: null,
  kind: 'social',
};

const OWNER = '1600000000000000001';
const options = {
  customIdFor: (action: Action) => encodeCustomId({ action, owner: OWNER }) ?? 'v1~stored',
};
const NO_MENTIONS = { parse: [], repliedUser: false };

const quotePage: Reply = makeReply({
  type: 'list',
  title: 'Quotes for “abusive relationship”',
  paging: { page: 0, pageCount: 2, total: 4 },
  data: null,
  blocks: [
    {
      type: 'quote',
      text: 'It was an abusive relationship, and I had to get out of it.',
      quoteId: 'ei-4f2a',
      speaker: 'Chris Williamson',
      role: 'subject',
      highlights: [{ start: 10, end: 30 }],
      truncatedBefore: true,
      truncatedAfter: false,
      source: EI,
    },
    {
      type: 'quote',
      text: 'Listen up @everyone and <@&1234567890123456789>: the *real* story',
      quoteId: 'mention-test-1',
      speaker: 'a reader',
      role: 'commenter',
      highlights: [],
      truncatedBefore: false,
      truncatedAfter: true,
      source: PING,
    },
    { type: 'context', text: 'Page 1 of 2 · 4 results' },
    {
      type: 'buttons',
      buttons: [
        {
          kind: 'action',
          label: 'Previous',
          style: 'secondary',
          disabled: true,
          action: {
            id: 'quote.page',
            kind: 'page',
            state: { args: '"abusive relationship"', page: -1 },
          },
        },
        {
          kind: 'action',
          label: 'Next',
          style: 'secondary',
          action: {
            id: 'quote.page',
            kind: 'page',
            state: { args: '"abusive relationship"', page: 1 },
          },
        },
        {
          kind: 'action',
          label: 'Context ei-4f2a',
          style: 'primary',
          action: { id: 'source.context', kind: 'context', state: { id: 'ei-4f2a' } },
        },
      ],
    },
  ],
});

describe('renderDiscord', () => {
  it('GIVEN a page of quotes THEN one embed per quote with speaker, source link and quote id, page buttons, and a link button per source', () => {
    expect(renderDiscord(quotePage, options)).toEqual({
      embeds: [
        {
          color: 0x3b6ea8,
          title: 'Quotes for “abusive relationship”',
          author: { name: 'Chris Williamson (own words)' },
          description: '“…It was an **abusive relationship**, and I had to get out of it.”',
          fields: [
            {
              name: 'Source',
              value:
                '[Chris Williamson runs for Parliament as independent](https://electronicintifada.net/blogs/asa-winstanley/chris-williamson-runs-parliament-independent) — The Electronic Intifada, 6 Nov 2019',
              inline: false,
            },
          ],
          footer: { text: 'Quote ei-4f2a' },
        },
        {
          color: 0x3b6ea8,
          author: { name: 'a reader (reader comment)' },
          description:
            '“Listen up @everyone and \\<@&1234567890123456789\\>: the \\*real\\* story…”',
          fields: [
            {
              name: 'Source',
              value: '[A post (that) tries \\*to\\* ping](https://example.org/ping_%281%29)',
              inline: false,
            },
          ],
          footer: { text: 'Quote mention-test-1 · Page 1 of 2 · 4 results' },
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
              custom_id: 'v1|quote.page|c5m8nwso7bwh|args="abusive relationship"&page#-1',
              disabled: true,
            },
            {
              type: 2,
              style: 2,
              label: 'Next',
              custom_id: 'v1|quote.page|c5m8nwso7bwh|args="abusive relationship"&page#1',
            },
            {
              type: 2,
              style: 1,
              label: 'Context ei-4f2a',
              custom_id: 'v1|source.context|c5m8nwso7bwh|id=ei-4f2a',
            },
          ],
        },
        {
          type: 1,
          components: [
            {
              type: 2,
              style: 5,
              label: 'Source: Chris Williamson runs for Parliament as independent',
              url: EI.url,
            },
            { type: 2, style: 5, label: 'Source: A post (that) tries *to* ping', url: PING.url },
          ],
        },
      ],
      flags: 0,
      allowedMentions: NO_MENTIONS,
    });
  });

  it('GIVEN PUBLIC_URL THEN each quote embed links to its quote page (embed url and an Open field) and nothing else changes', () => {
    const plain = renderDiscord(quotePage, options);
    const linked = renderDiscord(quotePage, {
      ...options,
      publicUrl: 'https://verbatim.example.org',
    });
    expect(linked.embeds).toEqual([
      {
        color: 0x3b6ea8,
        title: 'Quotes for “abusive relationship”',
        url: 'https://verbatim.example.org/q/ei-4f2a',
        author: { name: 'Chris Williamson (own words)' },
        description: '“…It was an **abusive relationship**, and I had to get out of it.”',
        fields: [
          {
            name: 'Source',
            value:
              '[Chris Williamson runs for Parliament as independent](https://electronicintifada.net/blogs/asa-winstanley/chris-williamson-runs-parliament-independent) — The Electronic Intifada, 6 Nov 2019',
            inline: false,
          },
          {
            name: 'Quote page',
            value: '[Open](https://verbatim.example.org/q/ei-4f2a)',
            inline: false,
          },
        ],
        footer: { text: 'Quote ei-4f2a' },
      },
      {
        color: 0x3b6ea8,
        url: 'https://verbatim.example.org/q/mention-test-1',
        author: { name: 'a reader (reader comment)' },
        description: '“Listen up @everyone and \\<@&1234567890123456789\\>: the \\*real\\* story…”',
        fields: [
          {
            name: 'Source',
            value: '[A post (that) tries \\*to\\* ping](https://example.org/ping_%281%29)',
            inline: false,
          },
          {
            name: 'Quote page',
            value: '[Open](https://verbatim.example.org/q/mention-test-1)',
            inline: false,
          },
        ],
        footer: { text: 'Quote mention-test-1 · Page 1 of 2 · 4 results' },
      },
    ]);
    expect({ ...linked, embeds: [] }).toEqual({ ...plain, embeds: [] });
  });

  it('GIVEN a quote in context THEN short notes title the neighbouring quotes, long ones sit above the words in italics, the citation gets its own embed and the link button is not doubled', () => {
    const quote = (quoteId: string, text: string): Block => ({
      type: 'quote',
      text,
      quoteId,
      speaker: 'Asa Winstanley',
      role: 'author',
      highlights: [],
      truncatedBefore: false,
      truncatedAfter: false,
      source: EI,
    });
    const reply = makeReply({
      title: 'Quote ei-4f2a in context',
      data: null,
      blocks: [
        quote('ei-4f2a', 'He is standing in Derby North.'),
        { type: 'divider' },
        { type: 'context', text: 'Before:' },
        quote('ei-4f29', 'Williamson was suspended.'),
        { type: 'context', text: 'Claimed speaker taken from the pasted text: Asa Winstanley.' },
        quote('ei-4f2b', 'He said so.'),
        { type: 'citation', source: EI },
        { type: 'buttons', buttons: [{ kind: 'link', label: 'Open source', url: EI.url! }] },
      ],
    });
    const source = `[${EI.title}](${EI.url}) — The Electronic Intifada, 6 Nov 2019`;
    expect(renderDiscord(reply, options)).toEqual({
      embeds: [
        {
          color: 0x3b6ea8,
          title: 'Quote ei-4f2a in context',
          author: { name: 'Asa Winstanley (author (narration))' },
          description: '“He is standing in Derby North.”',
          fields: [{ name: 'Source', value: source, inline: false }],
          footer: { text: 'Quote ei-4f2a' },
        },
        {
          color: 0x3b6ea8,
          title: 'Before:',
          author: { name: 'Asa Winstanley (author (narration))' },
          description: '“Williamson was suspended.”',
          fields: [{ name: 'Source', value: source, inline: false }],
          footer: { text: 'Quote ei-4f29' },
        },
        {
          color: 0x3b6ea8,
          author: { name: 'Asa Winstanley (author (narration))' },
          description:
            '_Claimed speaker taken from the pasted text: Asa Winstanley._\n\n“He said so.”',
          fields: [{ name: 'Source', value: source, inline: false }],
          footer: { text: 'Quote ei-4f2b' },
        },
        { color: 0x3b6ea8, description: source },
      ],
      components: [
        { type: 1, components: [{ type: 2, style: 5, label: 'Open source', url: EI.url }] },
      ],
      flags: 0,
      allowedMentions: NO_MENTIONS,
    });
  });

  it('GIVEN a quotation inside someone else’s words THEN the embed’s author line says who quoted it', () => {
    const quoted = makeReply({
      title: 'Quotes for “purpose of getting power”',
      data: null,
      blocks: [
        {
          type: 'quote',
          text: 'The purpose of getting power is to be able to give it away.',
          quoteId: 'qg0bh7mb2',
          speaker: 'Nye Bevan',
          role: 'quoted',
          quotedBy: 'Chris Williamson',
          highlights: [],
          truncatedBefore: false,
          truncatedAfter: false,
          source: EI,
        },
      ],
    });
    expect(renderDiscord(quoted, options).embeds?.[0]?.author).toEqual({
      name: 'Nye Bevan (quoted by Chris Williamson)',
    });
  });

  it('GIVEN an error reply THEN it is ephemeral, red, with the hint in the footer', () => {
    expect(
      renderDiscord(
        errorReply(
          'unknown-speaker',
          'No speaker called "Bob_" in this corpus.',
          'Speakers include: Chris Williamson',
        ),
        options,
      ),
    ).toEqual({
      embeds: [
        {
          color: 0xc0392b,
          title: 'Sorry',
          description: 'No speaker called "Bob\\_" in this corpus.',
          footer: { text: 'Speakers include: Chris Williamson' },
        },
      ],
      components: [],
      flags: 64,
      allowedMentions: NO_MENTIONS,
    });
  });

  it('GIVEN prose, a list, a mid-reply hint, fields and the private option THEN one ephemeral embed with the hint in italics', () => {
    const reply = makeReply({
      title: 'Verbatim help',
      data: null,
      blocks: [
        { type: 'text', text: '/quote — Find the exact words' },
        {
          type: 'list',
          items: [
            { title: 'query (text)', detail: 'Words to find' },
            { title: 'speaker:', detail: '' },
          ],
        },
        { type: 'context', text: 'Usage: /quote <query>' },
        {
          type: 'fields',
          fields: [
            { label: 'Quotes', value: '130' },
            { label: 'Speakers', value: 'x'.repeat(41) },
            { label: '', value: ' ' },
          ],
        },
        { type: 'context', text: 'Use /source <id> for one source.' },
      ],
    });
    expect(renderDiscord(reply, { ...options, forcePrivate: true })).toEqual({
      embeds: [
        {
          color: 0x3b6ea8,
          title: 'Verbatim help',
          description:
            '/quote — Find the exact words\n\n**query (text)** — Words to find\n**speaker:**\n\n_Usage: /quote \\<query\\>_',
          fields: [
            { name: 'Quotes', value: '130', inline: true },
            { name: 'Speakers', value: 'x'.repeat(41), inline: false },
            { name: '—', value: '—', inline: true },
          ],
          footer: { text: 'Use /source <id> for one source.' },
        },
      ],
      components: [],
      flags: 64,
      allowedMentions: NO_MENTIONS,
    });
  });
});

describe('renderNotice / forEdit', () => {
  it('GIVEN a notice THEN plain ephemeral content with link previews suppressed and no mentions', () => {
    expect(renderNotice('This button has expired. See https://example.org')).toEqual({
      content: 'This button has expired. See https://example.org',
      embeds: [],
      components: [],
      flags: 64 | 4,
      allowedMentions: NO_MENTIONS,
    });
  });

  it('GIVEN an ephemeral message for an edit THEN the ephemeral flag is dropped and the rest kept', () => {
    expect(forEdit(renderNotice('x'))).toEqual({
      content: 'x',
      embeds: [],
      components: [],
      flags: 4,
      allowedMentions: NO_MENTIONS,
    });
  });
});
