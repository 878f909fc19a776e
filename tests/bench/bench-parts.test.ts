/**
 * The benchmark's own parts: a deterministic PRNG and corpus generator (same seed, same corpus),
 * percentiles, and the floor reference's top-k selection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus, type Corpus, type Passage } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { createRng } from '../../bench/prng.js';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus.js';
import { latency } from '../../bench/stats.js';
import { floorIndex } from '../../bench/references.js';
import { makeQueries } from '../../bench/queries.js';
import { seedCorpus } from '../helpers/seed-corpus.js';

let work: string;
let seeds: Corpus;
let perSeed: Map<string, number>;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'verbatim-bench-test-'));
  seeds = await seedCorpus();
  perSeed = new Map(
    [...seeds.documents.values()].map((a) => [
      a.document.file,
      a.passages.filter((p) => p.kind !== 'heading').length,
    ]),
  );
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('seeded PRNG', () => {
  it('GIVEN the same seed THEN the same numbers; another seed THEN others', () => {
    const draw = (seed: number) => {
      const r = createRng(seed);
      return Array.from({ length: 5 }, () => r.int(1000));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('GIVEN Zipf draws over 10 ranks THEN rank 0 is the most frequent and all stay in range', () => {
    const r = createRng(1);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 5000; i++) counts[r.zipf(10)]!++;
    expect(counts.indexOf(Math.max(...counts))).toBe(0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
  });
});

describe('synthetic corpus', () => {
  const files = async (dir: string) => {
    const names = (await readdir(dir)).sort();
    return Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')]));
  };

  it('GIVEN the same seed twice THEN the same files; another seed THEN different text', async () => {
    const a = path.join(work, 'a');
    const b = path.join(work, 'b');
    const c = path.join(work, 'c');
    await writeSyntheticCorpus('seeds', a, 600, perSeed, 7);
    await writeSyntheticCorpus('seeds', b, 600, perSeed, 7);
    await writeSyntheticCorpus('seeds', c, 600, perSeed, 8);
    expect(await files(b)).toEqual(await files(a));
    expect(await files(c)).not.toEqual(await files(a));
  });

  it('GIVEN about 1,000 passages THEN it loads without issues, with the seeds’ kinds and the subject most quoted', async () => {
    const dir = path.join(work, 'mix');
    await writeSyntheticCorpus('seeds', dir, 1000, perSeed, 42);
    const corpus = await loadCorpus(dir, { logger: silentLogger() });
    const share = (c: Corpus, f: (p: Passage) => string) => {
      const counts = new Map<string, number>();
      for (const p of c.passages.values()) counts.set(f(p), (counts.get(f(p)) ?? 0) + 1);
      return [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([k]) => k);
    };
    expect({
      issues: corpus.issues,
      roughSize: Math.round(corpus.index.size / 500) * 500,
      kinds: new Set(share(corpus, (p) => p.kind)),
      topSpeaker: share(corpus, (p) => p.speaker)[0],
      docKinds: new Set([...corpus.documents.values()].map((d) => d.document.kind)),
    }).toEqual({
      issues: [],
      roughSize: 1000,
      kinds: new Set(share(seeds, (p) => p.kind)),
      topSpeaker: 'Chris Williamson',
      docKinds: new Set([...seeds.documents.values()].map((d) => d.document.kind)),
    });
  });

  it('GIVEN a corpus and a seed THEN the query sets are the same every time', () => {
    expect(makeQueries(seeds, 50, 3)).toEqual(makeQueries(seeds, 50, 3));
  });
});

describe('percentiles', () => {
  it.each([
    [[5, 1, 4, 2, 3], { count: 5, p50: 3, p95: 5, p99: 5, max: 5, mean: 3 }],
    [
      Array.from({ length: 100 }, (_, i) => i + 1),
      { count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 },
    ],
    [[], { count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 }],
  ])('GIVEN %j THEN nearest-rank percentiles', (durations, expected) => {
    expect(latency(durations)).toEqual(expected);
  });
});

describe('floor reference', () => {
  it('GIVEN the seeds THEN its top 5 are the five best BM25 scores in order, as a full sort finds them', () => {
    const passages = [...seeds.passages.values()].filter((p) => p.kind !== 'heading');
    const floor = floorIndex(passages);
    const ids = floor.search('labour party members', 5, false).map((r) => r.id);
    const all = floor.search('labour party members', passages.length, false).map((r) => r.id);
    expect(ids).toEqual(all.slice(0, 5));
    expect(floor.get(ids[0]!)).toBe(seeds.passages.get(ids[0]!)!.text);
  });
});
