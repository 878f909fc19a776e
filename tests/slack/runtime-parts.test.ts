import type { Action, Reply } from '../../src/core/index.js';
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import pino from 'pino';
import {
  decodeAction,
  encodeAction,
  storeLongActions,
} from '../../src/adapters/slack/action-codec.js';
import { MemoryDeliveryClaims, MemoryLongStateMap } from '../../src/shared-state/memory-state.js';
import { LONG_STATE_TTL_MS } from '../../src/shared-state/index.js';
import { errorFields, scrubSecrets, toSlackLogger } from '../../src/adapters/slack/bolt-logger.js';
import { DELIVERY_TTL_MS, deliveryKey } from '../../src/adapters/slack/deliveries.js';
import { InFlight } from '../../src/adapters/slack/runtime.js';

describe('memory delivery claims', () => {
  it('GIVEN the same key twice THEN only the first claim is taken', async () => {
    const log = new MemoryDeliveryClaims();
    const claims = [];
    for (const key of ['event:Ev1', 'event:Ev1', 'event:Ev2'])
      claims.push(await log.claim(key, DELIVERY_TTL_MS));
    expect(claims).toEqual([true, false, true]);
  });

  it('GIVEN a key older than the TTL THEN it can be claimed again', async () => {
    let now = 0;
    const log = new MemoryDeliveryClaims(10, () => now);
    const first = await log.claim('k', 1000);
    now = 1500;
    expect([first, await log.claim('k', 1000)]).toEqual([true, true]);
  });

  it('GIVEN more keys than the bound THEN the oldest are forgotten', async () => {
    const log = new MemoryDeliveryClaims(2);
    for (const key of ['a', 'b', 'c']) await log.claim(key, 60_000);
    expect([await log.claim('a', 60_000), await log.claim('c', 60_000)]).toEqual([true, false]);
  });

  it.each([
    [{ event_id: 'Ev1', trigger_id: 't' }, 'event:Ev1'],
    [{ trigger_id: '123.456' }, 'trigger:123.456'],
    [{ type: 'other' }, null],
  ])('GIVEN the body %j THEN the delivery key is %j', (body, expected) => {
    expect(deliveryKey(body)).toEqual(expected);
  });
});

const newStore = (max = 1000) => new MemoryLongStateMap<Action>(LONG_STATE_TTL_MS, max);
const withButton = (action: Action): Reply => ({
  type: 'list',
  title: '',
  visibility: 'public',
  paging: null,
  data: null,
  blocks: [
    { type: 'buttons', buttons: [{ kind: 'action', label: 'Next', style: 'primary', action }] },
  ],
});

describe('action codec', () => {
  it.each([
    [
      'a JSON action',
      '{"id":"source.context","state":{"id":"q1"}}',
      { id: 'source.context', kind: 'context', state: { id: 'q1' } },
    ],
    ['not JSON', 'hello', null],
    ['JSON of the wrong shape', '{"id":3,"state":[]}', null],
    ['a nested state', '{"id":"a.b","state":{"x":{"y":1}}}', null],
    ['an unknown reference', 'ref:nope', null],
    ['no value', undefined, null],
  ])('GIVEN %s THEN decoding gives %j', async (_title, value, expected) => {
    expect(await decodeAction(value, newStore())).toEqual(expected);
  });

  it('GIVEN an action THEN encode then decode gives it back', async () => {
    const store = newStore();
    const action: Action = {
      id: 'quote.page',
      kind: 'page',
      state: { args: 'gold speaker:"Chris Williamson"', page: 2 },
    };
    const encoded = encodeAction(action, 3, await storeLongActions(withButton(action), store));
    expect({ encoded, decoded: await decodeAction(encoded.value, store) }).toEqual({
      encoded: {
        action_id: 'vb:3:quote.page',
        value:
          '{"id":"quote.page","state":{"args":"gold speaker:\\"Chris Williamson\\"","page":2}}',
      },
      decoded: action,
    });
  });

  it('GIVEN more stored actions than the bound THEN the oldest expires', async () => {
    const store = newStore(2);
    const big = (n: number): Action => ({
      id: 'quote.page',
      kind: 'page',
      state: { args: 'x'.repeat(2100), page: n },
    });
    const values = [];
    for (const n of [1, 2, 3]) {
      const refs = await storeLongActions(withButton(big(n)), store);
      values.push(encodeAction(big(n), 0, refs).value);
    }
    const decoded = await Promise.all(values.map((v) => decodeAction(v, store)));
    expect(decoded.map((a) => a?.state['page'] ?? null)).toEqual([null, 2, 3]);
  });
});

describe('secrets never reach the log', () => {
  it.each([
    ['a bot token', 'auth with xoxb-1234-5678-abcdEF', 'auth with xox?-[redacted]'],
    ['an app token', 'token xapp-1-A0-123-abc', 'token xapp-[redacted]'],
    [
      'a bearer header',
      '{"Authorization":"Bearer abc.def"}',
      '{"Authorization":"Bearer [redacted]"}',
    ],
    [
      'a JSON response_url',
      '{"response_url":"https://hooks.slack.com/commands/T/1/x","text":"hi"}',
      '{"response_url":"[redacted]","text":"hi"}',
    ],
    ['a form token', 'token=verif123&team_id=T1', 'token=[redacted]&team_id=T1'],
    [
      'a socket URL',
      'connecting to wss://wss-primary.slack.com/link/?ticket=abc',
      'connecting to [redacted ws url]',
    ],
  ])('GIVEN %s THEN it is scrubbed', (_title, input, expected) => {
    expect(scrubSecrets(input)).toEqual(expected);
  });

  it('GIVEN an SDK log line with a token THEN the pino record holds it scrubbed', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _enc, done) => (lines.push(String(chunk)), done()),
    });
    const slackLogger = toSlackLogger(pino({ level: 'debug', base: null, timestamp: false }, sink));
    slackLogger.debug('http request headers:', { Authorization: 'Bearer xoxb-1-2-3' });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      {
        level: 20,
        lib: 'slack-sdk',
        msg: 'http request headers: {"Authorization":"Bearer [redacted]"}',
      },
    ]);
  });

  it('GIVEN an error carrying a token THEN its log fields are scrubbed', () => {
    const err = Object.assign(new Error('failed for xoxb-9-9-9'), {
      code: 'slack_webapi_platform_error',
    });
    err.stack = 'Error: failed for xoxb-9-9-9\n    at here';
    expect(errorFields(err)).toEqual({
      type: 'Error',
      code: 'slack_webapi_platform_error',
      message: 'failed for xox?-[redacted]',
      stack: 'Error: failed for xox?-[redacted]\n    at here',
    });
  });
});

describe('InFlight', () => {
  it('GIVEN work that finishes THEN settle reports drained', async () => {
    const work = new InFlight();
    let release!: () => void;
    const task = work.run(() => new Promise<void>((r) => (release = r)));
    const settled = work.settle(Date.now() + 10_000);
    release();
    await task;
    expect({ drained: await settled, size: work.size }).toEqual({ drained: true, size: 0 });
  });

  it('GIVEN work that never finishes THEN settle gives up at the deadline', async () => {
    const work = new InFlight();
    void work.run(() => new Promise<void>(() => {}));
    expect({ drained: await work.settle(Date.now() + 20), size: work.size }).toEqual({
      drained: false,
      size: 1,
    });
  });
});
