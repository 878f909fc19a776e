/**
 * Slack has no escape for its formatting marks: text that must show as typed goes in plain_text,
 * or, inside mrkdwn, through literalMrkdwn (look-alike marks, no link, no emoji, no block quote).
 */
import { describe, expect, it } from 'vitest';
import { literalMrkdwn, plainText, unlinkUrls } from '../../src/adapters/slack/escape.js';
import { renderSlack } from '../../src/adapters/slack/render-slack.js';
import { makeReply } from '../../src/core/index.js';
import { EI_SOURCE } from '../fixtures/source-refs.js';

describe('literalMrkdwn', () => {
  it.each([
    [
      'bold, italic, strike and code',
      '*bold* _it_ ~s~ `c` ```block```',
      '\u2217bold\u2217 \u02CDit\u02CD \u223Cs\u223C \u02CBc\u02CB \u02CB\u02CB\u02CBblock\u02CB\u02CB\u02CB',
    ],
    ['a block quote at a line start only', '> quoted\na > b', '\u00AD&gt; quoted\na &gt; b'],
    ['mentions and an ampersand', '<!channel> & <@U1>', '&lt;!channel&gt; &amp; &lt;@U1&gt;'],
    ['a URL', 'see https://evil.example/a_b', 'see https\u2060://evil.example/a\u02CDb'],
    ['an emoji code, but not a time', ':rocket: at 10:30', ':\u2060rocket: at 10:30'],
    ['plain words', 'Chris Williamson', 'Chris Williamson'],
  ])('GIVEN %s THEN it shows as typed', (_case, text, expected) => {
    expect(literalMrkdwn(text)).toEqual(expected);
  });
});

describe('unlinkUrls and plainText', () => {
  it.each([
    ['https://a.example/x', 'https\u2060://a.example/x'],
    ['FTP://b.example and http://c.example', 'FTP\u2060://b.example and http\u2060://c.example'],
    ['no scheme: www.example.org', 'no scheme: www.example.org'],
    ['already unlinked https\u2060://a.example', 'already unlinked https\u2060://a.example'],
  ])('GIVEN %j THEN the scheme is joined to an invisible character', (text, expected) => {
    expect(unlinkUrls(text)).toEqual(expected);
  });

  it('GIVEN a header with a URL and marks THEN plain_text keeps the marks and unlinks the URL', () => {
    expect(plainText('Timeline: “https://x.example *b*”', 150)).toEqual({
      type: 'plain_text',
      text: 'Timeline: “https\u2060://x.example *b*”',
      emoji: false,
    });
  });
});

describe('renderSlack: corpus text beside mrkdwn', () => {
  it('GIVEN a source whose title holds marks, a right-to-left override and a URL THEN the citation shows them as typed', () => {
    const source = {
      ...EI_SOURCE,
      title: 'Gold *rush* \u202Eevil https://x.example',
      publisher: '_Pub_',
    };
    const message = renderSlack(
      makeReply({ title: 'T', blocks: [{ type: 'citation', source }], data: null }),
      { refs: new Map() },
    );
    expect(message.blocks[1]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `<${EI_SOURCE.url}|Gold \u2217rush\u2217 evil https\u2060://x.example> — \u02CDPub\u02CD, 6 Nov 2019`,
          verbatim: true,
        },
      ],
    });
  });
});
