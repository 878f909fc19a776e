/**
 * The page groups over real HTTP on 127.0.0.1: what each page says and its status, bad input
 * answered with the core's message (400), unknown ids (404), and corpus text always escaped.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCorpus } from '../helpers/seed-corpus.js';
import { pagesApp, serveOnLoopback, type RunningServer } from './page-server.js';
import { hostileCorpus, HOSTILE_SENTENCE } from './hostile-corpus.js';

let seeds: RunningServer;
let paged: RunningServer;
let hostile: RunningServer;
let hostileFixture: Awaited<ReturnType<typeof hostileCorpus>> | undefined;

beforeAll(async () => {
  const corpus = await seedCorpus();
  seeds = await serveOnLoopback(pagesApp(corpus));
  paged = await serveOnLoopback(pagesApp(corpus, { timelinePageSize: 20 }));
  hostileFixture = await hostileCorpus();
  hostile = await serveOnLoopback(pagesApp(hostileFixture.corpus));
});
afterAll(async () => {
  await Promise.all([seeds?.close(), paged?.close(), hostile?.close()]);
  if (hostileFixture) await rm(hostileFixture.dir, { recursive: true, force: true });
});

async function get(server: RunningServer, path: string) {
  const res = await fetch(server.url + path);
  return { status: res.status, text: (await res.text()).replace(/\s+/g, ' ') };
}

async function postVerify(fields: Record<string, string>) {
  const res = await fetch(`${seeds.url}/verify`, {
    method: 'POST',
    body: new URLSearchParams(fields),
  });
  return { status: res.status, text: (await res.text()).replace(/\s+/g, ' ') };
}

const count = (text: string, needle: RegExp) => (text.match(needle) ?? []).length;
const svgOf = (text: string) => text.slice(text.indexOf('<svg'), text.indexOf('</svg>'));
const listOf = (text: string) =>
  text.slice(text.indexOf('<ol class="timeline-list"'), text.indexOf('</ol>'));

describe('GET /timeline', () => {
  it('GIVEN the seeds THEN 43 linked marks in the SVG and the same 43 events in the list', async () => {
    const { status, text } = await get(seeds, '/timeline');
    expect(status).toBe(200);
    expect(text).toContain('43 events, oldest first.');
    expect(count(svgOf(text), /<a href="\/q\/q[a-z0-9]+" class="timeline-event">/g)).toBe(43);
    expect(count(listOf(text), /<li class="timeline-item">/g)).toBe(43);
    expect(text).toContain(
      '<strong class="timeline-date">c. 1984</strong> <span class="timeline-note">(inferred, approximate)</span>',
    );
  });

  it('GIVEN a topic THEN only its events, and the filter kept in the form', async () => {
    const { status, text } = await get(seeds, '/timeline?topic=suspended');
    expect(status).toBe(200);
    expect(text).toContain('<h1>Timeline: “suspended”</h1>');
    expect(text).toContain('value="suspended"');
    const n = count(svgOf(text), /class="timeline-event"/g);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(43);
    expect(count(listOf(text), /<li class="timeline-item">/g)).toBe(n);
  });

  it('GIVEN more events than a page THEN "showing N of M" and links to the other pages', async () => {
    const first = await get(paged, '/timeline');
    expect(first.text).toContain('Showing events 1–20 of 43, oldest first.');
    expect(count(svgOf(first.text), /class="timeline-event"/g)).toBe(20);
    expect(first.text).toContain('<a href="/timeline?page=2" rel="next">Next page</a>');
    const last = await get(paged, '/timeline?page=3');
    expect(last.text).toContain('Showing events 41–43 of 43, oldest first.');
    expect(last.text).toContain('<ol class="timeline-list" start="41">');
    expect(last.text).toContain('<a href="/timeline?page=2" rel="prev">Previous page</a>');
  });

  it.each([
    ['from=xx', 'from: &quot;xx&quot; is not a date: use 2019, 2019-11 or 2019-11-06'],
    ['from=2020&to=2019', 'from (2020) is after to (2019).'],
    ['limit=0', 'limit: must be at least 1'],
    ['speaker=Nobody%20Atall', 'Nobody Atall'],
    ['page=two', 'page: must be a whole number from 1 to 10000'],
  ])('GIVEN %s THEN status 400 with the message on the page', async (query, message) => {
    const { status, text } = await get(seeds, `/timeline?${query}`);
    expect(status).toBe(400);
    expect(text).toContain('<p role="alert">');
    expect(text).toContain(message);
    expect(text).not.toContain('Usage: /timeline');
  });

  it('GIVEN a topic with no events THEN the core’s "no events" words, status 200', async () => {
    const { status, text } = await get(seeds, '/timeline?topic=zebrafish');
    expect(status).toBe(200);
    expect(text).toContain('<h1>No events</h1>');
    expect(text).toContain('No dated events about “zebrafish”.');
  });
});

describe('GET and POST /verify', () => {
  it('GIVEN GET THEN a labelled form posting to /verify', async () => {
    const { status, text } = await get(seeds, '/verify');
    expect(status).toBe(200);
    expect(text).toContain('<form class="verify-form" method="post" action="/verify">');
    expect(text).toContain('<label for="verify-text">The quote to check</label>');
    expect(text).toContain('<label for="verify-speaker">Said by (optional)</label>');
  });

  it('GIVEN an exact seed sentence THEN verbatim, with the source linked', async () => {
    const { status, text } = await postVerify({
      text: 'Guaido was never elected to lead anything',
    });
    expect(status).toBe(200);
    expect(text).toContain('<h2 id="verdict-title">Verbatim: the words are in the corpus</h2>');
    expect(text).toContain('<a href="/q/qfm9sp5pe">Open the quote</a>');
    expect(text).toContain('<a href="/sources/facebook-page">Chris Williamson</a>');
    expect(text).not.toContain('<del>');
  });

  it('GIVEN a negation flipped THEN altered, the word diff and the flag', async () => {
    const { status, text } = await postVerify({
      text: 'Guaido was always elected to lead anything',
      speaker: 'Chris Williamson',
    });
    expect(status).toBe(200);
    expect(text).toContain('Altered: close to the source, but the words differ');
    expect(text).toContain(
      'Guaido was <del>never</del> <ins>always</ins> elected to lead anything',
    );
    expect(text).toContain('a negation was removed');
    expect(text).toContain('value="Chris Williamson"');
  });

  it('GIVEN sentences from two documents THEN spliced, each part with its source', async () => {
    const { status, text } = await postVerify({
      text: 'The British public are tired of war and foreign meddling. Our only hope is to build an alternative to the Labour Party.',
      speaker: 'Chris Williamson',
    });
    expect(status).toBe(200);
    expect(text).toContain('Spliced: joined from 2 places');
    expect(count(text, /<li class="verify-match">/g)).toBe(2);
    expect(text).toContain(
      '<p>Part 1: “The British public are tired of war and foreign meddling”</p>',
    );
    expect(text).toContain('<a href="/sources/facebook-page">');
    expect(text).toContain('<a href="/sources/hard-labour-interview">');
  });

  it('GIVEN other words for his verdict THEN paraphrase, the closest passages and no word diff', async () => {
    const { status, text } = await postVerify({
      text: 'Starmer is the worst leader Labour has ever had',
      speaker: 'Chris Williamson',
    });
    expect(status).toBe(200);
    expect(text).toContain('Paraphrase: the exact words were not found');
    expect(count(text, /<li class="verify-match">/g)).toBeGreaterThan(0);
    expect(text).not.toContain('<del>');
  });

  it.each([
    ['missing text', {}, 'text: paste the quote to check'],
    ['empty text', { text: '   ' }, 'text: paste the quote to check'],
    [
      'over-long text',
      { text: 'word '.repeat(201) },
      'text: must be at most 1000 characters: paste one quote, not a whole text',
    ],
    [
      'an unknown speaker',
      { text: 'Guaido was never elected', speaker: 'Nobody Atall' },
      'Nobody Atall',
    ],
  ])('GIVEN %s THEN status 400 with the core’s message', async (_, fields, message) => {
    const { status, text } = await postVerify(fields);
    expect(status).toBe(400);
    expect(text).toContain(message);
    expect(text).toContain('<form class="verify-form"');
  });

  it('GIVEN a body far over any quote THEN 413 and a clear message, not read', async () => {
    const res = await fetch(`${seeds.url}/verify`, {
      method: 'POST',
      body: new URLSearchParams({ text: 'x'.repeat(200_000) }),
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('That is far too much text to check');
  });
});

describe('GET /sources and /sources/:id', () => {
  it('GIVEN the seeds THEN every document with its details and a link', async () => {
    const { status, text } = await get(seeds, '/sources');
    expect(status).toBe(200);
    expect(count(text, /<li class="source-item">/g)).toBe(5);
    expect(text).toContain('<h2><a href="/sources/facebook-page">Chris Williamson</a></h2>');
    expect(text).toContain(
      'webtoady.com (mirror of his Facebook page) · c. Feb 2019 · social · 22 passages',
    );
    expect(text).toContain(
      'Speakers: Chris Williamson: own words; a UN rapporteur: quoted in the source',
    );
  });

  it('GIVEN a source id THEN its citation, speakers, original link and passages linked to quotes', async () => {
    const { status, text } = await get(seeds, '/sources/facebook-page');
    expect(status).toBe(200);
    expect(text).toContain(
      '<a href="https://webtoady.com/business/east-midlands/chris-williamson" rel="noopener noreferrer nofollow">',
    );
    expect(text).toContain('<li>Chris Williamson: own words, 21 passages</li>');
    expect(count(text, /<a href="\/q\/q[a-z0-9]+">Quote q[a-z0-9]+<\/a>/g)).toBe(22);
  });

  it('GIVEN an unknown id THEN a 404 page that says so', async () => {
    const { status, text } = await get(seeds, '/sources/%3Cb%3Enope');
    expect(status).toBe(404);
    expect(text).toContain('There is no source with the id “&lt;b&gt;nope” in this corpus');
  });

  it('GIVEN a bad page number THEN 400', async () => {
    const { status, text } = await get(seeds, '/sources/facebook-page?page=0');
    expect(status).toBe(400);
    expect(text).toContain('page: must be a whole number from 1 to 10000');
  });
});

describe('hostile input in the address', () => {
  it.each([
    ['topic', '/timeline?topic=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 200],
    ['from', '/timeline?from=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E', 400],
    ['speaker', '/timeline?speaker=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 400],
  ])(
    'GIVEN markup in %s THEN it comes back escaped, in the form and the message',
    async (_, path, expected) => {
      const { status, text } = await get(seeds, path);
      expect(status).toBe(expected);
      expect(text).not.toMatch(/<script>alert|<img src=x/);
      expect(text).toMatch(/value="(&quot;&gt;)?&lt;(script|img)/);
    },
  );
});

describe('a hostile corpus', () => {
  it.each(['/timeline', '/sources', '/sources/hostile'])(
    'GIVEN %s THEN markup shows as text, no javascript: link',
    async (path) => {
      const { status, text } = await get(hostile, path);
      expect(status).toBe(200);
      expect(text).not.toMatch(/<script>alert|<img src=x|<b onmouseover/);
      expect(text).not.toMatch(/href="\s*javascript:/i);
      expect(text).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    },
  );

  it('GIVEN a right-to-left override in a publisher THEN the pages show the name without it', async () => {
    for (const path of ['/sources', '/sources/hostile']) {
      const { text } = await get(hostile, path);
      expect(text).not.toContain('\u202E');
      expect(text).toContain('&lt;b onmouseover=alert(3)&gt;Evil Press&lt;/b&gt;');
    }
  });

  it('GIVEN the dated hostile sentence THEN the timeline lists it escaped, whole', async () => {
    const { text } = await get(hostile, '/timeline');
    const escaped = HOSTILE_SENTENCE.replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;');
    expect(listOf(text)).toContain(
      `<blockquote class="timeline-evidence"><p>${escaped}</p></blockquote>`,
    );
  });

  it('GIVEN an original URL with markup in it THEN the link is percent-encoded, and the skipped javascript: document listed as text', async () => {
    const source = await get(hostile, '/sources/hostile');
    expect(source.text).toContain(
      '<a href="https://example.org/%22%3E%3Cscript%3Ealert(4)%3C/script%3E"',
    );
    const list = await get(hostile, '/sources');
    expect(list.text).toContain('<code>javascript-url.md</code>: url: must be an http(s) URL');
  });
});
