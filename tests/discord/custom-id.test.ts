import { describe, expect, it } from 'vitest';
import {
  CustomIdCodec,
  decodeCustomId,
  encodeCustomId,
  type ButtonPayload,
} from '../../src/adapters/discord/custom-id.js';

const OWNER = '1087215563142299719';

describe('encodeCustomId / decodeCustomId', () => {
  it.each<[string, ButtonPayload, string]>([
    [
      'a page action with the query in the text grammar',
      {
        action: {
          id: 'quote.page',
          kind: 'page',
          state: { args: '"abusive relationship" from:2019', page: 2 },
        },
        owner: OWNER,
      },
      'v1|quote.page|89d5r2l0xydj|args="abusive relationship" from:2019&page#2',
    ],
    [
      'no owner and no state',
      { action: { id: 'help.show', kind: 'context', state: {} }, owner: null },
      'v1|help.show||',
    ],
    [
      'separators and percent signs inside values',
      {
        action: { id: 'quote.context', kind: 'context', state: { id: 'a&b=c|d#e%26', n: -1.5 } },
        owner: '1',
      },
      'v1|quote.context|1|id=a%26b=c|d#e%2526&n#-1.5',
    ],
    [
      'non-ASCII text and an empty string',
      {
        action: {
          id: 'quote.page',
          kind: 'page',
          state: { args: 'Brexit – “betrayal”', empty: '', page: 0 },
        },
        owner: null,
      },
      'v1|quote.page||args=Brexit – “betrayal”&empty=&page#0',
    ],
  ])(
    'GIVEN %s THEN it encodes to a known id and decodes back to the same payload',
    (_case, payload, expected) => {
      const id = encodeCustomId(payload);
      expect(id).toEqual(expected);
      expect(decodeCustomId(expected)).toEqual(payload);
    },
  );

  it.each<[string, ButtonPayload]>([
    [
      'state that passes 100 characters',
      { action: { id: 'quote.page', kind: 'page', state: { args: 'x'.repeat(90) } }, owner: null },
    ],
    [
      'a state key that is not an identifier',
      { action: { id: 'quote.page', kind: 'page', state: { 'a b': 1 } }, owner: null },
    ],
    [
      'a number that does not survive String()',
      { action: { id: 'quote.page', kind: 'page', state: { page: Number.NaN } }, owner: null },
    ],
    [
      'an action id with a separator',
      { action: { id: 'quote|page', kind: 'page', state: {} }, owner: null },
    ],
    [
      'an owner that is not a snowflake',
      { action: { id: 'quote.page', kind: 'page', state: {} }, owner: 'U123' },
    ],
  ])('GIVEN %s THEN encodeCustomId returns null', (_case, payload) => {
    expect(encodeCustomId(payload)).toEqual(null);
  });

  it.each([
    ['another version', 'v2|quote.page||page#1'],
    ['too few parts', 'v1|quote.page'],
    ['a bad number', 'v1|quote.page||page#01'],
    ['a bad escape', 'v1|quote.page||args=50%'],
    ['an entry without a separator', 'v1|quote.page||args'],
    ['an owner outside base 36', 'v1|quote.page|ABC|'],
    ['a custom id from another library', 'help_button_1'],
  ])('GIVEN %s THEN decodeCustomId returns null', (_case, id) => {
    expect(decodeCustomId(id)).toEqual(null);
  });
});

describe('CustomIdCodec', () => {
  const long: ButtonPayload = {
    action: {
      id: 'quote.page',
      kind: 'page',
      state: {
        args: `"${'a long pasted quotation '.repeat(5)}" speaker:"Chris Williamson"`,
        page: 3,
      },
    },
    owner: OWNER,
  };

  it('GIVEN a payload that fits THEN the custom id is self-contained and a fresh codec (a restart) reads it', () => {
    const short: ButtonPayload = {
      action: { id: 'quote.page', kind: 'page', state: { args: 'venezuela', page: 1 } },
      owner: OWNER,
    };
    const id = new CustomIdCodec({ session: 'aaaa' }).toCustomId(short);
    expect(id).toEqual('v1|quote.page|89d5r2l0xydj|args=venezuela&page#1');
    expect(new CustomIdCodec({ session: 'bbbb' }).fromCustomId(id)).toEqual({
      ok: true,
      payload: short,
    });
  });

  it('GIVEN a payload too long for a custom id THEN it is stored in memory under a short id that resolves in the same run', () => {
    const codec = new CustomIdCodec({ session: 'aaaa' });
    const id = codec.toCustomId(long);
    expect([id, codec.storedCount, codec.fromCustomId(id)]).toEqual([
      'v1~aaaa.0',
      1,
      { ok: true, payload: long },
    ]);
  });

  it('GIVEN a stored id after a restart THEN it answers expired, not another button', () => {
    const before = new CustomIdCodec({ session: 'aaaa' });
    const id = before.toCustomId(long);
    const after = new CustomIdCodec({ session: 'bbbb' });
    after.toCustomId({ ...long, owner: null });
    expect(after.fromCustomId(id)).toEqual({ ok: false, reason: 'expired' });
  });

  it('GIVEN more stored payloads than the bound THEN the oldest expire', () => {
    const codec = new CustomIdCodec({ session: 'aaaa', maxStored: 2 });
    const ids = [0, 1, 2].map((page) =>
      codec.toCustomId({
        ...long,
        action: { ...long.action, state: { ...long.action.state, page } },
      }),
    );
    expect(ids.map((id) => codec.fromCustomId(id).ok)).toEqual([false, true, true]);
    expect(codec.storedCount).toEqual(2);
  });

  it('GIVEN a custom id the codec never made THEN it answers unknown', () => {
    expect(new CustomIdCodec().fromCustomId('something-else')).toEqual({
      ok: false,
      reason: 'unknown',
    });
  });
});
