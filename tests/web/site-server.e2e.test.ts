/**
 * The one HTTP server over real HTTP on 127.0.0.1: the site answers, a path a platform claims goes
 * to that platform's listener, a port in use is one sentence naming PORT (exit code 2 from
 * runPlatforms), and `npm start`'s console mode serves the site and closes it at the end of its
 * piped input.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { COMMANDS, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { runPlatforms } from '../../src/run-platforms.js';
import { startSiteServer, type SiteServer } from '../../src/adapters/web/index.js';
import { seedCorpus } from '../helpers/seed-corpus.js';
import { GOLD_ID, siteFor } from './site-fixture.js';

let corpus: Corpus;
let server: SiteServer;
let blocker: Server;
let busyPort: number;

beforeAll(async () => {
  corpus = await seedCorpus();
  server = await startSiteServer({ app: siteFor(corpus), port: 0, host: '127.0.0.1' });
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  busyPort = (blocker.address() as AddressInfo).port;
});

afterAll(async () => {
  await server?.close(Date.now() + 2000);
  await new Promise((resolve) => blocker?.close(resolve));
});

const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;

describe('the one HTTP server', () => {
  it('GIVEN a quote page and the health check over HTTP THEN both answer', async () => {
    const page = await fetch(url(`/q/${GOLD_ID}`));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('worth of gold back to Venezuela');
    const health = await fetch(url('/healthz'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ready', platforms: {} });
  });

  it("GIVEN a platform claims a path THEN that path's requests go to it, others still to the site, and released the path is the site's again", async () => {
    server.route('/slack/events', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('slack listener');
    });
    const claimed = await fetch(url('/slack/events?x=1'), { method: 'POST', body: 'a=b' });
    expect(await claimed.text()).toBe('slack listener');
    expect((await fetch(url('/'))).status).toBe(200);
    server.route('/slack/events', null);
    expect((await fetch(url('/slack/events'), { method: 'POST' })).status).toBe(404);
  });

  it('GIVEN PORT is in use THEN starting fails with one sentence naming PORT', async () => {
    await expect(
      startSiteServer({ app: siteFor(corpus), port: busyPort, host: '127.0.0.1' }),
    ).rejects.toThrow(
      `Could not listen on PORT ${busyPort}: the port is in use on 127.0.0.1. Stop what uses it or set PORT to a free port.`,
    );
  });

  it('GIVEN PORT is in use WHEN the platforms start THEN the exit code is 2 and the person is told, no stack trace', async () => {
    const told: string[] = [];
    const config: Config = {
      corpusDir: 'seeds',
      cacheDir: 'unused',
      logLevel: 'silent',
      logLevelExplicit: true,
      ingestAllowPrivate: false,
      shutdownTimeoutMs: 2000,
      discord: null,
      slack: null,
      web: { port: busyPort, host: '127.0.0.1', publicUrl: null },
      redisUrl: null,
      cooldown: { commands: 0, seconds: 30 },
    };
    const code = await runPlatforms({
      config,
      corpus,
      commands: COMMANDS,
      logger: silentLogger(),
      untilStopRequested: () => new Promise(() => {}),
      tell: (line) => void told.push(line),
    });
    expect(code).toBe(2);
    expect(told).toEqual([
      `Could not listen on PORT ${busyPort}: the port is in use on 127.0.0.1. Stop what uses it or set PORT to a free port.`,
    ]);
  });
});

describe('npm start without tokens', () => {
  it('GIVEN piped console input THEN the site answers while the console runs, each line is answered, and the process exits 0 at the end of input', async () => {
    // What `npm start` runs: build dist/ when stale, then node dist/main.js.
    const build = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      LOG_LEVEL: 'info',
      CACHE_DIR: '.cache',
    };
    const child = spawn(process.execPath, ['dist/main.js'], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const address = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /web site at (http:\/\/localhost:\d+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.once('exit', () => reject(new Error(`exited before serving: ${stderr}`)));
    });
    const page = await fetch(`${address}/?q=coup`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('This is nothing short of an attempted <mark>coup</mark>.');

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin.end('/quote coup\n');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Quotes for “coup”');
    expect(stderr).not.toMatch(/\n\s+at /);
    await expect(fetch(`${address}/`)).rejects.toThrow();
  }, 180_000);
});
