import { describe, expect, it } from 'vitest';
import {
  escapeMrkdwn,
  mrkdwn,
  mrkdwnLink,
  plainText,
  truncatePlain,
} from '../../src/adapters/slack/escape.js';
import { slackTextToPlain, stripBotMention } from '../../src/adapters/slack/user-text.js';
import { signSlackRequest } from './fakes/slack-signing.js';

describe('escapeMrkdwn', () => {
  it.each([
    ['GIVEN a channel mention THEN it is inert text', '<!channel> look', '&lt;!channel&gt; look'],
    ['GIVEN a user mention THEN it is inert text', 'ask <@U123>', 'ask &lt;@U123&gt;'],
    ['GIVEN an ampersand THEN it is escaped first', 'A & B &amp;', 'A &amp; B &amp;amp;'],
    [
      'GIVEN a link token THEN it is inert text',
      '<https://evil.test|click>',
      '&lt;https://evil.test|click&gt;',
    ],
    [
      'GIVEN markdown characters THEN they are left alone',
      '*bold* _it_ ~s~ `c`',
      '*bold* _it_ ~s~ `c`',
    ],
    ['GIVEN empty text THEN it stays empty', '', ''],
  ])('%s', (_title, input, expected) => {
    expect(escapeMrkdwn(input)).toEqual(expected);
  });

  it('GIVEN escaped text THEN the mrkdwn object is verbatim', () => {
    expect(mrkdwn('&lt;!here&gt;')).toEqual({
      type: 'mrkdwn',
      text: '&lt;!here&gt;',
      verbatim: true,
    });
  });
});

describe('mrkdwnLink', () => {
  it.each([
    [
      'GIVEN an https URL THEN it links the label',
      'https://a.test/x?y=1&z=2',
      'Title',
      '<https://a.test/x?y=1&amp;z=2|Title>',
    ],
    [
      'GIVEN a URL with a bar THEN the bar is percent-encoded',
      'https://a.test/a|b',
      'T',
      '<https://a.test/a%7Cb|T>',
    ],
    ['GIVEN a javascript: URL THEN only the label is shown', 'javascript:alert(1)', 'T', 'T'],
    ['GIVEN a URL with a space THEN only the label is shown', 'https://a.test/a b', 'T', 'T'],
  ])('%s', (_title, url, label, expected) => {
    expect(mrkdwnLink(url, label)).toEqual(expected);
  });
});

describe('truncatePlain and plainText', () => {
  it.each([
    ['GIVEN text within the limit THEN it is unchanged', 'short', 10, 'short'],
    ['GIVEN text over the limit THEN it ends with an ellipsis', 'abcdefghijkl', 5, 'abcd…'],
    ['GIVEN a cut inside a surrogate pair THEN the pair is not split', 'ab😀cd', 4, 'ab…'],
    ['GIVEN trailing space at the cut THEN it is trimmed', 'abc   defgh', 6, 'abc…'],
  ])('%s', (_title, input, max, expected) => {
    expect(truncatePlain(input, max)).toEqual(expected);
  });

  it('GIVEN a long header THEN plain_text is cut to the limit with emoji off', () => {
    expect(plainText('x'.repeat(200), 150)).toEqual({
      type: 'plain_text',
      text: `${'x'.repeat(149)}…`,
      emoji: false,
    });
  });
});

describe('slackTextToPlain', () => {
  it.each([
    [
      'GIVEN escaped entities THEN they are decoded once',
      'a &amp;lt; b &lt;c&gt; &amp; d',
      'a &lt; b <c> & d',
    ],
    ['GIVEN a user mention with a name THEN it reads @name', 'hi <@U123|ann>', 'hi @ann'],
    ['GIVEN a bare user mention THEN it reads @id', 'hi <@U123>', 'hi @U123'],
    ['GIVEN a channel link THEN it reads #name', 'see <#C1|general>', 'see #general'],
    [
      'GIVEN special mentions THEN they read as plain words',
      '<!channel> <!here> <!everyone>',
      '@channel @here @everyone',
    ],
    ['GIVEN a user group THEN its label is used', '<!subteam^S1|@team>', '@team'],
    ['GIVEN a labelled link THEN the label is used', '<https://a.test|a.test> said', 'a.test said'],
    ['GIVEN a bare link THEN the URL is used', '<https://a.test/x>', 'https://a.test/x'],
    ['GIVEN a mailto link THEN the address is used', '<mailto:a@b.test>', 'a@b.test'],
    [
      'GIVEN quotes and colons THEN they are kept',
      '"gold" speaker:"Chris Williamson"',
      '"gold" speaker:"Chris Williamson"',
    ],
  ])('%s', (_title, input, expected) => {
    expect(slackTextToPlain(input)).toEqual(expected);
  });
});

describe('stripBotMention', () => {
  it.each([
    ['GIVEN a leading mention THEN it is removed', '<@U0BOT> quote venezuela', 'quote venezuela'],
    ['GIVEN a mention with a name THEN it is removed', '<@U0BOT|verbatim> help', 'help'],
    [
      'GIVEN a mention mid-text THEN it is removed and spaces collapse',
      'hey <@U0BOT>  quote gold',
      'hey quote gold',
    ],
    ['GIVEN another user mention THEN it stays', '<@U0BOT> quote <@U123>', 'quote <@U123>'],
  ])('%s', (_title, input, expected) => {
    expect(stripBotMention(input, 'U0BOT')).toEqual(expected);
  });
});

describe('signSlackRequest (test helper)', () => {
  it("GIVEN Slack's documented example THEN it gives Slack's documented signature", () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(signSlackRequest('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body)).toEqual(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
  });
});
