/**
 * The pages in a real browser: Debian's headless Chromium driven by playwright-core (no browser
 * download) against the pages served on 127.0.0.1. Checks what a person sees and can do, runs
 * axe-core on every page, and takes phone and desktop screenshots into a temp folder
 * (`UPDATE_DOCS_SCREENSHOTS=1` also copies the desktop timeline to docs/screenshot-timeline.png).
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCorpus } from '../helpers/seed-corpus.js';
import { hostileCorpus, HOSTILE_SENTENCE, HOSTILE_TITLE } from './hostile-corpus.js';
import { pagesApp, serveOnLoopback, type RunningServer } from './page-server.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const AXE_SOURCE = axe.source;
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
// axe-core on a page of 43 linked marks and full-page screenshots take seconds on a busy 2-core machine
const SLOW = { timeout: 180_000 };

let browser: Browser;
let seeds: RunningServer;
let hostile: RunningServer;
let hostileFixture: Awaited<ReturnType<typeof hostileCorpus>> | undefined;
let shots: string;

/** axe-core's violations on the page, as "rule: selectors" lines (empty when it passes). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  // a string, evaluated in the page: the tests are compiled without the DOM's types
  const violations = await page.evaluate<axe.Result[]>(
    'axe.run(document).then((results) => results.violations)',
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens `path` at each width: no axe violation at either, a screenshot of each. */
async function checkAtBothWidths(page: Page, url: string, name: string): Promise<void> {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto(url);
    expect(await axeViolations(page), `${name} at ${viewport.name} width`).toEqual([]);
    await page.screenshot({
      path: path.join(shots, `${name}-${viewport.name}.png`),
      fullPage: true,
    });
  }
}

describe.runIf(HAS_CHROMIUM)('the pages in Chromium', () => {
  beforeAll(async () => {
    shots = await mkdtemp(path.join(tmpdir(), 'verbatim-screens-'));
    seeds = await serveOnLoopback(pagesApp(await seedCorpus()));
    hostileFixture = await hostileCorpus();
    hostileFixture = await hostileCorpus();
    hostile = await serveOnLoopback(pagesApp(hostileFixture.corpus));
    // as root (CI containers) Chromium refuses to start without --no-sandbox
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all([seeds?.close(), hostile?.close()]);
    if (hostileFixture) await rm(hostileFixture.dir, { recursive: true, force: true });
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ bypassCSP: true });
    return context.newPage();
  }

  it(
    'GIVEN the seeds THEN the timeline draws every event as a linked SVG mark, listed below, and a click opens its quote',
    SLOW,
    async () => {
      const page = await newPage();
      await checkAtBothWidths(page, `${seeds.url}/timeline`, 'timeline');
      const chart = path.join(shots, 'timeline-chart-desktop.png');
      await page.locator('figure.timeline-figure').screenshot({ path: chart });
      if (process.env.UPDATE_DOCS_SCREENSHOTS)
        await copyFile(chart, 'docs/screenshot-timeline.png');
      const marks = page.locator('svg.timeline-chart a.timeline-event');
      expect(await marks.count()).toBe(43);
      expect(await page.locator('ol.timeline-list > li').count()).toBe(43);
      expect(await page.locator('svg.timeline-chart').getAttribute('role')).toBe('group');
      expect(await marks.nth(0).locator('title').textContent()).toMatch(/^c\. 1984 \(inferred\): /);

      const href = await marks.nth(26).getAttribute('href');
      expect(href).toMatch(/^\/q\/q[a-z0-9]+$/);
      await marks.nth(26).click();
      await page.waitForURL(`**${href}`);
      expect(new URL(page.url()).pathname).toBe(href);
      expect(await page.locator('h1').textContent()).toBe(`Quote ${href!.slice(3)}`);
      await page.context().close();
    },
  );

  it(
    'GIVEN the verify form THEN typing a seed sentence gives "verbatim", an altered one the diff',
    SLOW,
    async () => {
      const page = await newPage();
      await checkAtBothWidths(page, `${seeds.url}/verify`, 'verify-form');

      await page.getByLabel('The quote to check').fill('Guaido was never elected to lead anything');
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.waitForSelector('#verdict-title');
      expect(await page.locator('#verdict-title').textContent()).toBe(
        'Verbatim: the words are in the corpus',
      );
      expect(await page.getByRole('link', { name: 'Open the quote' }).getAttribute('href')).toBe(
        '/q/qfm9sp5pe',
      );

      await page
        .getByLabel('The quote to check')
        .fill('Guaido was always elected to lead anything');
      await page.getByLabel('Said by (optional)').fill('Chris Williamson');
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.waitForFunction(
        "document.querySelector('#verdict-title')?.textContent?.startsWith('Altered')",
      );
      expect(await page.locator('.diff del').allTextContents()).toEqual(['never']);
      expect(await page.locator('.diff ins').allTextContents()).toEqual(['always']);
      expect(await page.locator('.verify-flags').innerText()).toContain('a negation was removed');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({
        path: path.join(shots, 'verify-altered-desktop.png'),
        fullPage: true,
      });
      await page.context().close();
    },
  );

  it(
    'GIVEN the sources THEN every document is listed and one opens on its own page',
    SLOW,
    async () => {
      const page = await newPage();
      await checkAtBothWidths(page, `${seeds.url}/sources`, 'sources');
      expect(await page.locator('li.source-item').count()).toBe(5);
      await page
        .getByRole('link', { name: 'Chris Williamson runs for Parliament as independent' })
        .click();
      await page.waitForURL('**/sources/ei-independent-run');
      expect(await page.locator('h1').textContent()).toBe(
        'Chris Williamson runs for Parliament as independent',
      );
      expect(await page.locator('ol.source-passages > li').count()).toBeGreaterThan(0);
      await checkAtBothWidths(page, `${seeds.url}/sources/ei-independent-run`, 'source');
      await page.context().close();
    },
  );

  it(
    'GIVEN a hostile corpus THEN its markup shows as text, no script runs and no javascript: link exists',
    SLOW,
    async () => {
      const page = await newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      for (const pagePath of ['/timeline', '/sources', '/sources/hostile']) {
        await page.goto(`${hostile.url}${pagePath}`, { waitUntil: 'load' });
        expect(await page.locator('main img, main script').count(), pagePath).toBe(0);
        const hrefs = await page
          .locator('a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(
          hrefs.filter((h) => /^\s*javascript:/i.test(h)),
          pagePath,
        ).toEqual([]);
        expect(await axeViolations(page), pagePath).toEqual([]);
      }
      expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
      await page.goto(`${hostile.url}/timeline`);
      expect(await page.locator('.timeline-evidence').first().innerText()).toBe(HOSTILE_SENTENCE);
      await page.screenshot({
        path: path.join(shots, 'hostile-timeline-desktop.png'),
        fullPage: true,
      });

      await page.goto(`${hostile.url}/verify`);
      await page
        .getByLabel('The quote to check')
        .fill('<script>alert(9)</script><img src=x onerror=alert(9)>');
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.waitForSelector('#verdict-title');
      expect(await page.getByLabel('The quote to check').inputValue()).toBe(
        '<script>alert(9)</script><img src=x onerror=alert(9)>',
      );
      expect(await page.locator('main img, main script').count()).toBe(0);
      expect(dialogs).toEqual([]);
      await page.context().close();
    },
  );
});

// only where there is no browser: the skip then says why in the test report
if (!HAS_CHROMIUM) {
  describe('the pages in Chromium', () => {
    it.skip(`skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`, () => {});
  });
}
