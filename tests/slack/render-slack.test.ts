import { beforeAll, describe, expect, it } from 'vitest';
import {
  COMMANDS,
  Scheduler,
  dispatchText,
  loadCorpus,
  type Action,
  type Block,
  type CommandContext,
  type AnswerReply,
  type Reply,
} from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { decodeAction } from '../../src/adapters/slack/action-codec.js';
import { renderReply } from '../../src/adapters/slack/render-reply.js';
import { MemoryLongStateMap } from '../../src/shared-state/memory-state.js';
import { LONG_STATE_TTL_MS } from '../../src/shared-state/index.js';
import { SLACK_LIMITS } from '../../src/adapters/slack/limits.js';
import { renderSlack, type SlackBlock } from '../../src/adapters/slack/render-slack.js';
import { limitViolations, rawMentions } from './helpers.js';
import { EI_SOURCE } from '../fixtures/source-refs.js';

const EI = EI_SOURCE;

function reply(fields: Partial<AnswerReply> & Pick<AnswerReply, 'blocks'>): AnswerReply {
  return {
    type: 'card',
    title: 'Title',
    visibility: 'public',
    paging: null,
    data: null,
    ...fields,
  };
}

const newStore = () => new MemoryLongStateMap<Action>(LONG_STATE_TTL_MS);
const render = (r: Reply) => renderSlack(r, { refs: new Map() });

describe('renderSlack: whole messages', () => {
  it('GIVEN a quote with highlights, a cut start and two lines THEN section, link button and context are exact', () => {
    const text =
      'the Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela.\nThe idea Britain can do that is absurd & <!channel>';
    const quote: Block = {
      type: 'quote',
      text,
      quoteId: 'qm4c55jed',
      speaker: 'Chris Williamson',
      role: 'subject',
      highlights: [
        { start: text.indexOf('gold'), end: text.indexOf('gold') + 4 },
        { start: text.indexOf('Venezuela'), end: text.indexOf('Venezuela') + 9 },
      ],
      truncatedBefore: true,
      truncatedAfter: false,
      source: EI,
    };
    expect(render(reply({ title: 'Quotes for “gold”', blocks: [quote] }))).toEqual({
      text:
        'Quotes for “gold”\n\n“…the Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela.\nThe idea Britain can do that is absurd &amp; &lt;!channel&gt;”\n' +
        '  — Chris Williamson (own words)\n' +
        '  Chris Williamson runs for Parliament as independent — The Electronic Intifada, 6 Nov 2019 · https://electronicintifada.net/blogs/asa-winstanley/chris-williamson-runs-parliament-independent\n' +
        '  quote id: qm4c55jed',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Quotes for “gold”', emoji: false } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '> …the Bank of England is refusing to give $1.2 billion worth of *gold* back to *Venezuela*.\n> The idea Britain can do that is absurd &amp; &lt;!channel&gt;',
            verbatim: true,
          },
          accessory: {
            type: 'button',
            text: { type: 'plain_text', text: 'Source', emoji: false },
            action_id: 'vb-link:0',
            url: EI.url!,
          },
        },
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: '— *Chris Williamson* (own words) · quote `qm4c55jed`',
              verbatim: true,
            },
            {
              type: 'mrkdwn',
              text: `<${EI.url}|Chris Williamson runs for Parliament as independent> — The Electronic Intifada, 6 Nov 2019`,
              verbatim: true,
            },
          ],
        },
      ],
    });
  });

  it('GIVEN PUBLIC_URL THEN the quote’s context line ends with an Open link to its page, and the rest is unchanged', () => {
    const quote: Block = {
      type: 'quote',
      text: 'It was an abusive relationship.',
      quoteId: 'ei-4f2a',
      speaker: 'Chris Williamson',
      role: 'subject',
      highlights: [],
      truncatedBefore: false,
      truncatedAfter: false,
      source: EI,
    };
    const r = reply({ title: 'Quotes', blocks: [quote] });
    const plain = render(r);
    const linked = renderSlack(r, {
      refs: new Map(),
      publicUrl: 'https://verbatim.example.org',
    });
    expect(linked.blocks[2]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: '— *Chris Williamson* (own words) · quote `ei-4f2a`',
          verbatim: true,
        },
        {
          type: 'mrkdwn',
          text: `<${EI.url}|Chris Williamson runs for Parliament as independent> — The Electronic Intifada, 6 Nov 2019`,
          verbatim: true,
        },
        { type: 'mrkdwn', text: '<https://verbatim.example.org/q/ei-4f2a|Open>', verbatim: true },
      ],
    });
    expect({ ...linked, blocks: linked.blocks.slice(0, 2) }).toEqual({
      ...plain,
      blocks: plain.blocks.slice(0, 2),
    });
    expect(linked.blocks).toHaveLength(plain.blocks.length);
  });

  it('GIVEN a quotation inside someone else’s words THEN the speaker line says who quoted it', () => {
    const quote: Block = {
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
    };
    const { blocks, text } = render(reply({ blocks: [quote] }));
    expect(text).toContain('  — Nye Bevan (quoted by Chris Williamson)\n');
    expect(blocks).toContainEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: '— *Nye Bevan* (quoted by Chris Williamson) · quote `qg0bh7mb2`',
          verbatim: true,
        },
        expect.objectContaining({ type: 'mrkdwn' }),
      ],
    });
  });

  it('GIVEN an error reply THEN there is no header and the hint is small print', () => {
    const error: Reply = {
      type: 'error',
      title: 'Sorry',
      blocks: [
        { type: 'text', text: 'No speaker called "<@U123>" in this corpus.' },
        { type: 'context', text: 'Speakers include: Chris Williamson' },
      ],
      visibility: 'private',
      paging: null,
      data: {
        error: { code: 'unknown-speaker', message: 'No speaker called "<@U123>" in this corpus.' },
      },
      error: { code: 'unknown-speaker', message: 'No speaker called "<@U123>" in this corpus.' },
    };
    expect(render(error)).toEqual({
      text: 'Sorry\nNo speaker called "&lt;@U123&gt;" in this corpus.\n  Speakers include: Chris Williamson',
      blocks: [
        {
          type: 'section',
          text: {
            type: 'plain_text',
            text: 'No speaker called "<@U123>" in this corpus.',
            emoji: false,
          },
        },
        {
          type: 'context',
          elements: [
            { type: 'plain_text', text: 'Speakers include: Chris Williamson', emoji: false },
          ],
        },
      ],
    });
  });

  it('GIVEN buttons THEN disabled and non-http ones are dropped, the rest carry their action', async () => {
    const store = newStore();
    const message = await renderReply(
      reply({
        title: '',
        blocks: [
          {
            type: 'buttons',
            buttons: [
              {
                kind: 'action',
                label: 'Previous',
                style: 'secondary',
                disabled: true,
                action: { id: 'quote.page', kind: 'page', state: { args: 'gold', page: -1 } },
              },
              {
                kind: 'action',
                label: 'Next',
                style: 'primary',
                action: { id: 'quote.page', kind: 'page', state: { args: 'gold', page: 1 } },
              },
              { kind: 'link', label: 'Open source', url: EI.url! },
              { kind: 'link', label: 'Bad', url: 'javascript:alert(1)' },
            ],
          },
          { type: 'divider' },
        ],
      }),
      { actions: store },
    );
    expect(message.blocks).toEqual([
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            text: { type: 'plain_text', text: 'Next', emoji: false },
            action_id: 'vb:0:quote.page',
            value: '{"id":"quote.page","state":{"args":"gold","page":1}}',
            style: 'primary',
          },
          {
            type: 'button',
            text: { type: 'plain_text', text: 'Open source', emoji: false },
            action_id: 'vb-link:1',
            url: EI.url,
          },
        ],
      },
      { type: 'divider' },
    ]);
    expect(store.size).toEqual(0);
  });

  it('GIVEN fields and a list THEN fields go ten to a section and list items are bulleted', () => {
    const fields = Array.from({ length: 12 }, (_, i) => ({ label: `L${i}`, value: `v&${i}` }));
    const message = render(
      reply({
        title: 'Source',
        blocks: [
          { type: 'fields', fields },
          {
            type: 'list',
            items: [
              { title: 'A <b>', detail: 'one' },
              { title: 'B', detail: '' },
            ],
          },
          { type: 'citation', source: { ...EI, url: null, publisher: null } },
        ],
      }),
    );
    expect(message.blocks.slice(1)).toEqual([
      {
        type: 'section',
        fields: fields
          .slice(0, 10)
          .map((_f, i) => ({ type: 'mrkdwn', text: `*L${i}*\nv&amp;${i}`, verbatim: true })),
      },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: '*L10*\nv&amp;10', verbatim: true },
          { type: 'mrkdwn', text: '*L11*\nv&amp;11', verbatim: true },
        ],
      },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '• *A &lt;b&gt;* — one\n• *B*', verbatim: true },
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: 'Chris Williamson runs for Parliament as independent — 6 Nov 2019',
            verbatim: true,
          },
        ],
      },
    ]);
  });
});

describe('renderSlack: limits', () => {
  it('GIVEN a 7,000-character text THEN it becomes three sections within 3,000 characters, split at spaces', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `word${String(i).padStart(3, '0')}`).join(
      ' ',
    );
    const sections = render(reply({ title: '', blocks: [{ type: 'text', text: words }] })).blocks;
    const texts = sections.map((b) => (b.type === 'section' && 'text' in b ? b.text.text : ''));
    expect(texts.map((t) => t.length)).toEqual([2999, 2999, 1999]);
    expect(texts.join(' ')).toEqual(words);
  });

  it('GIVEN a 5,000-character quote THEN the section is cut under 3,000 with an ellipsis', () => {
    const text = 'a&b '.repeat(1250);
    const message = render(
      reply({
        title: '',
        blocks: [
          {
            type: 'quote',
            text,
            quoteId: 'q1',
            speaker: 'S',
            role: 'quoted',
            highlights: [],
            truncatedBefore: false,
            truncatedAfter: false,
            source: EI,
          },
        ],
      }),
    );
    const section = message.blocks[0] as Extract<SlackBlock, { type: 'section'; text: unknown }>;
    expect(section.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.text);
    expect({
      length: section.text.text.length,
      end: section.text.text.slice(-8),
    }).toEqual({
      length: 2994,
      end: 'a&amp;b…',
    });
  });

  it('GIVEN a header, 58 blocks and buttons THEN 50 are sent: 48 kept, a marker, and the buttons', () => {
    const blocks: Block[] = Array.from({ length: 58 }, (_, i) => ({
      type: 'context',
      text: `line ${i}`,
    }));
    blocks.push({
      type: 'buttons',
      buttons: [
        {
          kind: 'action',
          label: 'Next',
          style: 'secondary',
          action: { id: 'quote.page', kind: 'page', state: { page: 1 } },
        },
      ],
    });
    const out = render(reply({ title: 'Many', blocks })).blocks;
    expect({
      count: out.length,
      first: out[0]?.type,
      marker: out[48],
      last: out[49]?.type,
    }).toEqual({
      count: 50,
      first: 'header',
      marker: {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: '… 11 more blocks not shown', verbatim: true }],
      },
      last: 'actions',
    });
  });

  it('GIVEN an oversized button state THEN the value is a reference the store resolves', async () => {
    const store = newStore();
    const state = { args: 'x'.repeat(2500), page: 2 };
    const [actions] = (
      await renderReply(
        reply({
          title: '',
          blocks: [
            {
              type: 'buttons',
              buttons: [
                {
                  kind: 'action',
                  label: 'L'.repeat(90),
                  style: 'secondary',
                  action: { id: 'quote.page', kind: 'page', state },
                },
              ],
            },
          ],
        }),
        { actions: store },
      )
    ).blocks;
    const button = (actions as Extract<SlackBlock, { type: 'actions' }>).elements[0]!;
    expect({
      text: button.text.text,
      ref: button.value!.slice(0, 4),
      decoded: await decodeAction(button.value, store),
      afterRestart: await decodeAction(button.value, newStore()),
    }).toEqual({
      text: `${'L'.repeat(74)}…`,
      ref: 'ref:',
      decoded: { id: 'quote.page', kind: 'page', state },
      afterRestart: null,
    });
  });
});

describe('renderSlack: real replies from the core on the seed corpus', () => {
  let ctx: CommandContext;
  beforeAll(async () => {
    const logger = silentLogger();
    ctx = {
      corpus: await loadCorpus('seeds', { logger }),
      logger,
      scheduler: new Scheduler(),
      now: () => new Date('2024-01-01T00:00:00Z'),
    };
  });

  it.each([
    '/quote venezuela',
    '/quote privatisation limit:10',
    '/quote "abusive relationship"',
    '/quote <!channel> speaker:"<@U123>"',
    '/source',
    '/source ei-independent-run',
    '/help',
  ])(
    'GIVEN %s THEN the message breaks no Block Kit limit and has no live mention',
    async (line) => {
      const message = render(await dispatchText(COMMANDS, line, ctx));
      expect({ violations: limitViolations(message), mentions: rawMentions(message) }).toEqual({
        violations: [],
        mentions: [],
      });
    },
  );
});
