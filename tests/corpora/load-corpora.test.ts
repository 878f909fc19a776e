import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, Scheduler, type Corpus } from '../../src/core/index.js';
import { loadCorpora, type Corpora } from '../../src/corpora/index.js';
import { silentLogger } from '../../src/logger.js';
import { captureLogger } from '../discord/harness.js';
import { makeTwoCorpora, PLACES, SHARED_TEXT } from './two-corpora.js';

const options = () => ({ logger: silentLogger(), cacheDir: null, scheduler: new Scheduler() });

function idsOf(corpus: Corpus, text: string): string[] {
  return [...corpus.passages.values()].filter((p) => p.text.includes(text)).map((p) => p.id);
}

let dir: string;
let cleanup: () => Promise<void>;
let corpora: Corpora;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTwoCorpora());
  const loaded = await loadCorpora(dir, options());
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  corpora = loaded.corpora;
});
afterAll(() => cleanup());

describe('loading the corpora of corpora.yaml', () => {
  it('GIVEN corpora.yaml with two corpora THEN both load, in file order, with their titles', () => {
    expect(
      corpora
        .list()
        .map((c) => ({ id: c.id, title: c.title, documents: [...c.corpus.documents.keys()] })),
    ).toEqual([
      { id: 'harbour', title: 'Maya Okafor', documents: ['harbour-wall', 'shared-ferry'] },
      { id: 'orchard', title: 'Tomas Reyes', documents: ['cider-press', 'shared-ferry'] },
    ]);
    expect(corpora.defaultId).toBeNull();
  });

  it('GIVEN the same document in both corpora THEN its passage has a different quote id in each, and no id is in both', () => {
    const harbour = corpora.byId('harbour')!.corpus;
    const orchard = corpora.byId('orchard')!.corpus;
    const [inHarbour] = idsOf(harbour, SHARED_TEXT);
    const [inOrchard] = idsOf(orchard, SHARED_TEXT);
    expect(inHarbour).toMatch(/^q[0-9a-z]{8}$/);
    expect(inOrchard).toMatch(/^q[0-9a-z]{8}$/);
    expect(inHarbour).not.toBe(inOrchard);
    const shared = [...harbour.passages.keys()].filter((id) => orchard.passages.has(id));
    expect(shared).toEqual([]);
  });

  it('GIVEN the same corpus loaded twice THEN its scoped ids are the same (stable across restarts)', async () => {
    const again = await loadCorpora(dir, options());
    if (!again.ok) throw new Error('reload failed');
    expect([...again.corpora.byId('orchard')!.corpus.passages.keys()]).toEqual([
      ...corpora.byId('orchard')!.corpus.passages.keys(),
    ]);
  });

  it('GIVEN no corpora.yaml THEN the folder is one corpus, for every place, with the ids it always had', async () => {
    const single = await makeTwoCorpora(null);
    try {
      const loaded = await loadCorpora(`${single.dir}/harbour`, options());
      if (!loaded.ok) throw new Error('load failed');
      const plain = await loadCorpus(`${single.dir}/harbour`, { logger: silentLogger() });
      const [only] = loaded.corpora.list();
      expect(only!.id).toBe('default');
      expect([...only!.corpus.passages.keys()]).toEqual([...plain.passages.keys()]);
      for (const place of [
        { platform: 'discord', guildId: PLACES.guildB },
        { platform: 'slack', teamId: PLACES.teamNone },
        { platform: 'console' },
      ] as const)
        expect(loaded.corpora.forPlace(place)?.id).toBe('default');
    } finally {
      await single.cleanup();
    }
  });

  it('GIVEN a cache folder THEN each corpus has its own snapshot, and the next start loads both from them with the same ids', async () => {
    const cacheDir = join(dir, '.cache');
    const load = async () => {
      const log = captureLogger();
      const loaded = await loadCorpora(dir, { ...options(), cacheDir, logger: log.logger });
      if (!loaded.ok) throw new Error('load failed');
      const from = log.lines
        .filter((l) => l['msg'] === 'corpus loaded')
        .map((l) => [l['corpus'], l['from']]);
      const ids = loaded.corpora.list().map((c) => [...c.corpus.passages.keys()]);
      return { from, ids };
    };
    const first = await load();
    const second = await load();
    expect(first.from).toEqual([
      ['harbour', 'files'],
      ['orchard', 'files'],
    ]);
    expect(second.from).toEqual([
      ['harbour', 'snapshot'],
      ['orchard', 'snapshot'],
    ]);
    expect(second.ids).toEqual(first.ids);
    expect((await readdir(cacheDir)).filter((f) => f.endsWith('.snapshot'))).toHaveLength(2);
  });

  it('GIVEN corpora.yaml THEN the log names each corpus loaded and the default', async () => {
    const log = captureLogger();
    await loadCorpora(dir, { ...options(), logger: log.logger });
    const loadedLines = log.lines
      .filter((l) => l['msg'] === 'corpus loaded')
      .map((l) => l['corpus']);
    expect(loadedLines).toEqual(['harbour', 'orchard']);
    expect(log.lines.find((l) => l['msg'] === 'corpora loaded')).toMatchObject({
      corpora: ['harbour', 'orchard'],
      default: null,
    });
  });
});

describe('the corpus of a place', () => {
  it.each([
    [
      'a Discord server mapped to harbour',
      { platform: 'discord', guildId: PLACES.guildA, channelId: '1' },
      'harbour',
    ],
    [
      'a Discord server mapped to orchard',
      { platform: 'discord', guildId: PLACES.guildB, channelId: PLACES.channelOfB },
      'orchard',
    ],
    [
      'a channel override inside the orchard server',
      { platform: 'discord', guildId: PLACES.guildB, channelId: PLACES.harbourChannelInB },
      'harbour',
    ],
    [
      'a thread whose parent channel has the override',
      {
        platform: 'discord',
        guildId: PLACES.guildB,
        channelId: '1300000000000000001',
        parentChannelId: PLACES.harbourChannelInB,
      },
      'harbour',
    ],
    [
      'a server no rule names (and no default)',
      { platform: 'discord', guildId: PLACES.guildNone, channelId: '1' },
      null,
    ],
    [
      'a Discord direct message (no default)',
      { platform: 'discord', guildId: null, channelId: '1' },
      null,
    ],
    [
      'a Slack workspace mapped to orchard',
      { platform: 'slack', teamId: PLACES.teamB, channelId: 'C0GENERAL' },
      'orchard',
    ],
    [
      'a Slack channel override in the orchard workspace',
      { platform: 'slack', teamId: PLACES.teamB, channelId: PLACES.harbourChannelInTeamB },
      'harbour',
    ],
    [
      'a Slack workspace no rule names',
      { platform: 'slack', teamId: PLACES.teamNone, channelId: 'C0GENERAL' },
      null,
    ],
    [
      'a Slack id used as a Discord channel id is not matched',
      { platform: 'discord', guildId: PLACES.guildNone, channelId: PLACES.harbourChannelInTeamB },
      null,
    ],
    ['the console (no default)', { platform: 'console' }, null],
  ] as const)('GIVEN %s THEN the corpus is %s', (_, place, expected) => {
    expect(corpora.forPlace(place)?.id ?? null).toBe(expected);
  });

  it('GIVEN a default THEN places no rule names use it, and rules still win', async () => {
    const withDefault = await makeTwoCorpora(
      `default: orchard\ncorpora:\n  harbour: { dir: harbour }\n  orchard: { dir: orchard }\nplaces:\n  - corpus: harbour\n    discord_guilds: ["${PLACES.guildA}"]\n`,
    );
    try {
      const loaded = await loadCorpora(withDefault.dir, options());
      if (!loaded.ok) throw new Error('load failed');
      const c = loaded.corpora;
      expect(c.forPlace({ platform: 'discord', guildId: PLACES.guildNone })?.id).toBe('orchard');
      expect(c.forPlace({ platform: 'slack', teamId: PLACES.teamNone })?.id).toBe('orchard');
      expect(c.forPlace({ platform: 'discord', guildId: PLACES.guildA })?.id).toBe('harbour');
      expect(c.forPlace({ platform: 'console' })?.id).toBe('orchard');
    } finally {
      await withDefault.cleanup();
    }
  });
});

describe('the web site with several corpora', () => {
  it('GIVEN a quote id of a corpus other than the site’s first THEN its page is served from the corpus that holds it, and an unknown id is a 404', async () => {
    const { createSite } = await import('../../src/adapters/web/create-site.js');
    const { corpusHolding } = await import('../../src/run-platforms.js');
    const { COMMANDS } = await import('../../src/core/index.js');
    const harbour = corpora.byId('harbour')!.corpus;
    const orchard = corpora.byId('orchard')!.corpus;
    const site = createSite(
      {
        corpus: harbour,
        corpusOf: corpusHolding(corpora),
        commands: COMMANDS,
        logger: silentLogger(),
        scheduler: new Scheduler(),
        now: () => new Date('2026-11-23T12:00:00Z'),
      },
      { health: { ready: () => true, platforms: () => ({}) } },
    );
    const [orchardId] = idsOf(orchard, SHARED_TEXT);
    const own = await site.request(`/q/${orchardId}.json`);
    const missing = await site.request('/q/qzzzzzzzz.json');
    const body = (await own.json()) as { quote?: { id: string } };
    expect([own.status, body.quote?.id, missing.status]).toEqual([200, orchardId, 404]);
  });
});
