/**
 * `npm run add` on URLs, against a node:http server on 127.0.0.1: the page is fetched and added
 * like a saved one, a second add is skipped, and the limits hold (loopback refused without
 * INGEST_ALLOW_PRIVATE, at most five redirects, 5 MB, the content types, the deadline).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdd } from '../../src/ingest/add-cli.js';
import { cleanUp, filesIn, fixture, tempCorpus } from './helpers.js';

let server: Server;
let base: string;
const requests: string[] = [];
const SIX_MB = 6 * 1024 * 1024;

beforeAll(async () => {
  const article = await readFile(fixture('article-jsonld.html'));
  const opinion = await readFile(fixture('article-opengraph.html'));
  const vtt = await readFile(fixture('town-hall.vtt'));
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const hops = /^\/hops\/(\d+)$/.exec(url);
    if (url === '/news/depot') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
    } else if (hops) {
      const left = Number(hops[1]);
      if (left === 0) res.writeHead(200, { 'content-type': 'text/html' }).end(opinion);
      else res.writeHead(302, { location: `/hops/${left - 1}` }).end();
    } else if (url === '/town-hall.vtt') {
      res.writeHead(200, { 'content-type': 'text/vtt' }).end(vtt);
    } else if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': SIX_MB });
      res.end(Buffer.alloc(SIX_MB, 'a'));
    } else if (url === '/big-unannounced') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      for (let i = 0; i < 6; i++) res.write(chunk);
      res.end();
    } else if (url === '/photo') {
      res
        .writeHead(200, { 'content-type': 'image/png' })
        .end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (url === '/silent') {
      // headers and no body: the client must give up at its deadline
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** `npm run add -- <args> --json` into `corpusDir`; the exit code and the one JSON object. */
async function add(corpusDir: string, args: string[], env: Record<string, string> = {}) {
  let out = '';
  const code = await runAdd([...args, '--json'], {
    env: { CORPUS_DIR: corpusDir, INGEST_ALLOW_PRIVATE: '1', ...env },
    write: (t) => (out += t),
    writeError: (t) => (out += t),
    fetchLimits: { timeoutMs: 2000 },
  });
  return { code, json: JSON.parse(out) as Record<string, unknown> };
}

describe('adding a URL', () => {
  it('GIVEN INGEST_ALLOW_PRIVATE=1 and an article URL THEN the page is added like a saved one, and --json says what was added', async () => {
    const dir = await tempCorpus();
    try {
      const { code, json } = await add(dir, [`${base}/news/depot`]);
      expect(code).toBe(0);
      expect(json).toEqual({
        added: [
          {
            id: 'council-approves-bus-depot-on-gasworks-site',
            file: 'council-approves-bus-depot-on-gasworks-site.md',
            title: 'Council approves bus depot on gasworks site',
            publisher: 'Riverside Chronicle',
            author: 'Sinéad Walsh',
            published: '2024-03-05',
            url: 'https://riverside-chronicle.example/news/2024/03/05/bus-depot-approved',
            kind: 'article',
          },
        ],
        skipped: [],
      });
      const saved = await readFile(`${dir}/council-approves-bus-depot-on-gasworks-site.md`, 'utf8');
      expect(saved).toContain('\n---\nRiverside Borough Council has approved a new bus depot');

      const again = await add(dir, [`${base}/news/depot`]);
      expect(again).toEqual({
        code: 0,
        json: {
          added: [],
          skipped: [
            {
              input: `${base}/news/depot`,
              reason:
                'already in the corpus as council-approves-bus-depot-on-gasworks-site.md (the same address)',
            },
          ],
        },
      });
      expect(await filesIn(dir)).toEqual([
        'corpus.yaml',
        'council-approves-bus-depot-on-gasworks-site.md',
      ]);
    } finally {
      await cleanUp(dir);
    }
  });

  it('GIVEN a subtitle URL THEN its document links to where it was fetched from, so a quote can link to its moment', async () => {
    const dir = await tempCorpus();
    try {
      const { code, json } = await add(dir, [`${base}/town-hall.vtt`]);
      expect(code).toBe(0);
      expect(json.added).toEqual([
        expect.objectContaining({
          id: 'town-hall',
          url: `${base}/town-hall.vtt`,
          kind: 'transcript',
        }),
      ]);
    } finally {
      await cleanUp(dir);
    }
  });

  it('GIVEN five redirects THEN they are followed; GIVEN six THEN the URL is refused', async () => {
    const dir = await tempCorpus();
    try {
      const five = await add(dir, [`${base}/hops/5`]);
      expect([five.code, (five.json.added as { id: string }[]).map((a) => a.id)]).toEqual([
        0,
        ['why-the-night-buses-matter'],
      ]);
      const six = await add(dir, [`${base}/hops/6`]);
      expect(six).toEqual({
        code: 2,
        json: {
          added: [],
          skipped: [
            { input: `${base}/hops/6`, reason: 'more than 5 redirects; not followed further' },
          ],
        },
      });
    } finally {
      await cleanUp(dir);
    }
  });

  it.each([
    ['/big', 'larger than 5 MB; not read'],
    ['/big-unannounced', 'larger than 5 MB; not read'],
    [
      '/photo',
      'content type "image/png" is not one that can be added (text/html, application/xhtml+xml, application/pdf, text/plain, text/vtt, application/x-subrip)',
    ],
    ['/missing', 'the server answered 404 Not Found'],
  ])(
    'GIVEN %s THEN it is skipped with the reason "%s", nothing is written and the exit code is 2',
    async (route, reason) => {
      const dir = await tempCorpus();
      try {
        expect(await add(dir, [`${base}${route}`])).toEqual({
          code: 2,
          json: { added: [], skipped: [{ input: `${base}${route}`, reason }] },
        });
        expect(await filesIn(dir)).toEqual(['corpus.yaml']);
      } finally {
        await cleanUp(dir);
      }
    },
  );

  it('GIVEN a server that never finishes its answer THEN the fetch gives up at its deadline with a reason', async () => {
    const dir = await tempCorpus();
    try {
      const { code, json } = await add(dir, [`${base}/silent`]);
      expect(code).toBe(2);
      expect(json.skipped).toEqual([
        { input: `${base}/silent`, reason: `no complete answer from ${base.slice(7)} within 2 s` },
      ]);
    } finally {
      await cleanUp(dir);
    }
  });
});

describe('private addresses', () => {
  it('GIVEN no INGEST_ALLOW_PRIVATE THEN a loopback URL is refused with the reason and the way out, and no request is made', async () => {
    const dir = await tempCorpus();
    try {
      const before = requests.length;
      const { code, json } = await add(dir, [`${base}/news/depot`], { INGEST_ALLOW_PRIVATE: '' });
      expect(code).toBe(2);
      expect(json.skipped).toEqual([
        {
          input: `${base}/news/depot`,
          reason:
            '127.0.0.1 is a loopback address: refused; set INGEST_ALLOW_PRIVATE=1 to allow it (for tests)',
        },
      ]);
      expect(requests.length).toBe(before);
    } finally {
      await cleanUp(dir);
    }
  });

  it('GIVEN a host name that resolves to loopback THEN it is refused after DNS resolution, before connecting', async () => {
    const dir = await tempCorpus();
    try {
      const before = requests.length;
      const port = base.split(':')[2];
      const { code, json } = await add(dir, [`http://localhost:${port}/news/depot`], {
        INGEST_ALLOW_PRIVATE: '0',
      });
      expect(code).toBe(2);
      expect(json.skipped).toEqual([
        {
          input: `http://localhost:${port}/news/depot`,
          reason: expect.stringMatching(
            /^localhost resolves to (127\.0\.0\.1|::1), a loopback address: refused; set INGEST_ALLOW_PRIVATE=1 to allow it \(for tests\)$/,
          ),
        },
      ]);
      expect(requests.length).toBe(before);
    } finally {
      await cleanUp(dir);
    }
  });
});
