/**
 * The site in a real browser: Debian's headless Chromium driven by playwright-core (no browser
 * download) against the real server on 127.0.0.1. What a person sees on the search page and a quote
 * page, axe-core's checks in the light and dark themes, screenshots at phone and desktop widths,
 * and a hostile corpus whose markup must stay text: no script runs, no dialog opens.
 * Skipped, saying why, only when no Chromium binary exists (CHROMIUM_PATH or /usr/bin/chromium).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteServer, type SiteServer } from '../../src/adapters/web/index.js';
import { seedCorpus } from '../helpers/seed-corpus.js';
import { GOLD_ID, HOSTILE, PUBLIC_URL, hostileCorpus, idsWith, siteFor } from './site-fixture.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
let seeds: SiteServer;
let hostileServer: SiteServer;
let hostile: Awaited<ReturnType<typeof hostileCorpus>>;
let shots: string;

describe.skipIf(!haveChromium)(`the site in Chromium (${CHROMIUM})`, () => {
  beforeAll(async () => {
    shots = await mkdtemp(path.join(tmpdir(), 'verbatim-shots-'));
    seeds = await startSiteServer({
      app: siteFor(await seedCorpus(), { publicUrl: PUBLIC_URL }),
      port: 0,
      host: '127.0.0.1',
    });
    hostile = await hostileCorpus();
    hostileServer = await startSiteServer({
      app: siteFor(hostile.corpus),
      port: 0,
      host: '127.0.0.1',
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await seeds?.close(Date.now() + 2000);
    await hostileServer?.close(Date.now() + 2000);
    await hostile?.cleanup();
    if (shots && !process.env.KEEP_SCREENSHOTS) await rm(shots, { recursive: true, force: true });
  });

  const at = (server: SiteServer, p: string) => `http://127.0.0.1:${server.port}${p}`;

  /** A page in a fresh context; `onDialog` records any dialog (none may open). */
  async function open(url: string, options: { bypassCSP?: boolean; dark?: boolean } = {}) {
    const context = await browser.newContext({
      viewport: VIEWPORTS.desktop,
      bypassCSP: options.bypassCSP ?? false,
      colorScheme: options.dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const response = await page.goto(url);
    return { page, context, dialogs, status: response?.status() };
  }

  /** axe-core's violations on the page (injected into a CSP-bypassing context for the check only). */
  async function axeViolations(page: Page): Promise<AxeViolation[]> {
    await page.addScriptTag({ content: axe.source });
    return page.evaluate(async () => {
      const result = await (
        globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }
      ).axe.run();
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    });
  }

  it('GIVEN the search page with a query THEN a person sees the form, the results with marked words, and links to each quote page that open it', async () => {
    const { page, context, status } = await open(at(seeds, '/?q=venezuela+gold'));
    expect(status).toBe(200);
    await expect(page.title()).resolves.toBe('Search: venezuela gold · Verbatim');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Search the quotes');
    expect(await page.getByLabel('Words to find').inputValue()).toBe('venezuela gold');
    expect(await page.locator('ol.results > li').count()).toBe(4);
    expect(await page.locator('ol.results mark').allTextContents()).toEqual(
      expect.arrayContaining(['gold', 'Venezuela']),
    );
    await page.getByRole('link', { name: `Quote ${GOLD_ID}` }).click();
    await page.waitForURL(`**/q/${GOLD_ID}`);
    expect(await page.locator('blockquote.main').innerText()).toContain(
      'The Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela.',
    );
    await context.close();
  });

  it('GIVEN a quote page THEN a person sees the words, the speaker, the context, a link to the original and the cite-as line, and the Open Graph tags are there', async () => {
    const { page, context } = await open(at(seeds, `/q/${GOLD_ID}`));
    const main = await page.locator('main').innerText();
    expect(main).toContain('— Chris Williamson (own words)');
    expect(main).toContain('Who said it, and how we know');
    expect(await page.locator('.passage .label').allTextContents()).toEqual([
      'Before',
      'This quote',
      'After',
    ]);
    expect(await page.locator('.cite-as').innerText()).toContain(`${PUBLIC_URL}/q/${GOLD_ID}`);
    const original = page.locator('dl.citation a[rel~="noopener"]');
    expect(await original.getAttribute('href')).toBe(
      'https://webtoady.com/business/east-midlands/chris-williamson',
    );
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(
      `${PUBLIC_URL}/q/${GOLD_ID}`,
    );
    // The stylesheet loaded under the CSP: the quote bar is drawn.
    expect(
      await page.evaluate(
        "getComputedStyle(document.querySelector('blockquote.main')).borderLeftStyle",
      ),
    ).toBe('solid');
    await context.close();
  });

  it.each([
    ['search, light', '/?q=venezuela+gold', false],
    ['search, dark', '/?q=venezuela+gold', true],
    ['empty search, light', '/', false],
    ['quote, light', `/q/${GOLD_ID}`, false],
    ['quote, dark', `/q/${GOLD_ID}`, true],
    ['bad options, light', '/?q=gold&from=yesterday', false],
    ['not found, dark', '/q/qzzzzzzzz', true],
    ['timeline, light', '/timeline', false],
    ['timeline, dark', '/timeline?topic=labour', true],
    ['verify form, light', '/verify', false],
    ['sources, dark', '/sources', true],
  ])('GIVEN the %s page THEN axe-core finds no violations', async (_name, p, dark) => {
    const { page, context } = await open(at(seeds, p), { bypassCSP: true, dark });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('GIVEN phone and desktop widths THEN screenshots are written and nothing scrolls sideways', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      for (const [pageName, p] of [
        ['search', '/?q=venezuela+gold'],
        ['quote', `/q/${GOLD_ID}`],
        ['timeline', '/timeline'],
        ['sources', '/sources'],
      ] as const) {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await page.goto(at(seeds, p));
        const file = path.join(shots, `${pageName}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect((await stat(file)).size).toBeGreaterThan(10_000);
        // The README's pictures: the site's own layout, refreshed only when asked.
        if (process.env.UPDATE_DOCS_SCREENSHOTS && name === 'desktop' && pageName === 'timeline')
          await page.screenshot({ path: 'docs/screenshot-timeline.png' });
        const overflow = await page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        expect(overflow, `${pageName} at ${name} width`).toBe(0);
        await context.close();
      }
    }
  });

  it('GIVEN a hostile corpus THEN its markup shows as text, no dialog opens, and no link points to javascript:', async () => {
    const ids = [
      ...new Set([...idsWith(hostile.corpus, 'script'), ...idsWith(hostile.corpus, 'img')]),
    ];
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    for (const p of [...ids.map((id) => `/q/${id}`), '/?q=images', '/?q=page+script']) {
      const { page, context, dialogs } = await open(at(hostileServer, p));
      await page.waitForLoadState('load');
      expect(dialogs, p).toEqual([]);
      expect(await page.locator('a[href^="javascript:" i]').count(), p).toBe(0);
      expect(await page.locator('main img, main script').count(), p).toBe(0);
      seen.push(await page.locator('main').innerText());
      await context.close();
    }
    const text = seen.join('\n');
    expect(text).toContain(`Run this ${HOSTILE.script} on every page`);
    expect(text).toContain(HOSTILE.img);
    expect(text).toContain(HOSTILE.link);
    expect(text).toContain(HOSTILE.anchor);
    expect(text).toContain('javascript:alert(3) (not a web address; not linked)');
  });
});
