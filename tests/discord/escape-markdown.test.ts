import { describe, expect, it } from 'vitest';
import {
  literalMarkdown,
  markdownWithHighlights,
} from '../../src/adapters/discord/escape-markdown.js';
import { renderDiscord } from '../../src/adapters/discord/render-discord.js';
import { makeReply } from '../../src/core/index.js';
import { EI_SOURCE } from '../fixtures/source-refs.js';

describe('literalMarkdown', () => {
  it.each([
    ['plain prose', 'Standing up for Derby.', 'Standing up for Derby.'],
    [
      'emphasis and code',
      '*bold* _it_ `code` ~~gone~~',
      '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~',
    ],
    ['a backslash and a long underscore run', 'C:\\path ______', 'C:\\\\path \\_\\_\\_\\_\\_\\_'],
    [
      'a spoiler and a masked link',
      '||secret|| [click](https://evil.example)',
      '\\|\\|secret\\|\\| \\[click\\](https\\://evil.example)',
    ],
    [
      'mentions, channels and timestamps',
      '<@123> <#456> <t:1700000000:R> @everyone',
      '\\<@123\\> \\<#456\\> \\<t:1700000000:R\\> @everyone',
    ],
    [
      'line-start headings, subtext, lists and numbers',
      '# Title\n-# small\n - item\n+ plus\n12. twelfth\nmid # not - a 3. list',
      '\\# Title\n\\-# small\n \\- item\n\\+ plus\n12\\. twelfth\nmid # not - a 3. list',
    ],
    ['a block quote', '> quoted\na > b', '\\> quoted\na \\> b'],
    [
      'a URL, which must not become a link',
      'see https://example.com/a_b_(c)*d. Then _this_',
      'see https\\://example.com/a\\_b\\_(c)\\*d. Then \\_this\\_',
    ],
    [
      'URLs of other schemes, in angle brackets and mid-word',
      'ftp://x.example <http://y.example> xhttps://z.example',
      'ftp\\://x.example \\<http\\://y.example\\> xhttps\\://z.example',
    ],
    ['a colon that starts no URL', 'Time: 10:30 a://', 'Time: 10:30 a\\://'],
  ])('GIVEN %s THEN every markdown character shows literally', (_case, text, expected) => {
    expect(literalMarkdown(text)).toEqual(expected);
  });
});

describe('markdownWithHighlights', () => {
  const text = 'an abusive relationship with *Labour* at https://x.example/a_b';
  it.each([
    [
      'one highlight',
      [{ start: 3, end: 23 }],
      'an **abusive relationship** with \\*Labour\\* at https://x.example/a_b',
    ],
    [
      'overlapping and touching highlights, merged',
      [
        { start: 3, end: 10 },
        { start: 8, end: 11 },
        { start: 11, end: 23 },
      ],
      'an **abusive relationship** with \\*Labour\\* at https://x.example/a_b',
    ],
    [
      'spaces at the edges, trimmed',
      [{ start: 2, end: 11 }],
      'an **abusive** relationship with \\*Labour\\* at https://x.example/a_b',
    ],
    [
      'escaped characters inside a highlight',
      [{ start: 29, end: 37 }],
      'an abusive relationship with **\\*Labour\\*** at https://x.example/a_b',
    ],
    [
      'a highlight touching a URL, dropped',
      [{ start: 38, end: 50 }],
      'an abusive relationship with \\*Labour\\* at https://x.example/a_b',
    ],
    [
      'out-of-range and empty highlights, ignored',
      [
        { start: -5, end: 2 },
        { start: 7, end: 7 },
        { start: 60, end: 99 },
      ],
      '**an** abusive relationship with \\*Labour\\* at https://x.example/a_b',
    ],
  ])(
    'GIVEN %s THEN the marked words are bold and the rest escaped',
    (_case, highlights, expected) => {
      expect(markdownWithHighlights(text, highlights)).toEqual(expected);
    },
  );
});

describe('renderDiscord: corpus text shown as typed', () => {
  it('GIVEN a source whose title holds marks, a right-to-left override and a URL THEN the citation shows them literally and links only to the source', () => {
    const source = {
      ...EI_SOURCE,
      title: 'Gold *rush* \u202Eevil https://x.example',
      publisher: '_Pub_',
    };
    const message = renderDiscord(
      makeReply({ title: 'T', blocks: [{ type: 'citation', source }], data: null }),
      { customIdFor: () => 'unused' },
    );
    expect(message.embeds[0]!.description).toEqual(
      `[Gold \\*rush\\* evil https\\://x.example](${EI_SOURCE.url}) — \\_Pub\\_, 6 Nov 2019`,
    );
  });
});
