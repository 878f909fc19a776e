/**
 * Two Discord instances (the real discord.js Client, each against its own fake Discord) sharing
 * one real redis-server: a page button too long to carry its state, made by one, works on the
 * other; the cooldown counts across both; with Redis killed both still answer, and it comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CooldownGate, redisState, type SharedState } from '../../src/shared-state/index.js';
import { COMMANDS, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import {
  captureLogger,
  loadTestCorpus,
  startHarness,
  untilLogged,
  type Harness,
} from '../discord/harness.js';
import { ALICE, BOB, autocomplete, buttonClick, chatInput } from '../discord/interactions.js';
import { REDIS_MISSING, RedisServer } from './redis-server.js';

/** Longer than a custom id can carry, with more than one page of results. */
const LONG_QUERY = 'labour party socialism members election imperialism fighting disappointment';
const WINDOW_MS = 30_000;

describe.skipIf(REDIS_MISSING !== null)(
  `two Discord instances sharing Redis ${REDIS_MISSING ?? ''}`,
  () => {
    let redis: RedisServer;
    let corpus: Corpus;
    let cleanup: () => Promise<void>;
    const states: SharedState[] = [];
    const redisLogs = [captureLogger(), captureLogger()];
    /** The cooldown's fake clock: 10 s into a 30 s window. */
    let now = 1_700_000_020_000;
    let a: Harness;
    let b: Harness;

    beforeAll(async () => {
      redis = await RedisServer.start();
      ({ corpus, cleanup } = await loadTestCorpus(silentLogger()));
      for (const log of redisLogs) states.push(await redisState(redis.url, log.logger));
      const gate = (s: SharedState) =>
        new CooldownGate(s.counters, { commands: 10, windowMs: WINDOW_MS }, { now: () => now });
      a = await startHarness({
        corpus,
        commands: COMMANDS,
        shared: states[0]!,
        cooldown: gate(states[0]!),
      });
      b = await startHarness({
        corpus,
        commands: COMMANDS,
        shared: states[1]!,
        cooldown: gate(states[1]!),
      });
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      for (const s of states) await s.close();
      await redis?.stop();
      await cleanup?.();
    });

    async function callback(h: Harness, interaction: Record<string, unknown>) {
      h.fake.sendInteraction(interaction);
      const id = String(interaction['id']);
      const request = await h.fake.waitForRequest(
        (r) => r.kind === 'interaction-callback' && r.path.includes(`/interactions/${id}/`),
      );
      return request.body as {
        type: number;
        data: {
          content?: string;
          flags?: number;
          embeds?: { footer?: { text: string } }[];
          components?: { components: { label: string; custom_id?: string }[] }[];
          choices?: unknown[];
        };
      };
    }

    it('GIVEN a /quote whose Next button needs the map, made by instance A WHEN pressed on instance B THEN B turns to page 2', async () => {
      const first = await callback(a, chatInput('quote', { query: LONG_QUERY }, { user: BOB }));
      const buttons = first.data.components!.flatMap((r) => r.components);
      const next = buttons.find((x) => x.label.startsWith('Next'))!.custom_id!;
      const message = { embeds: first.data.embeds, components: first.data.components, flags: 0 };
      const turned = await callback(b, buttonClick(next, message, BOB));
      const footers = (turned.data.embeds ?? []).map((e) => e.footer?.text ?? '');
      expect({
        stored: next.startsWith('v1~'),
        type: turned.type,
        page: footers.some((f) => / · Page 2 of \d+/.test(f)),
        expired: JSON.stringify(turned).includes('expired'),
      }).toEqual({ stored: true, type: 7, page: true, expired: false });
    });

    it('GIVEN 10 commands of one user across both instances THEN the 11th is refused privately with the wait, autocomplete is still answered, and after the window it runs again', async () => {
      const kinds: number[] = [];
      for (let i = 0; i < 10; i++)
        kinds.push((await callback(i % 2 ? b : a, chatInput('help', {}, { user: ALICE }))).type);
      const refused = await callback(a, chatInput('help', {}, { user: ALICE }));
      const suggested = await callback(b, autocomplete('quote', { query: 'abus' }, 'query'));
      now += WINDOW_MS;
      const again = await callback(b, chatInput('help', {}, { user: ALICE }));
      expect({
        kinds,
        refused: {
          type: refused.type,
          content: refused.data.content,
          flags: refused.data.flags! & 64,
        },
        suggested: { type: suggested.type, answered: (suggested.data.choices ?? []).length > 0 },
        again: { type: again.type, refusal: again.data.content?.includes('too fast') ?? false },
        logged: a.log.lines.some((l) => l['msg'] === 'command refused: cooldown'),
      }).toEqual({
        kinds: Array(10).fill(4),
        refused: { type: 4, content: "You're going too fast: try again in 20 s.", flags: 64 },
        suggested: { type: 8, answered: true },
        again: { type: 4, refusal: false },
        logged: true,
      });
    });

    it('GIVEN Redis killed THEN both instances still answer with one warn line each; restarted THEN one info line each and buttons are shared again', async () => {
      await redis.stop();
      const whileDown = [
        await callback(a, chatInput('quote', { query: 'venezuela gold' }, { user: BOB })),
        await callback(b, chatInput('quote', { query: 'venezuela gold' }, { user: BOB })),
      ];
      await redis.start();
      await Promise.all(
        redisLogs.map((log) => untilLogged(log, (l) => l['redis'] === 'available')),
      );
      const first = await callback(a, chatInput('quote', { query: LONG_QUERY }, { user: BOB }));
      const next = first.data
        .components!.flatMap((r) => r.components)
        .find((x) => x.label.startsWith('Next'))!.custom_id!;
      const message = { embeds: first.data.embeds, components: first.data.components, flags: 0 };
      const turned = await callback(b, buttonClick(next, message, BOB));
      const count = (i: number, state: string) =>
        redisLogs[i]!.lines.filter((l) => l['redis'] === state).length;
      expect({
        whileDown: whileDown.map((c) => [c.type, (c.data.embeds ?? []).length > 0]),
        warns: [count(0, 'unavailable'), count(1, 'unavailable')],
        infos: [count(0, 'available'), count(1, 'available')],
        sharedAgain: turned.type,
      }).toEqual({
        whileDown: [
          [4, true],
          [4, true],
        ],
        warns: [1, 1],
        infos: [1, 1],
        sharedAgain: 7,
      });
    });
  },
);
