/**
 * The shared state against a real redis-server on loopback: what one instance writes another
 * reads, cooldown windows follow the (fake) clock, and Redis going away falls back to memory with
 * one warn line, then one info line when it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CooldownGate,
  cooldownMessage,
  memoryState,
  redisState,
  type SharedState,
} from '../../src/shared-state/index.js';
import { captureLogger, untilLogged } from '../discord/harness.js';
import { REDIS_MISSING, RedisServer } from './redis-server.js';

const WINDOW_MS = 30_000;

describe('memory state', () => {
  it('GIVEN a cooldown of 2 per 30 s on a fake clock THEN the 3rd is refused with the wait, and the next window allows again', async () => {
    let now = 1_700_000_020_000;
    const refused: unknown[] = [];
    const gate = new CooldownGate(
      memoryState().counters,
      { commands: 2, windowMs: WINDOW_MS },
      { now: () => now, onRefused: (r) => refused.push(r) },
    );
    const first = [await gate.check('slack', 'U1'), await gate.check('slack', 'U1')];
    const third = await gate.check('slack', 'U1');
    const otherUser = await gate.check('slack', 'U2');
    now += 20_000;
    const nextWindow = await gate.check('slack', 'U1');
    expect({ first, third, otherUser, nextWindow, refused }).toEqual({
      first: [null, null],
      third: { platform: 'slack', user: 'U1', retryInMs: 20_000 },
      otherUser: null,
      nextWindow: null,
      refused: [{ platform: 'slack', user: 'U1', retryInMs: 20_000 }],
    });
  });

  it('GIVEN COOLDOWN_COMMANDS 0 THEN nothing is refused', async () => {
    const gate = new CooldownGate(memoryState().counters, { commands: 0, windowMs: WINDOW_MS });
    const results = [];
    for (let i = 0; i < 20; i++) results.push(await gate.check('discord', 'A'));
    expect(results.every((r) => r === null)).toBe(true);
  });

  it.each([
    [12_000, "You're going too fast: try again in 12 s."],
    [11_001, "You're going too fast: try again in 12 s."],
    [80, "You're going too fast: try again in 1 s."],
  ])('GIVEN a wait of %i ms THEN the user reads %j', (ms, text) => {
    expect(cooldownMessage(ms)).toEqual(text);
  });
});

describe.skipIf(REDIS_MISSING !== null)(`redis state ${REDIS_MISSING ?? ''}`, () => {
  let redis: RedisServer;
  let a: SharedState;
  let b: SharedState;
  const logA = captureLogger();
  const logB = captureLogger();

  beforeAll(async () => {
    redis = await RedisServer.start();
    a = await redisState(redis.url, logA.logger);
    b = await redisState(redis.url, logB.logger);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop();
  });

  it('GIVEN two instances THEN a delivery claimed on one is a repeat on the other', async () => {
    const key = `trigger:${Date.now()}`;
    expect([
      await a.deliveries.claim(key, 600_000),
      await b.deliveries.claim(key, 600_000),
    ]).toEqual([true, false]);
  });

  it('GIVEN long state put on one instance THEN the other reads it, checked by its parser', async () => {
    const parse = (json: unknown) =>
      typeof json === 'object' && json !== null && 'page' in json
        ? (json as { page: number })
        : null;
    const key = await a.longState('test', parse).put({ page: 2 });
    const other = b.longState('test', parse);
    expect([await other.get(key), await other.get('no-such-key')]).toEqual([{ page: 2 }, null]);
  });

  it('GIVEN a cooldown shared by two instances on one fake clock THEN the 11th command is refused wherever it lands', async () => {
    let now = 1_700_000_040_000;
    const settings = { commands: 10, windowMs: WINDOW_MS };
    const gates = [a, b].map((s) => new CooldownGate(s.counters, settings, { now: () => now }));
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await gates[i % 2]!.check('slack', 'U-shared'));
    now += WINDOW_MS;
    const after = await gates[0]!.check('slack', 'U-shared');
    expect({
      allowed: results.slice(0, 10).every((r) => r === null),
      eleventh: results[10],
      after,
    }).toEqual({
      allowed: true,
      eleventh: { platform: 'slack', user: 'U-shared', retryInMs: 30_000 },
      after: null,
    });
  });

  it('GIVEN both instances registered THEN the instances hash lists each with its corpus version', async () => {
    await a.instances.report({ id: 'host-a:1', corpusVersion: 'v1', lastSeen: 1000 });
    await b.instances.report({ id: 'host-b:2', corpusVersion: 'v1', lastSeen: 2000 });
    expect(await a.instances.list()).toEqual([
      { id: 'host-b:2', corpusVersion: 'v1', lastSeen: 2000 },
      { id: 'host-a:1', corpusVersion: 'v1', lastSeen: 1000 },
    ]);
  });

  it('GIVEN Redis killed THEN each call falls back to memory with one warn line; restarted THEN one info line and sharing again', async () => {
    await redis.stop();
    const key = `trigger:down-${Date.now()}`;
    // Each instance now dedupes on its own: both take the delivery, a repeat on the same one is skipped.
    const down = [
      await a.deliveries.claim(key, 600_000),
      await b.deliveries.claim(key, 600_000),
      await a.deliveries.claim(key, 600_000),
    ];
    const parse = (json: unknown) => json as { n: number };
    const keptKey = await a.longState('test', parse).put({ n: 1 });
    const keptLocally = await a.longState('test', parse).get(keptKey);
    await untilLogged(logA, (l) => l['redis'] === 'unavailable');
    await redis.start();
    await untilLogged(logA, (l) => l['redis'] === 'available');
    await untilLogged(logB, (l) => l['redis'] === 'available');
    const back = `trigger:up-${Date.now()}`;
    const shared = [
      await a.deliveries.claim(back, 600_000),
      await b.deliveries.claim(back, 600_000),
    ];
    const count = (log: typeof logA, state: string) =>
      log.lines.filter((l) => l['redis'] === state).length;
    expect({
      down,
      keptLocally,
      shared,
      warnA: count(logA, 'unavailable'),
      infoA: count(logA, 'available'),
      warnB: count(logB, 'unavailable'),
      infoB: count(logB, 'available'),
      levels: logA.lines.filter((l) => l['redis']).map((l) => l['level']),
    }).toEqual({
      down: [true, true, false],
      keptLocally: { n: 1 },
      shared: [true, false],
      warnA: 1,
      infoA: 1,
      warnB: 1,
      infoB: 1,
      levels: [40, 30],
    });
  });

  it('GIVEN a Redis that cannot be reached at start-up THEN redisState resolves, warns once and answers from memory', async () => {
    const log = captureLogger();
    const state = await redisState('redis://127.0.0.1:1', log.logger);
    try {
      const claims = [
        await state.deliveries.claim('k', 1000),
        await state.deliveries.claim('k', 1000),
      ];
      expect({
        claims,
        warns: log.lines.filter((l) => l['redis'] === 'unavailable').length,
      }).toEqual({ claims: [true, false], warns: 1 });
    } finally {
      await state.close();
    }
  });
});
