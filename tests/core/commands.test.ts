import { beforeAll, describe, expect, it } from 'vitest';
import {
  COMMANDS,
  dispatch,
  dispatchAction,
  dispatchText,
  type Corpus,
  toPlainText,
  type Reply,
  outcomeOf,
} from '../../src/core/index.js';
import { seedCorpus, testContext } from '../helpers/seed-corpus.js';
import { QUOTE_SEARCH } from '../../src/core/commands/quote-command.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});
const run = (name: string, raw: Record<string, unknown>) =>
  dispatch(COMMANDS, name, raw, testContext(corpus));
const text = (line: string) => dispatchText(COMMANDS, line, testContext(corpus));

describe('/quote', () => {
  it('GIVEN "gold venezuela" THEN the reply is the Bank of England post, attributed and cited, and the page fills with passages holding some of the words', async () => {
    const reply = await run('quote', { query: 'gold venezuela', limit: 1 });
    const total = corpus.index.search({ text: 'gold venezuela', ...QUOTE_SEARCH }).hits.length;
    expect(total).toBeGreaterThan(1);
    expect(reply).toEqual({
      type: 'list',
      title: 'Quotes for “gold venezuela”',
      visibility: 'public',
      paging: { page: 0, pageCount: total, total },
      data: expect.objectContaining({ page: 0, pageCount: total, total, withAllWords: 1 }),
      blocks: [
        {
          type: 'quote',
          text: "The Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela.\nThe idea Britain can do that, while offering 'help' with a humanitarian crisis, is absurd.",
          quoteId: expect.stringMatching(/^q[0-9a-z]{8}$/),
          speaker: 'Chris Williamson',
          role: 'subject',
          highlights: [
            { start: 62, end: 66 },
            { start: 75, end: 84 },
          ],
          truncatedBefore: false,
          truncatedAfter: false,
          source: {
            id: 'facebook-page',
            title: 'Chris Williamson',
            publisher: 'webtoady.com (mirror of his Facebook page)',
            author: 'Chris Williamson',
            url: 'https://webtoady.com/business/east-midlands/chris-williamson',
            published: '2019-02~',
            publishedLabel: 'c. Feb 2019',
            kind: 'social',
          },
        },
        { type: 'context', text: `Page 1 of ${total} · ${total} results` },
        {
          type: 'buttons',
          buttons: [
            expect.objectContaining({ label: 'Previous', disabled: true }),
            expect.objectContaining({ label: 'Next', disabled: false }),
            {
              kind: 'action',
              label: expect.stringMatching(/^Context q/),
              style: 'secondary',
              action: { id: 'source.context', kind: 'context', state: { id: expect.any(String) } },
            },
          ],
        },
      ],
    });
    const next = await run('quote', { query: 'gold venezuela', limit: 1, page: 1 });
    expect(next.blocks.slice(0, 2)).toEqual([
      { type: 'context', text: 'These passages have some of those words, not all.' },
      expect.objectContaining({ type: 'quote' }),
    ]);
  });

  it('GIVEN many results THEN pages carry their state and the page action shows the next page', async () => {
    const first = await run('quote', { query: 'Labour', limit: 2 });
    expect(first.paging).toMatchObject({ page: 0 });
    expect(first.paging!.pageCount).toBeGreaterThan(2);
    const buttons = first.blocks.find((b) => b.type === 'buttons');
    const next =
      buttons?.type === 'buttons' ? buttons.buttons.find((b) => b.label === 'Next') : undefined;
    expect(next).toEqual({
      kind: 'action',
      label: 'Next',
      style: 'secondary',
      disabled: false,
      action: { id: 'quote.page', kind: 'page', state: { args: 'Labour limit:2', page: 1 } },
    });
    const second = await dispatchAction(
      COMMANDS,
      next!.kind === 'action' ? next!.action : { id: '', kind: 'page', state: {} },
      testContext(corpus),
    );
    expect(second.paging).toMatchObject({ page: 1 });
    const ids = (r: Reply) =>
      r.blocks.filter((b) => b.type === 'quote').map((b) => (b.type === 'quote' ? b.quoteId : ''));
    expect(ids(second)).toHaveLength(2);
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
  });

  it('GIVEN no match THEN a private, helpful reply (not an error) says how to widen the search', async () => {
    const reply = await run('quote', { query: 'venezzzuela', speaker: 'Rachael' });
    expect(reply).toEqual({
      type: 'card',
      title: 'No quote matches “venezzzuela”',
      visibility: 'private',
      paging: null,
      data: { results: [], suggestions: [{ word: 'venezzzuela', closest: 'venezuela' }] },
      blocks: [
        { type: 'text', text: 'Nothing in this corpus matches “venezzzuela”.' },
        {
          type: 'context',
          text: 'Closest words in the corpus: venezzzuela → venezuela. Remove a filter (speaker, source, from, to) to search more widely. Fewer or more general words find more.',
        },
      ],
    });
  });

  it.each([
    [
      'an empty query',
      { query: '' },
      'invalid-input',
      'query: type what to look for, e.g. /quote venezuela gold',
    ],
    [
      'a blank query',
      { query: '   ' },
      'invalid-input',
      'query: type what to look for, e.g. /quote venezuela gold',
    ],
    [
      'punctuation only',
      { query: '?!…' },
      'invalid-input',
      'There are no words to look for in that query.',
    ],
    [
      '5,000 characters',
      { query: 'x'.repeat(5000) },
      'invalid-input',
      'query: must be at most 500 characters',
    ],
    [
      'an unknown speaker',
      { query: 'gold', speaker: 'Boris Johnson' },
      'unknown-speaker',
      'No speaker called "Boris Johnson" in this corpus.',
    ],
    [
      'an unknown source',
      { query: 'gold', source: 'the-times' },
      'unknown-source',
      'No source "the-times" in this corpus.',
    ],
    [
      'a date that is not one',
      { query: 'gold', from: 'last year' },
      'invalid-input',
      'from: "last year" is not a date: use 2019, 2019-11 or 2019-11-06',
    ],
    [
      'from after to',
      { query: 'gold', from: '2020', to: '2019' },
      'invalid-input',
      'from (2020) is after to (2019).',
    ],
    [
      'a limit too high',
      { query: 'gold', limit: 99 },
      'invalid-input',
      'limit: must be at most 10',
    ],
  ] as const)('GIVEN %s THEN a private error reply', async (_label, raw, code, message) => {
    const reply = await run('quote', raw);
    expect(reply.type).toBe('error');
    expect(reply.visibility).toBe('private');
    expect(reply.type === 'error' && reply.error).toEqual({ code, message });
  });

  it('GIVEN a speaker alias in any case THEN it resolves to the canonical speaker', async () => {
    const reply = await run('quote', { query: 'Labour', speaker: 'williamson', limit: 10 });
    const speakers = new Set(reply.blocks.flatMap((b) => (b.type === 'quote' ? [b.speaker] : [])));
    expect(speakers).toEqual(new Set(['Chris Williamson']));
  });

  it('GIVEN words a speech quotes from someone else THEN they are that person’s, quoted by the speaker; a filter on the speaker leaves them out', async () => {
    const query = 'purpose of getting power';
    const speech = [...corpus.passages.values()].find(
      (p) => p.parentId === null && p.text.includes('The purpose of getting power'),
    )!;
    const reply = await run('quote', { query });
    const results = (reply.data as { results: Record<string, unknown>[] }).results;
    expect(results[0]).toEqual(
      expect.objectContaining({
        text: 'The purpose of getting power is to be able to give it away.',
        speaker: 'Nye Bevan',
        role: 'quoted',
        quotedBy: { speaker: 'Chris Williamson', id: speech.id },
      }),
    );
    expect(reply.blocks[0]).toEqual(
      expect.objectContaining({ speaker: 'Nye Bevan', quotedBy: 'Chris Williamson' }),
    );
    expect(toPlainText(reply)).toContain('— Nye Bevan (quoted by Chris Williamson)');

    const his = await run('quote', { query, speaker: 'Chris Williamson', limit: 10 });
    for (const block of his.blocks)
      if (block.type === 'quote') expect(block.text).not.toContain('purpose of getting power');
    const bevan = await run('quote', { query, speaker: 'Bevan' });
    expect((bevan.data as { results: { speaker: string }[] }).results[0]?.speaker).toBe(
      'Nye Bevan',
    );
  });

  it('GIVEN a passage of the subject’s own THEN quotedBy is null', async () => {
    const reply = await run('quote', { query: 'gold venezuela' });
    const results = (reply.data as { results: { quotedBy: unknown }[] }).results;
    expect(results[0]?.quotedBy).toBeNull();
  });

  it('GIVEN a quote id as the query THEN that quote is shown in context', async () => {
    const id = [...corpus.passages.values()].find((p) =>
      p.text.startsWith('The Bank of England'),
    )!.id;
    const reply = await run('quote', { query: id });
    expect(reply.title).toBe(`Quote ${id} in context`);
  });

  it('GIVEN the private option THEN the answer is private', async () => {
    expect((await text('/quote gold private:yes')).visibility).toBe('private');
  });
});

describe('/source', () => {
  it('GIVEN no argument THEN every source is listed with date, kind and number of quotes', async () => {
    const reply = await run('source', {});
    expect(reply.title).toMatch(/^5 sources, \d+ quotes$/);
    expect(reply.blocks[0]).toEqual({
      type: 'list',
      items: [
        {
          title: 'Chris Williamson (facebook-page)',
          detail: expect.stringMatching(
            /^webtoady\.com \(mirror of his Facebook page\) · c\. Feb 2019 · social · \d+ quotes$/,
          ),
        },
        {
          title: 'Rachael talks ‘hard labour’ with Chris Williamson (hard-labour-interview)',
          detail: expect.stringMatching(
            /^Creating Socialism · c\. Sep 2021 · interview · \d+ quotes$/,
          ),
        },
        {
          title: 'Chris Williamson runs for Parliament as independent (ei-independent-run)',
          detail: expect.stringMatching(
            /^The Electronic Intifada · 6 Nov 2019 · article · \d+ quotes$/,
          ),
        },
        {
          title:
            '‘I resigned from Labour to spend more time fighting for socialism’ (morning-star-oped)',
          detail: expect.stringMatching(/^Morning Star · c\. 9 Nov 2019 · op-ed · \d+ quotes$/),
        },
        {
          title:
            'Chris Williamson to Launch “New Grassroots Movement” Later This Year (grassroots-movement)',
          detail: expect.stringMatching(
            /^Red Revolution Media · c\. Jan 2020 · article · \d+ quotes$/,
          ),
        },
      ],
    });
  });

  it('GIVEN a source id THEN its details and speakers are shown', async () => {
    const reply = await run('source', { id: 'ei-independent-run' });
    expect(reply.title).toBe('Chris Williamson runs for Parliament as independent');
    const fields = reply.blocks[0]!.type === 'fields' ? reply.blocks[0]!.fields : [];
    expect(fields.map((f) => f.label)).toEqual([
      'Id',
      'Publisher',
      'Author',
      'Published',
      'Updated',
      'Kind',
      'Quotes',
      'Speakers',
    ]);
    expect(fields.find((f) => f.label === 'Speakers')!.value).toContain(
      'a reader (reader comment): 9',
    );
    expect(reply.blocks.at(-1)).toEqual({
      type: 'buttons',
      buttons: [
        {
          kind: 'link',
          label: 'Open source',
          url: 'https://electronicintifada.net/blogs/asa-winstanley/chris-williamson-runs-parliament-independent',
        },
      ],
    });
  });

  it('GIVEN a quotation id THEN the quote, its paragraph and its neighbours are shown, each with its speaker', async () => {
    const p = [...corpus.passages.values()].find((x) =>
      x.text.startsWith('ineligible to represent'),
    )!;
    const reply = await run('source', { id: p.id });
    const quotes = reply.blocks
      .filter((b) => b.type === 'quote')
      .map((b) => (b.type === 'quote' ? [b.speaker, b.text.slice(0, 30)] : []));
    expect(quotes).toEqual([
      ['the party’s legal unit', 'ineligible to represent the La'],
      ['Asa Winstanley', 'In a letter to Wiliamson on We'],
      ['Asa Winstanley', 'However, Labour suspended him '],
      ['Asa Winstanley', 'In a letter to Labour’s genera'],
    ]);
  });

  it.each([
    ['qzzzzzzzz', 'unknown-quote'],
    ['nope', 'unknown-source'],
  ])('GIVEN the unknown id %s THEN %s', async (id, code) => {
    expect(outcomeOf(await run('source', { id }))).toBe(code);
  });
});

describe('/help and dispatch', () => {
  it('GIVEN /help THEN every command and option is listed from the declarations', async () => {
    const reply = await text('/help');
    expect(reply.visibility).toBe('private');
    const data = reply.data as { commands: { name: string; usage: string }[] };
    expect(data.commands.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    expect(data.commands[0]!.usage).toBe(
      'Usage: /quote <query> [speaker:string] [source:string] [from:date] [to:date] [limit:integer] [private:boolean]',
    );
  });

  it('GIVEN a platform command prefix THEN help and usage name the commands as users type them', async () => {
    const reply = await dispatchText(COMMANDS, '/help', {
      ...testContext(corpus),
      commandPrefix: 'vb-',
    });
    const data = reply.data as { commands: { usage: string }[] };
    expect(data.commands[0]!.usage).toMatch(/^Usage: \/vb-quote <query>/);
    const bad = await dispatchText(COMMANDS, '/quote limit:0 gold', {
      ...testContext(corpus),
      commandPrefix: 'vb-',
    });
    expect(bad.blocks).toContainEqual({
      type: 'context',
      text: expect.stringMatching(/^Usage: \/vb-quote /),
    });
  });

  it('GIVEN an unknown command or a stale button THEN a clear error reply', async () => {
    expect(outcomeOf(await text('/frobnicate'))).toBe('unknown-command');
    expect(
      outcomeOf(
        await dispatchAction(
          COMMANDS,
          { id: 'quote.nothing', kind: 'context', state: {} },
          testContext(corpus),
        ),
      ),
    ).toBe('stale-action');
  });

  it('GIVEN a command that throws THEN an internal error reply, never an exception', async () => {
    const boom = {
      ...COMMANDS[0]!,
      name: 'boom',
      run: () => {
        throw new Error('kaput');
      },
    };
    const reply = await dispatch([boom], 'boom', { query: 'x' }, testContext(corpus));
    expect(reply.type === 'error' && reply.error).toEqual({
      code: 'internal',
      message: 'Something went wrong while answering. It has been logged.',
    });
  });
});
