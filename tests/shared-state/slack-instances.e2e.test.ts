/**
 * Two Slack instances (the real Bolt App in HTTP mode, as behind a load balancer) sharing one real
 * redis-server: a retried slash command that reaches the other instance is answered once; the
 * cooldown counts across both; with Redis killed both still answer, and it comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CooldownGate, redisState, type SharedState } from '../../src/shared-state/index.js';
import { startSlack, type RunningSlack } from '../../src/adapters/slack/index.js';
import { COMMANDS, loadCorpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { captureLogger, untilLogged } from '../discord/harness.js';
import { FakeSlack } from '../slack/fakes/fake-slack.js';
import { sendSigned, slashCommandBody } from '../slack/fakes/slack-signing.js';
import { SIGNING_SECRET, slackConfig } from '../slack/helpers.js';
import { REDIS_MISSING, RedisServer } from './redis-server.js';

const FORM = 'application/x-www-form-urlencoded' as const;
const WINDOW_MS = 30_000;

describe.skipIf(REDIS_MISSING !== null)(
  `two Slack instances sharing Redis ${REDIS_MISSING ?? ''}`,
  () => {
    let redis: RedisServer;
    let fake: FakeSlack;
    const states: SharedState[] = [];
    const logs = [captureLogger(), captureLogger()];
    const apps: RunningSlack[] = [];
    /** The cooldown's fake clock: 10 s into a 30 s window. */
    let now = 1_700_000_020_000;
    let sequence = 0;

    beforeAll(async () => {
      redis = await RedisServer.start();
      fake = new FakeSlack();
      await fake.start();
      const corpus = await loadCorpus('seeds', { logger: silentLogger() });
      for (const log of logs) {
        const shared = await redisState(redis.url, log.logger);
        states.push(shared);
        const cooldown = new CooldownGate(
          shared.counters,
          { commands: 10, windowMs: WINDOW_MS },
          { now: () => now },
        );
        apps.push(
          await startSlack({
            config: slackConfig({ apiUrl: fake.apiUrl }),
            corpus,
            commands: COMMANDS,
            logger: log.logger,
            shared,
            cooldown,
          }),
        );
      }
    });
    afterAll(async () => {
      for (const app of apps) await app.stop(5000);
      for (const s of states) await s.close();
      await fake?.close();
      await redis?.stop();
    });

    /** A slash command body; the same body sent twice is one delivery (same trigger_id). */
    function command(text: string, user: string, command = '/quote') {
      const id = `r${++sequence}`;
      const body = slashCommandBody({
        command,
        text,
        user,
        responseUrl: fake.responseUrl(id),
        triggerId: `${sequence}.2222.trigger`,
      });
      return { id, body };
    }

    async function answered(app: RunningSlack, text: string, user: string, name = '/quote') {
      const { id, body } = command(text, user, name);
      await sendSigned(app.port!, body, FORM, { secret: SIGNING_SECRET });
      return (await fake.waitFor('response', (r) => r.id === id)).body;
    }

    /** Sends a delivery to A, its retry to B, then a marker to B: the retry was handled before it. */
    async function retryOnTheOther(user: string): Promise<number> {
      const { id, body } = command('venezuela gold', user);
      await sendSigned(apps[0]!.port!, body, FORM, { secret: SIGNING_SECRET });
      await fake.waitFor('response', (r) => r.id === id);
      const retry = await sendSigned(apps[1]!.port!, body, FORM, {
        secret: SIGNING_SECRET,
        retryNum: 1,
      });
      expect(retry.status).toBe(200);
      await answered(apps[1]!, 'coup', user);
      return fake.responses.filter((r) => r.id === id).length;
    }

    it('GIVEN a slash command answered by A WHEN Slack retries it on B THEN it is answered once and B logs the skip', async () => {
      const posts = await retryOnTheOther('U0RETRY');
      expect({
        posts,
        skipped: logs[1]!.lines.some((l) => l['msg'] === 'repeated delivery skipped'),
      }).toEqual({ posts: 1, skipped: true });
    });

    it('GIVEN 10 commands of one user across both instances THEN the 11th is refused privately with the wait and not run; after the window it runs', async () => {
      const answers = [];
      for (let i = 0; i < 10; i++)
        answers.push(await answered(apps[i % 2]!, '', 'U0FAST', '/help'));
      const refused = await answered(apps[1]!, 'venezuela', 'U0FAST');
      now += WINDOW_MS;
      const again = await answered(apps[0]!, '', 'U0FAST', '/help');
      expect({
        answered: answers.every((a) => !String(a['text']).includes('too fast')),
        refused: { type: refused['response_type'], text: refused['text'] },
        again: String(again['text']).includes('too fast'),
      }).toEqual({
        answered: true,
        refused: { type: 'ephemeral', text: "You're going too fast: try again in 20 s." },
        again: false,
      });
    });

    it('GIVEN Redis killed THEN both instances still answer with one warn line each; restarted THEN one info line each and retries are deduplicated across instances again', async () => {
      await redis.stop();
      const whileDown = [
        await answered(apps[0]!, 'venezuela gold', 'U0DOWN'),
        await answered(apps[1]!, 'venezuela gold', 'U0DOWN'),
      ];
      await redis.start();
      await Promise.all(logs.map((log) => untilLogged(log, (l) => l['redis'] === 'available')));
      const posts = await retryOnTheOther('U0BACK');
      const count = (i: number, state: string) =>
        logs[i]!.lines.filter((l) => l['redis'] === state).length;
      expect({
        whileDown: whileDown.map((a) => String(a['text']).startsWith('Quotes for')),
        warns: [count(0, 'unavailable'), count(1, 'unavailable')],
        infos: [count(0, 'available'), count(1, 'available')],
        posts,
      }).toEqual({
        whileDown: [true, true],
        warns: [1, 1],
        infos: [1, 1],
        posts: 1,
      });
    });
  },
);
