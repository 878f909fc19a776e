/**
 * POST /discord/interactions refuses what Discord did not sign, or signed too long ago, with 401
 * and a warn line (no signature or token in it); answers PING; refuses bodies that are not
 * interactions with 400. Real HTTP on 127.0.0.1, signed with a key pair made here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { loadTestCorpus } from './harness.js';
import { makeKeyPair, signedHeaders, startHttpHarness, type HttpHarness } from './http-harness.js';
import { chatInput, tokenFor } from './interactions.js';

let corpus: Corpus;
let cleanup: () => Promise<void>;
let h: HttpHarness;

beforeAll(async () => {
  ({ corpus, cleanup } = await loadTestCorpus(silentLogger()));
  h = await startHttpHarness({ corpus, commands: COMMANDS });
});
afterAll(async () => {
  await h.close();
  await cleanup();
});

const PING = JSON.stringify({
  id: '1700000000000009999',
  application_id: '1100000000000000001',
  type: 1,
  token: 'ping-token-do-not-log',
  version: 1,
});

const now = () => Math.floor(Date.now() / 1000);

/** The warn lines the endpoint wrote for refused requests, by reason. */
function refusals(): unknown[] {
  return h.log.lines
    .filter((l) => l['msg'] === 'discord interaction refused: invalid request signature')
    .map((l) => l['reason']);
}

describe('request signature', () => {
  it('GIVEN a correctly signed PING THEN PONG', async () => {
    expect(await h.post(PING)).toEqual({ status: 200, json: { type: 1 } });
  });

  it('GIVEN a signed PING with nothing but its type THEN PONG all the same', async () => {
    expect(await h.post('{"type":1}')).toEqual({ status: 200, json: { type: 1 } });
  });

  it.each([
    ['no signature headers', () => ({ 'content-type': 'application/json' }), 'missing-headers'],
    ['only the timestamp', () => ({ 'x-signature-timestamp': String(now()) }), 'missing-headers'],
    [
      'a signature that is not hex',
      () => ({ ...signedHeaders(PING, h.privateKey), 'x-signature-ed25519': 'zz'.repeat(64) }),
      'malformed-signature',
    ],
    [
      'a body changed after signing',
      () => signedHeaders(PING.replace('"type":1', '"type":1 '), h.privateKey),
      'bad-signature',
    ],
    [
      'a signature by another key',
      () => signedHeaders(PING, makeKeyPair().privateKey),
      'bad-signature',
    ],
    [
      'a timestamp six minutes old',
      () => signedHeaders(PING, h.privateKey, now() - 6 * 60),
      'stale-timestamp',
    ],
    [
      'a timestamp six minutes ahead',
      () => signedHeaders(PING, h.privateKey, now() + 6 * 60),
      'future-timestamp',
    ],
    [
      'a timestamp that is not a number',
      () => ({ ...signedHeaders(PING, h.privateKey), 'x-signature-timestamp': 'yesterday' }),
      'malformed-timestamp',
    ],
  ])('GIVEN %s THEN 401 and a warn line with the reason', async (_case, headers, reason) => {
    const before = refusals().length;
    const res = await h.post(PING, headers());
    expect(res).toEqual({ status: 401, json: { error: 'invalid request signature' } });
    expect(refusals().slice(before)).toEqual([reason]);
  });

  it('GIVEN a body signed with the timestamp of another request THEN 401 (the timestamp is signed too)', async () => {
    const headers = signedHeaders(PING, h.privateKey, now() - 10);
    const res = await h.post(PING, { ...headers, 'x-signature-timestamp': String(now()) });
    expect(res.status).toBe(401);
  });

  it('GIVEN refused requests THEN the log holds neither the signature nor the token', async () => {
    const headers = signedHeaders(PING, makeKeyPair().privateKey);
    await h.post(PING, headers);
    const log = h.log.text();
    expect(log).toContain('invalid request signature');
    expect(log).not.toContain(headers['x-signature-ed25519']);
    expect(log).not.toContain('ping-token-do-not-log');
  });
});

describe('request body', () => {
  it('GIVEN a signed body that is not JSON THEN 400 saying so', async () => {
    expect(await h.post('type=1&token=x')).toEqual({
      status: 400,
      json: { error: 'the body is not JSON' },
    });
  });

  it('GIVEN signed JSON that is not an interaction THEN 400 naming the field', async () => {
    expect(await h.post(JSON.stringify({ type: 2 }))).toEqual({
      status: 400,
      json: {
        error: 'not a Discord interaction: id: Invalid input: expected string, received undefined',
      },
    });
  });

  it('GIVEN a slash command with no user THEN 400, and no answer is attempted', async () => {
    const { member: _member, ...payload } = chatInput('help', {});
    const res = await h.post(JSON.stringify(payload));
    expect(res).toEqual({
      status: 400,
      json: { error: 'not a Discord interaction: member.user or user is missing' },
    });
    expect(h.log.text()).not.toContain(tokenFor(String(payload['id'])));
  });

  it('GIVEN an interaction type the bot does not handle (a modal) THEN 400', async () => {
    const modal = { ...chatInput('help', {}), type: 5, data: { custom_id: 'm', components: [] } };
    expect(await h.send(modal)).toEqual({
      status: 400,
      json: { error: 'interaction type 5 is not supported' },
    });
  });

  it('GIVEN a body over 256 KB THEN 413 before any work', async () => {
    const res = await h.post('x'.repeat(300 * 1024));
    expect(res).toEqual({ status: 413, json: { error: 'request body too large' } });
  });
});
