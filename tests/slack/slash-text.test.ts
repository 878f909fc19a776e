import { describe, expect, it } from 'vitest';
import { COMMANDS, findCommand, type AnyCommand } from '../../src/core/index.js';
import { parseMention } from '../../src/adapters/slack/mention.js';
import {
  parseSlashText,
  usageHint,
  usageReply,
  unknownKeysNote,
} from '../../src/adapters/slack/slash-text.js';

const command = (name: string): AnyCommand => {
  const c = findCommand(COMMANDS, name);
  if (!c) throw new Error(`no /${name} in COMMANDS`);
  return c;
};

describe('parseSlashText: /quote (the core grammar, Slack-escaped input)', () => {
  it.each([
    [
      'GIVEN a quoted phrase and a quoted option value THEN the phrase stays a phrase',
      '"abusive relationship" speaker:"Chris Williamson" from:2019',
      {
        ok: true,
        values: { speaker: 'Chris Williamson', from: '2019', query: '"abusive relationship"' },
        askedPrivate: false,
        unknownKeys: [],
      },
    ],
    [
      'GIVEN curly quotes THEN they work like straight ones',
      '“abusive relationship” limit:2',
      {
        ok: true,
        values: { limit: '2', query: '“abusive relationship”' },
        askedPrivate: false,
        unknownKeys: [],
      },
    ],
    [
      'GIVEN bare words THEN they are the query',
      'gold venezuela',
      { ok: true, values: { query: 'gold venezuela' }, askedPrivate: false, unknownKeys: [] },
    ],
    [
      'GIVEN a colon inside a quoted value THEN it stays in the value',
      'speaker:"Smith: the elder" venezuela',
      {
        ok: true,
        values: { speaker: 'Smith: the elder', query: 'venezuela' },
        askedPrivate: false,
        unknownKeys: [],
      },
    ],
    [
      'GIVEN a URL as an option value THEN the URL is the value',
      'source:https://example.org/a venezuela',
      {
        ok: true,
        values: { source: 'https://example.org/a', query: 'venezuela' },
        askedPrivate: false,
        unknownKeys: [],
      },
    ],
    [
      'GIVEN a bare URL THEN it stays text and is not an unknown key',
      'https://example.org/x gold',
      {
        ok: true,
        values: { query: 'https://example.org/x gold' },
        askedPrivate: false,
        unknownKeys: [],
      },
    ],
    [
      'GIVEN an unknown key and a time THEN both stay text and the key is reported',
      'note: the time is 10:30 speaker:Williamson',
      {
        ok: true,
        values: { speaker: 'Williamson', query: 'note: the time is 10:30' },
        askedPrivate: false,
        unknownKeys: ['note'],
      },
    ],
    [
      'GIVEN an upper-case key THEN it still sets the option',
      'SPEAKER:Williamson gold',
      {
        ok: true,
        values: { speaker: 'Williamson', query: 'gold' },
        askedPrivate: false,
        unknownKeys: [],
      },
    ],
    [
      'GIVEN Slack-escaped characters and a mention THEN the query is what the user typed',
      'gold &amp; &lt;b&gt; <@U123|ann>',
      { ok: true, values: { query: 'gold & <b> @ann' }, askedPrivate: false, unknownKeys: [] },
    ],
    [
      "GIVEN /quote's own private option THEN it is passed to the core untouched",
      'gold private:yes',
      { ok: true, values: { private: 'yes', query: 'gold' }, askedPrivate: false, unknownKeys: [] },
    ],
    [
      'GIVEN empty text THEN there are no values',
      '',
      { ok: true, values: {}, askedPrivate: false, unknownKeys: [] },
    ],
    [
      'GIVEN only spaces THEN there are no values',
      '   ',
      { ok: true, values: {}, askedPrivate: false, unknownKeys: [] },
    ],
    [
      'GIVEN an option with no value THEN it is an error with an example',
      'gold speaker:',
      { ok: false, message: 'Option speaker: needs a value, e.g. speaker:"Chris Williamson"' },
    ],
    [
      'GIVEN an unterminated quote THEN the rest of the text is the phrase',
      '"abusive relationship speaker:x',
      {
        ok: true,
        values: { query: '"abusive relationship speaker:x' },
        askedPrivate: false,
        unknownKeys: [],
      },
    ],
  ])('%s', (_title, text, expected) => {
    expect(parseSlashText(command('quote'), text)).toEqual(expected);
  });
});

describe('parseSlashText: the Slack-only private option', () => {
  it.each([
    [
      'GIVEN private:true on /source THEN the answer is private',
      'source',
      'ei-independent-run private:true',
      { ok: true, values: { id: 'ei-independent-run' }, askedPrivate: true, unknownKeys: [] },
    ],
    [
      'GIVEN private:no on /source THEN the answer is public',
      'source',
      'private:no',
      { ok: true, values: {}, askedPrivate: false, unknownKeys: [] },
    ],
    [
      'GIVEN private:maybe THEN it is an error',
      'source',
      'private:maybe',
      { ok: false, message: 'Option private: takes true or false, e.g. private:true' },
    ],
    [
      'GIVEN free text to /help THEN it is an error',
      'help',
      'anything',
      { ok: false, message: 'This command takes no free text (got "anything").' },
    ],
    [
      'GIVEN private:true to /help (no options) THEN it is an error',
      'help',
      'private:true',
      { ok: false, message: 'This command takes no free text (got "private:true").' },
    ],
    [
      'GIVEN text over 10,000 characters THEN it is refused',
      'source',
      'x'.repeat(10_001),
      { ok: false, message: 'That is too long (10001 characters; the limit is 10000).' },
    ],
  ])('%s', (_title, name, text, expected) => {
    expect(parseSlashText(command(name), text)).toEqual(expected);
  });
});

describe('usage help from the declaration', () => {
  it.each([
    [
      'quote',
      '<query> [speaker:text] [source:text] [from:YYYY[-MM[-DD]]] [to:YYYY[-MM[-DD]]] [limit:number] [private:true|false]',
    ],
    ['source', '[id] [private:true]'],
    ['help', ''],
  ])('GIVEN /%s THEN the usage hint lists its options', (name, expected) => {
    expect(usageHint(command(name))).toEqual(expected);
  });

  it('GIVEN a parse error with the prefix vb- THEN the help reply is private and names /vb-source', () => {
    expect(
      usageReply(
        command('source'),
        'vb-',
        'Option private: takes true or false, e.g. private:true',
      ),
    ).toEqual({
      type: 'error',
      title: '/vb-source usage',
      blocks: [
        { type: 'text', text: 'Option private: takes true or false, e.g. private:true' },
        { type: 'context', text: 'Usage: /vb-source [id] [private:true]' },
        {
          type: 'list',
          items: [
            { title: 'id', detail: 'A source id or a quote id (leave empty to list the corpus)' },
            { title: 'private:', detail: 'Answer only to you (private:true)' },
          ],
        },
        { type: 'context', text: 'Examples: /vb-source   /vb-source ei-independent-run' },
      ],
      visibility: 'private',
      paging: null,
      data: {
        error: {
          code: 'invalid-input',
          message: 'Option private: takes true or false, e.g. private:true',
        },
      },
      error: {
        code: 'invalid-input',
        message: 'Option private: takes true or false, e.g. private:true',
      },
    });
  });

  it.each([
    [[], null],
    [['note'], 'note: is not an option of /quote; searched as text.'],
    [['note', 'Re'], 'note:, Re: are not options of /quote; searched as text.'],
  ])('GIVEN unknown keys %j THEN the note is %j', (keys, expected) => {
    expect(unknownKeysNote(command('quote'), '', keys)).toEqual(expected);
  });
});

describe('parseMention: `@Verbatim <command> <text>` after the mention is stripped', () => {
  const parse = (text: string, prefix = '') => {
    const parsed = parseMention(text, COMMANDS, prefix);
    return 'unknown' in parsed ? parsed : { command: parsed.command.name, rest: parsed.rest };
  };
  it.each([
    [
      'GIVEN a command and text THEN both are found',
      'quote venezuela gold',
      '',
      { command: 'quote', rest: 'venezuela gold' },
    ],
    [
      'GIVEN a leading slash and capitals THEN the command is still found',
      '/Quote gold',
      '',
      { command: 'quote', rest: 'gold' },
    ],
    [
      'GIVEN the prefixed name THEN the prefix is dropped',
      'vb-source loopback-post',
      'vb-',
      { command: 'source', rest: 'loopback-post' },
    ],
    ['GIVEN nothing after the mention THEN it is help', '', '', { command: 'help', rest: '' }],
    ['GIVEN only punctuation THEN it is help', '?!', '', { command: 'help', rest: '' }],
    ['GIVEN an unknown word THEN it is reported', 'what did he say', '', { unknown: 'what' }],
  ])('%s', (_title, text, prefix, expected) => {
    expect(parse(text, prefix)).toEqual(expected);
  });
});
