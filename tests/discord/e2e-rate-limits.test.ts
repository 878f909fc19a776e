/**
 * End to end: Discord answering 429 (with Retry-After) or 5xx, on first responses and on edits,
 * with the real discord.js Client against the fake Discord, which keeps Discord's 3 s window
 * (a first response after it gets "Unknown interaction"). What the user gets is read from the
 * requests the fake received; what the operator gets from the log.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand, makeReply, type Corpus, type Reply } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { CARD, sent } from './expected.js';
import type { RecordedRequest } from './fake-discord.js';
import { loadTestCorpus, startHarness, untilLogged, type Harness } from './harness.js';
import { chatInput } from './interactions.js';

const ANSWER: Reply = makeReply({
  title: 'Answer',
  blocks: [{ type: 'text', text: 'The words, exactly.' }],
  data: null,
});
/** What Discord receives for ANSWER. */
const ANSWER_SENT = sent({
  embeds: [{ color: CARD, title: 'Answer', description: 'The words, exactly.' }],
  flags: 0,
});
const quick = defineCommand({
  name: 'quick',
  description: 'Answers at once',
  options: [],
  input: z.object({}),
  run: () => ANSWER,
});
/** Answers after the defer threshold, so the answer goes out as an edit. */
const slow = defineCommand({
  name: 'slow',
  description: 'Answers after the deferral',
  options: [],
  input: z.object({}),
  run: () => new Promise<Reply>((resolve) => setTimeout(() => resolve(ANSWER), 200)),
});

const CALLBACK_ROUTE = '/interactions/:id/:token/callback';
/** As @discordjs/rest names it, `@` encoded. */
const EDIT_ROUTE = '/webhooks/:id/:token/messages/%40original';
const RETRYING_FIRST = 'first response refused by Discord; retrying within its 3 s window';
const MISSED = 'no answer within the 3 s window: the user sees "The application did not respond"';

let corpus: Corpus;
let cleanup: () => Promise<void>;
let h: Harness;

beforeAll(async () => {
  ({ corpus, cleanup } = await loadTestCorpus(silentLogger()));
  h = await startHarness({ corpus, commands: [quick, slow], deferAfterMs: 50 });
  h.fake.interactionWindowMs = 3000;
});
afterEach(() => h.fake.clearFaults());
afterAll(async () => {
  await h.close();
  await cleanup();
});

/** Sends the command; resolves with the interaction's id and token. */
function send(name: string): { id: string; token: string } {
  const interaction = chatInput(name, {});
  h.fake.sendInteraction(interaction);
  return { id: String(interaction['id']), token: String(interaction['token']) };
}

function requestsFor(token: string, kind: string): RecordedRequest[] {
  return h.fake.requests.filter((r) => r.kind === kind && r.path.includes(token));
}

/** The log lines about one interaction, or of one message, without pino's bookkeeping. */
function logged(msg: string, interactionId?: string): Record<string, unknown>[] {
  return h.log.lines
    .filter((l) => l['msg'] === msg && (!interactionId || l['interactionId'] === interactionId))
    .map(({ time: _t, pid: _p, hostname: _h, ...rest }) => rest);
}

const answered = (r: RecordedRequest) => r.status! < 300;

describe('a 429 on the first response', () => {
  it('GIVEN retry_after past the 3 s window THEN the bot does not wait it out: one attempt, no "Unknown interaction", an error naming the cause, and the rate limit logged with its route and wait', async () => {
    const { id, token } = send('quick');
    h.fake.failNext('interaction-callback', 1, { status: 429, retryAfterS: 5 });
    await untilLogged(h.log, (l) => l['msg'] === MISSED && l['interactionId'] === id);
    const rateLimits = logged('rate limited by Discord').filter((l) => l['waitMs'] === 5050);
    expect({
      callbacks: requestsFor(token, 'interaction-callback').map((r) => r.status),
      otherRequests: h.fake.requests.filter(
        (r) => r.path.includes(token) && r.kind !== 'interaction-callback',
      ),
      rateLimits,
      missed: logged(MISSED, id),
      failed: logged('interaction failed', id),
      late: h.fake.lateCallbacks,
    }).toEqual({
      callbacks: [429],
      otherRequests: [],
      rateLimits: [
        {
          level: 40,
          route: CALLBACK_ROUTE,
          method: 'POST',
          waitMs: 5050,
          global: false,
          scope: 'user',
          msg: 'rate limited by Discord',
        },
      ],
      missed: [
        {
          level: 50,
          interactionId: id,
          reason: 'rate-limited',
          status: 429,
          waitMs: 5050,
          attempts: 1,
          msg: MISSED,
        },
      ],
      failed: [],
      late: [],
    });
  });

  it('GIVEN a short retry_after THEN the bot waits it out within the window and the user gets the answer', async () => {
    const { id, token } = send('quick');
    h.fake.failNext('interaction-callback', 1, { status: 429, retryAfterS: 0.3 });
    await h.fake.waitForAnswered(
      (r) => r.kind === 'interaction-callback' && r.path.includes(token) && answered(r),
    );
    const callbacks = requestsFor(token, 'interaction-callback');
    expect({
      statuses: callbacks.map((r) => r.status),
      userGot: callbacks.at(-1)?.body,
      retried: logged(RETRYING_FIRST, id).map((l) => [l['status'], l['retryInMs']]),
      rateLimit: logged('rate limited by Discord').some(
        (l) => l['route'] === CALLBACK_ROUTE && l['waitMs'] === 350 && l['level'] === 40,
      ),
      late: h.fake.lateCallbacks,
    }).toEqual({
      statuses: [429, 204],
      userGot: { type: 4, data: ANSWER_SENT },
      retried: [[429, 350]],
      rateLimit: true,
      late: [],
    });
  });
});

describe('a 5xx on the first response', () => {
  it('GIVEN two 503s THEN the bot backs off (growing, jittered pauses, each really waited) and the third attempt answers', async () => {
    const { id, token } = send('quick');
    h.fake.failNext('interaction-callback', 2, { status: 503 });
    await h.fake.waitForAnswered(
      (r) => r.kind === 'interaction-callback' && r.path.includes(token) && answered(r),
    );
    const callbacks = requestsFor(token, 'interaction-callback');
    const pauses = logged(RETRYING_FIRST, id).map((l) => Number(l['retryInMs']));
    // The gaps the fake saw are at least the pauses the bot logged (a lower bound: a slow
    // machine only widens them); the complaint was three attempts in 35 ms.
    const gaps = callbacks.slice(1).map((r, i) => r.at - callbacks[i]!.at);
    expect(pauses[0]).toBeGreaterThanOrEqual(100);
    expect(pauses[0]).toBeLessThanOrEqual(200);
    expect(pauses[1]).toBeGreaterThanOrEqual(200);
    expect(pauses[1]).toBeLessThanOrEqual(400);
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(pauses[i]! - 5));
    expect({
      statuses: callbacks.map((r) => r.status),
      userGot: callbacks.at(-1)?.body,
      late: h.fake.lateCallbacks,
    }).toEqual({
      statuses: [503, 503, 204],
      userGot: { type: 4, data: ANSWER_SENT },
      late: [],
    });
  });

  it('GIVEN a hard 503 THEN the bot keeps retrying with backoff only while a retry fits the window, then gives up and says so', async () => {
    const { id, token } = send('quick');
    h.fake.failNext('interaction-callback', 100, { status: 503 });
    const missed = await untilLogged(
      h.log,
      (l) => l['msg'] === MISSED && l['interactionId'] === id,
    );
    const callbacks = requestsFor(token, 'interaction-callback');
    const pauses = logged(RETRYING_FIRST, id).map((l) => Number(l['retryInMs']));
    // how many attempts fit the window depends on the jittered pauses: at least two, all logged
    expect(callbacks.length).toBeGreaterThanOrEqual(2);
    expect(pauses.length).toBe(callbacks.length - 1);
    pauses.slice(1).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(pauses[i]! / 2));
    expect({
      statuses: [...new Set(callbacks.map((r) => r.status))],
      attempts: missed['attempts'],
      reason: [missed['reason'], missed['status']],
      failed: logged('interaction failed', id),
      late: h.fake.lateCallbacks,
    }).toEqual({
      statuses: [503],
      attempts: callbacks.length,
      reason: ['server-error', 503],
      failed: [],
      late: [],
    });
  });
});

describe('faults on the edit that carries a deferred answer', () => {
  it('GIVEN a 429 on the edit THEN it is logged with its route and wait, waited out, and the user gets the answer', async () => {
    const { token } = send('slow');
    h.fake.failNext('edit-original', 1, { status: 429, retryAfterS: 0.2 });
    await h.fake.waitForAnswered(
      (r) => r.kind === 'edit-original' && r.path.includes(token) && answered(r),
    );
    const edits = requestsFor(token, 'edit-original');
    expect({
      deferral: requestsFor(token, 'interaction-callback').map((r) => [r.status, r.body]),
      edits: edits.map((r) => r.status),
      userGot: edits.at(-1)?.body,
      rateLimit: logged('rate limited by Discord').filter((l) => l['route'] === EDIT_ROUTE),
    }).toEqual({
      deferral: [[204, { type: 5, data: { flags: 0 } }]],
      edits: [429, 200],
      userGot: ANSWER_SENT,
      rateLimit: [
        {
          level: 40,
          route: EDIT_ROUTE,
          method: 'PATCH',
          waitMs: 250,
          global: false,
          scope: 'user',
          msg: 'rate limited by Discord',
        },
      ],
    });
  });

  it('GIVEN two 503s on the edit THEN the bot backs off with growing pauses and the third attempt delivers the answer', async () => {
    const { token } = send('slow');
    h.fake.failNext('edit-original', 2, { status: 503 });
    await h.fake.waitForAnswered(
      (r) => r.kind === 'edit-original' && r.path.includes(token) && answered(r),
    );
    const edits = requestsFor(token, 'edit-original');
    const retries = logged('Discord server error; retrying after a pause').slice(-2);
    const pauses = retries.map((l) => Number(l['retryInMs']));
    const gaps = edits.slice(1).map((r, i) => r.at - edits[i]!.at);
    // jittered pauses within their backoff step, each really waited
    expect(pauses[0]).toBeGreaterThanOrEqual(250);
    expect(pauses[0]).toBeLessThanOrEqual(500);
    expect(pauses[1]).toBeGreaterThanOrEqual(500);
    expect(pauses[1]).toBeLessThanOrEqual(1000);
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(pauses[i]! - 5));
    expect({
      edits: edits.map((r) => r.status),
      userGot: edits.at(-1)?.body,
      logged: retries.map((l) => [l['level'], l['route'], l['method'], l['status'], l['attempt']]),
    }).toEqual({
      edits: [503, 503, 200],
      userGot: ANSWER_SENT,
      logged: [
        [40, EDIT_ROUTE, 'PATCH', 503, 1],
        [40, EDIT_ROUTE, 'PATCH', 503, 2],
      ],
    });
  });
});

describe('the log', () => {
  it('GIVEN every fault above THEN no interaction token reached it', () => {
    const tokens = h.fake.requests
      .filter((r) => r.kind === 'interaction-callback')
      .map((r) => r.path.split('/')[5] ?? '');
    expect(tokens.length).toBeGreaterThan(0);
    expect({
      notTokens: tokens.filter((t) => !t.startsWith('itoken-')),
      inLog: tokens.filter((t) => h.log.text().includes(t)),
    }).toEqual({ notTokens: [], inLog: [] });
  });
});
