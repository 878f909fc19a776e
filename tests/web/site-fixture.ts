/**
 * The site on a corpus, for the web tests: the seeds, or a hostile corpus whose document holds
 * markup and a `javascript:` link that must be shown as text.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { COMMANDS, loadCorpus, Scheduler, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { createSite, type SiteOptions } from '../../src/adapters/web/index.js';

export const PUBLIC_URL = 'https://quotes.example.org';

/** The Ken Loach answer of the Hard Labour interview, whose question comes just before it. */
export const ANSWER_ID = 'q51ny8gdq';
export const QUESTION_ID = 'qvqw6xsxc';
/** The gold/Venezuela post of the Facebook page (the README's example). */
export const GOLD_ID = 'qm4c55jed';

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  link: '[read this](javascript:alert(1))',
  anchor: '<a href="javascript:alert(2)">click</a>',
};

export function siteFor(
  corpus: Corpus,
  options: { publicUrl?: string } & Partial<SiteOptions> = {},
): Hono {
  return createSite(
    {
      corpus,
      commands: COMMANDS,
      logger: silentLogger(),
      scheduler: new Scheduler(),
      now: () => new Date('2026-11-23T12:00:00Z'),
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    },
    { health: options.health ?? { ready: () => true, platforms: () => ({}) } },
  );
}

/**
 * A one-document corpus in a temp folder whose title, publisher and body are hostile. The loader
 * refuses a `javascript:` URL in front matter (the document would be skipped), so the source URL
 * is swapped for one after loading: the pages must not trust the loader for it.
 */
export async function hostileCorpus(): Promise<{ corpus: Corpus; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-hostile-'));
  await writeFile(
    path.join(dir, 'hostile.md'),
    [
      '---',
      'id: hostile',
      `title: 'Hostile ${HOSTILE.script} page'`,
      `publisher: '${HOSTILE.img.replace(/'/g, "''")}'`,
      'author: Mallory Example',
      'url: https://example.org/hostile',
      'published: 2020-03-04',
      'kind: article',
      '---',
      `Mallory Example said: "Run this ${HOSTILE.script} on every page you see, friends."`,
      '',
      `She added: "And this one too ${HOSTILE.img} for the images, and ${HOSTILE.link} and ${HOSTILE.anchor} as well."`,
      '',
    ].join('\n'),
  );
  const loaded = await loadCorpus(dir, { logger: silentLogger() });
  const documents = new Map(
    [...loaded.documents].map(([id, d]) => [
      id,
      { ...d, document: { ...d.document, url: 'javascript:alert(3)' } },
    ]),
  );
  const corpus: Corpus = { ...loaded, documents };
  return { corpus, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Quote ids of the hostile corpus's passages holding `fragment`. */
export function idsWith(corpus: Corpus, fragment: string): string[] {
  return [...corpus.passages.values()].filter((p) => p.text.includes(fragment)).map((p) => p.id);
}

/** A corpus of the given files (name → content) in a temp folder. */
export async function corpusOf(
  files: Record<string, string>,
): Promise<{ corpus: Corpus; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-site-'));
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(dir, name), content);
  const corpus = await loadCorpus(dir, { logger: silentLogger() });
  return { corpus, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
