/**
 * Discord in HTTP mode under test: the real sub-app served by @hono/node-server on 127.0.0.1, a
 * key pair made here (Discord's role: it signs each request), and the fake Discord for the REST
 * side (webhook edits and follow-ups).
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { startDiscordHttp } from '../../src/adapters/discord/index.js';
import type { AnyCommand, Corpus } from '../../src/core/index.js';
import type { RunningPlatform } from '../../src/platform.js';
import { FAKE_APP_ID, FAKE_TOKEN, FakeDiscord } from './fake-discord.js';
import { captureLogger } from './harness.js';

/** A fresh Ed25519 key pair and the public key as the Developer Portal shows it (hex). */
export function makeKeyPair(): { privateKey: KeyObject; publicKeyHex: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The SPKI DER of an Ed25519 key is a 12-byte header and the 32 raw key bytes.
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicKeyHex: der.subarray(12).toString('hex') };
}

/** Discord's signature headers for `body` sent at `timestamp` (Unix seconds). */
export function signedHeaders(
  body: string,
  privateKey: KeyObject,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = sign(null, Buffer.from(`${timestamp}${body}`), privateKey);
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signature.toString('hex'),
    'x-signature-timestamp': String(timestamp),
  };
}

export interface HttpHarness {
  fake: FakeDiscord;
  platform: RunningPlatform;
  log: ReturnType<typeof captureLogger>;
  privateKey: KeyObject;
  url: string;
  /** POSTs `body` with the given headers (signed with the harness's key by default). */
  post: (
    body: string,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; json: unknown }>;
  /** POSTs an interaction payload, correctly signed. */
  send: (interaction: Record<string, unknown>) => Promise<{ status: number; json: unknown }>;
  close: () => Promise<void>;
}

export async function startHttpHarness(options: {
  corpus: Corpus;
  commands: readonly AnyCommand[];
  deferAfterMs?: number;
}): Promise<HttpHarness> {
  const fake = await FakeDiscord.start();
  const log = captureLogger();
  const { privateKey, publicKeyHex } = makeKeyPair();
  const platform = startDiscordHttp(
    {
      config: {
        token: FAKE_TOKEN,
        applicationId: FAKE_APP_ID,
        guildId: null,
        apiUrl: fake.apiUrl,
        mode: 'http',
        publicKey: publicKeyHex,
      },
      corpus: options.corpus,
      commands: options.commands,
      logger: log.logger,
      now: () => new Date('2024-05-01T12:00:00Z'),
    },
    options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {},
  );
  const routes = platform.routes!;
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: routes.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discord/interactions`;
  const post = async (body: string, headers = signedHeaders(body, privateKey)) => {
    const res = await fetch(url, { method: 'POST', headers, body });
    const text = await res.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      // Left as text: the test says what it expects.
    }
    return { status: res.status, json };
  };
  return {
    fake,
    platform,
    log,
    privateKey,
    url,
    post,
    send: (interaction) => post(JSON.stringify(interaction)),
    close: async () => {
      await platform.stop(5000);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
    },
  };
}
