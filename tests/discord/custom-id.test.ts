import { describe, expect, it } from 'vitest';
import {
  CustomIdCodec,
  decodeCustomId,
  encodeCustomId,
  parseStoredPayload,
  type ButtonPayload,
  type ButtonStore,
} from '../../src/adapters/discord/custom-id.js';
import { MemoryLongStateMap } from '../../src/shared-state/memory-state.js';
import { LONG_STATE_TTL_MS } from '../../src/shared-state/index.js';
import type { Action, Reply } from '../../src/core/index.js';

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
  const longAction = (page: number): Action => ({
    id: 'quote.page',
    kind: 'page',
    state: { args: `"${'a long pasted quotation '.repeat(5)}" speaker:"Chris Williamson"`, page },
  });
  const withButtons = (...actions: Action[]): Reply => ({
    type: 'list',
    visibility: 'public',
    title: 'Quotes',
    paging: null,
    data: null,
    blocks: [
      {
        type: 'buttons',
        buttons: actions.map((action) => ({
          kind: 'action' as const,
          label: 'Next',
          action,
          style: 'primary' as const,
        })),
      },
    ],
  });
  const store = (max = 1000): ButtonStore & { size: number } =>
    new MemoryLongStateMap<ButtonPayload>(LONG_STATE_TTL_MS, max);

  it('GIVEN a payload that fits THEN the custom id is self-contained and a fresh codec (a restart) reads it', async () => {
    const short: Action = { id: 'quote.page', kind: 'page', state: { args: 'venezuela', page: 1 } };
    const idFor = await new CustomIdCodec(store()).customIdsFor(withButtons(short), OWNER);
    const id = idFor(short);
    expect(id).toEqual('v1|quote.page|89d5r2l0xydj|args=venezuela&page#1');
    expect(await new CustomIdCodec(store()).fromCustomId(id)).toEqual({
      ok: true,
      payload: { action: short, owner: OWNER },
    });
  });

  it('GIVEN a payload too long for a custom id THEN it is stored under a short id that resolves through the same store', async () => {
    const kept = store();
    const action = longAction(3);
    const id = (await new CustomIdCodec(kept).customIdsFor(withButtons(action), OWNER))(action);
    expect([/^v1~[0-9a-f-]{36}$/.test(id), id.length <= 100, kept.size]).toEqual([true, true, 1]);
    expect(await new CustomIdCodec(kept).fromCustomId(id)).toEqual({
      ok: true,
      payload: { action, owner: OWNER },
    });
  });

  it('GIVEN a stored id and another store (a restart without Redis) THEN it answers expired, not another button', async () => {
    const action = longAction(3);
    const id = (await new CustomIdCodec(store()).customIdsFor(withButtons(action), OWNER))(action);
    expect(await new CustomIdCodec(store()).fromCustomId(id)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('GIVEN more stored payloads than the bound THEN the oldest expire', async () => {
    const codec = new CustomIdCodec(store(2));
    const actions = [0, 1, 2].map(longAction);
    const idFor = await codec.customIdsFor(withButtons(...actions), OWNER);
    const decoded = await Promise.all(actions.map((a) => codec.fromCustomId(idFor(a))));
    expect(decoded.map((d) => d.ok)).toEqual([false, true, true]);
  });

  it('GIVEN a custom id the codec never made THEN it answers unknown; an empty stored id answers expired', async () => {
    const codec = new CustomIdCodec(store());
    expect([await codec.fromCustomId('something-else'), await codec.fromCustomId('v1~')]).toEqual([
      { ok: false, reason: 'unknown' },
      { ok: false, reason: 'expired' },
    ]);
  });

  it.each<[string, unknown, ButtonPayload | null]>([
    [
      'a payload',
      { action: { id: 'quote.page', state: { page: 2 } }, owner: OWNER },
      { action: { id: 'quote.page', kind: 'page', state: { page: 2 } }, owner: OWNER },
    ],
    ['a bad owner', { action: { id: 'quote.page', state: {} }, owner: 'x' }, null],
    ['a nested state', { action: { id: 'quote.page', state: { a: {} } }, owner: null }, null],
    ['not an object', 'v1', null],
  ])('GIVEN %s read back from the store THEN parseStoredPayload checks it', (_, json, expected) => {
    expect(parseStoredPayload(json)).toEqual(expected);
  });
});
