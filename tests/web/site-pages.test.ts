/**
 * The site's pages through `app.request()` on the seeds: what the quote page, its JSON, the search
 * page and the 404 page hold, the headers every answer carries, ETags and 304s, and that corpus
 * markup and user input come out as text.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { COMMANDS, dispatch, type Corpus } from '../../src/core/index.js';
import { seedCorpus, testContext } from '../helpers/seed-corpus.js';
import { CONTENT_SECURITY_POLICY } from '../../src/adapters/web/create-site.js';
import {
  ANSWER_ID,
  GOLD_ID,
  HOSTILE,
  PUBLIC_URL,
  QUESTION_ID,
  corpusOf,
  hostileCorpus,
  idsWith,
  siteFor,
} from './site-fixture.js';

let corpus: Corpus;
let site: Hono;

beforeAll(async () => {
  corpus = await seedCorpus();
  site = siteFor(corpus, { publicUrl: PUBLIC_URL });
});

/** The meta tags of a page, `property` or `name` → content, entities decoded. */
function metaOf(page: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of page.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g))
    out[m[1]!] = decode(m[2]!);
  return out;
}

function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The page's visible text, roughly: tags dropped, entities decoded, spaces collapsed. */
function textOf(page: string): string {
  return decode(page.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

describe('the quote page', () => {
  it('GIVEN a quote id THEN the page shows the words, the speaker and role, the attribution, the citation with a link to the original, a cite-as line and the JSON link', async () => {
    const res = await site.request(`/q/${GOLD_ID}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await res.text();
    const text = textOf(page);
    expect(text).toContain(
      'The Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela.',
    );
    expect(text).toContain('— Chris Williamson (own words)');
    expect(text).toContain('Attributed to Chris Williamson: the document’s author.');
    expect(text).toContain('Publisher webtoady.com (mirror of his Facebook page)');
    expect(text).toContain('Date c. Feb 2019');
    expect(page).toContain(
      '<a href="https://webtoady.com/business/east-midlands/chris-williamson" rel="noopener noreferrer nofollow">https://webtoady.com/business/east-midlands/chris-williamson</a>',
    );
    expect(text).toContain(
      `c. Feb 2019. https://webtoady.com/business/east-midlands/chris-williamson. Verbatim quote ${GOLD_ID}: ${PUBLIC_URL}/q/${GOLD_ID}`,
    );
    expect(page).toContain(`<a href="/q/${GOLD_ID}.json">JSON</a>`);
    expect(text).toContain('No other source in this corpus has these exact words.');
  });

  it("GIVEN an interview answer THEN the interviewer's question is shown above it, with its own speaker and link", async () => {
    const full = await (await site.request(`/q/${ANSWER_ID}`)).text();
    const page = full.slice(full.indexOf('In context'));
    const question = page.indexOf(`/q/${QUESTION_ID}`);
    const answer = page.indexOf('Ken Loach is a towering figure');
    expect(question).toBeGreaterThan(0);
    expect(question).toBeLessThan(answer);
    expect(textOf(page)).toMatch(
      /Before What are your thoughts on the exclusion .*— .* \(interviewer\)/,
    );
  });

  it('GIVEN PUBLIC_URL THEN the Open Graph and Twitter card tags give the speaker, the words and the absolute URL', async () => {
    const meta = metaOf(await (await site.request(`/q/${GOLD_ID}`)).text());
    const words =
      "“The Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela. The idea Britain can do that, while offering 'help' with a humanitarian crisis, is absurd.”";
    expect(meta).toMatchObject({
      'og:type': 'article',
      'og:site_name': 'Verbatim',
      'og:title': 'Chris Williamson (c. Feb 2019)',
      'og:description': words,
      'og:url': `${PUBLIC_URL}/q/${GOLD_ID}`,
      'twitter:card': 'summary',
      'twitter:title': 'Chris Williamson (c. Feb 2019)',
      'twitter:description': words,
    });
  });

  it('GIVEN no PUBLIC_URL THEN there is no og:url (a relative one would be wrong) and the cite-as line uses the path', async () => {
    const page = await (await siteFor(corpus).request(`/q/${GOLD_ID}`)).text();
    expect(metaOf(page)['og:url']).toBeUndefined();
    expect(metaOf(page)['og:title']).toBe('Chris Williamson (c. Feb 2019)');
    expect(textOf(page)).toContain(`Verbatim quote ${GOLD_ID}: /q/${GOLD_ID}`);
  });

  it("GIVEN /q/<id>.json THEN it is exactly the CLI's --json for that quote", async () => {
    const res = await site.request(`/q/${ANSWER_ID}.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const cli = await dispatch(COMMANDS, 'quote', { query: ANSWER_ID }, testContext(corpus));
    expect(await res.json()).toEqual(cli.data);
  });

  it('GIVEN an id not in the corpus THEN a 404 page says so and why it may be gone, and the JSON is the CLI error', async () => {
    const res = await site.request('/q/qzzzzzzzz');
    expect(res.status).toBe(404);
    const text = textOf(await res.text());
    expect(text).toContain('Quote not found');
    expect(text).toContain('No quote with id qzzzzzzzz in this corpus.');
    expect(text).toContain(
      'the document it came from has either changed (the passage was edited) or been removed from the corpus',
    );
    const json = await site.request('/q/qzzzzzzzz.json');
    expect(json.status).toBe(404);
    expect(await json.json()).toEqual({
      error: { code: 'unknown-quote', message: 'No quote with id qzzzzzzzz in this corpus.' },
    });
  });

  it('GIVEN a source id where a quote id belongs THEN a 404 points to the source page', async () => {
    const res = await site.request('/q/facebook-page');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(
      '<a href="/sources/facebook-page">the source facebook-page</a>',
    );
  });
});

describe('the search page', () => {
  it('GIVEN no query THEN a labelled search form and no results', async () => {
    const page = await (await site.request('/')).text();
    for (const [name, label] of [
      ['q', 'Words to find'],
      ['speaker', 'Speaker'],
      ['source', 'Source'],
      ['from', 'From'],
      ['to', 'To'],
    ])
      expect(page).toContain(
        `<label for="f-${name}">${label}</label><input id="f-${name}" name="${name}"`,
      );
    expect(page).not.toContain('class="results"');
  });

  it('GIVEN a query THEN the results of /quote in order, matched words marked, each linking to its quote page', async () => {
    const page = await (await site.request('/?q=venezuela+gold')).text();
    const cli = await dispatch(
      COMMANDS,
      'quote',
      { query: 'venezuela gold', limit: 10 },
      testContext(corpus),
    );
    const ids = (cli.data as { results: { id: string }[] }).results.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(1);
    const shownIds = [...page.matchAll(/<a href="\/q\/(q[0-9a-z]+)">Quote/g)].map((m) => m[1]);
    expect(shownIds).toEqual(ids);
    expect(page).toContain('worth of <mark>gold</mark> back to <mark>Venezuela</mark>.');
    expect(page).toContain('value="venezuela gold"');
  });

  it('GIVEN more results than a page THEN links page through them, keeping the options', async () => {
    const first = await (await site.request('/?q=labour&speaker=Chris+Williamson')).text();
    expect(first).toContain('page 1 of');
    expect(first).toContain(
      '<a href="/?q=labour&amp;speaker=Chris+Williamson&amp;page=2" rel="next">',
    );
    expect(first).not.toContain('rel="prev"');
    const second = await (await site.request('/?q=labour&speaker=Chris+Williamson&page=2')).text();
    expect(second).toContain('page 2 of');
    expect(second).toContain('<a href="/?q=labour&amp;speaker=Chris+Williamson" rel="prev">');
    expect(second).toContain('<ol class="results" start="11">');
  });

  it.each([
    ['/?q=gold&from=yesterday', '"yesterday" is not a date: use 2019, 2019-11 or 2019-11-06'],
    ['/?q=gold&from=2020&to=2019', 'from (2020) is after to (2019).'],
    ['/?q=gold&page=lots', 'must be a whole number'],
    ['/?q=gold&speaker=Nobody+Atall', 'Nobody Atall'],
  ])(
    'GIVEN bad options %s THEN a 400 page with the core message beside the form',
    async (url, message) => {
      const res = await site.request(url);
      expect(res.status).toBe(400);
      const page = await res.text();
      expect(textOf(page)).toContain(message);
      expect(page).toContain('<form class="search"');
    },
  );

  it('GIVEN a quote id in the box THEN it redirects to that quote page', async () => {
    const res = await site.request(`/?q=${GOLD_ID}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/q/${GOLD_ID}`);
  });

  it('GIVEN markup in the query THEN it comes back as text in the form and the title', async () => {
    const page = await (await site.request(`/?q=${encodeURIComponent(HOSTILE.img)}`)).text();
    expect(page).not.toContain('<img');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('every answer', () => {
  it.each(['/', `/q/${GOLD_ID}`, '/q/qzzzzzzzz', '/no/such/page', '/?q=gold&from=x'])(
    'GIVEN %s THEN the CSP forbids scripts, the page links the same-origin stylesheet, and nothing is inline',
    async (url) => {
      const res = await site.request(url);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const page = await res.text();
      expect(page).toContain('<link rel="stylesheet" href="/assets/site.css"');
      expect(page).not.toMatch(/<script|<style| style=| on[a-z]+=/i);
    },
  );

  it('GIVEN the stylesheet THEN it is CSS with a dark theme', async () => {
    const res = await site.request('/assets/site.css');
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await res.text()).toContain('@media (prefers-color-scheme: dark)');
  });

  it('GIVEN an unknown path THEN a 404 page', async () => {
    const res = await site.request('/nothing-here');
    expect(res.status).toBe(404);
    expect(textOf(await res.text())).toContain('There is no page at this address.');
  });
});

describe('ETags', () => {
  it('GIVEN the ETag of a quote page THEN the same request gets 304, another quote or the JSON does not', async () => {
    const first = await site.request(`/q/${GOLD_ID}`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const again = await site.request(`/q/${GOLD_ID}`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await site.request(`/q/${ANSWER_ID}`, { headers: { 'If-None-Match': etag } });
    expect(other.status).toBe(200);
    const json = await site.request(`/q/${GOLD_ID}.json`, { headers: { 'If-None-Match': etag } });
    expect(json.status).toBe(200);
  });

  it('GIVEN a search ETag THEN the same query gets 304 and another page of it 200', async () => {
    const etag = (await site.request('/?q=labour')).headers.get('etag')!;
    expect((await site.request('/?q=labour', { headers: { 'If-None-Match': etag } })).status).toBe(
      304,
    );
    expect(
      (await site.request('/?q=labour&page=2', { headers: { 'If-None-Match': etag } })).status,
    ).toBe(200);
  });

  it('GIVEN the corpus changes (a reloaded corpus) THEN the old ETag no longer matches', async () => {
    const etag = (await site.request(`/q/${GOLD_ID}`)).headers.get('etag')!;
    const doc = corpus.documents.get('facebook-page')!;
    const changed: Corpus = {
      ...corpus,
      documents: new Map([
        ...corpus.documents,
        [
          'facebook-page',
          { ...doc, document: { ...doc.document, title: 'Chris Williamson (edited)' } },
        ],
      ]),
    };
    const res = await siteFor(changed).request(`/q/${GOLD_ID}`, {
      headers: { 'If-None-Match': etag },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(etag);
  });
});

describe('a hostile corpus', () => {
  let hostile: Awaited<ReturnType<typeof hostileCorpus>>;
  beforeAll(async () => {
    hostile = await hostileCorpus();
  });
  afterAll(() => hostile.cleanup());

  it('GIVEN markup and javascript: links in the title, publisher, body and source URL THEN the quote page shows them as text and links nothing to javascript:', async () => {
    const hostileSite = siteFor(hostile.corpus, { publicUrl: PUBLIC_URL });
    for (const id of [...idsWith(hostile.corpus, 'script'), ...idsWith(hostile.corpus, 'img')]) {
      const page = await (await hostileSite.request(`/q/${id}`)).text();
      expect(page).not.toMatch(/<script|<img|href="javascript:/i);
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
      expect(textOf(page)).toContain('javascript:alert(3) (not a web address; not linked)');
    }
    const search = await (await hostileSite.request('/?q=images')).text();
    expect(search).not.toMatch(/<script|<img|href="javascript:/i);
    expect(textOf(search)).toContain('[read this](javascript:alert(1))');
  });
});

describe('the same words in other sources', () => {
  it('GIVEN two sources carrying the same statement THEN each quote page links to the other, not to itself', async () => {
    const words = "We won't ever accept a deal that sells out the workers of this town.";
    const doc = (id: string, title: string, text: string) =>
      `---\nid: ${id}\ntitle: ${title}\nauthor: Jo Bloggs\nkind: social\npublished: 2021-05-01\n---\n${text}\n`;
    const { corpus: two, cleanup } = await corpusOf({
      'a.md': doc('post-a', 'The first post', words),
      'b.md': doc('post-b', 'A mirror of it', words),
    });
    try {
      const [a, b] = ['post-a', 'post-b'].map(
        (id) => two.documents.get(id)!.passages.find((p) => p.kind !== 'heading')!.id,
      );
      const page = await (await siteFor(two).request(`/q/${a}`)).text();
      const section = page.slice(page.indexOf('Same words in other sources'));
      expect(section).toContain(`<a href="/q/${b}">A mirror of it</a>`);
      expect(section).not.toContain(`/q/${a}"`);
    } finally {
      await cleanup();
    }
  });
});
