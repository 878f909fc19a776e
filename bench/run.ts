/**
 * `npm run bench [-- --quick] [-- --json] [-- --seed=42] [-- --queries=1000]`
 * Generates the synthetic corpora (seeds 1×, 10,000 and 100,000 passages; --quick: seeds and
 * 10,000), measures each (run-size.ts), scores quality on the seeds, checks the targets and prints
 * a table, or with --json one JSON object on stdout. Progress goes to stderr.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { loadCorpus } from '../src/core/index.js';
import { silentLogger } from '../src/logger.js';
import { writeSyntheticCorpus } from './synthetic-corpus.js';
import { measureSize, type SizeResult } from './run-size.js';
import { coreQuality, referenceQuality, type QualityFigures } from './quality.js';
import { floorIndex, miniSearchBaseline } from './references.js';
import { searchablePassages } from '../src/core/search/index-data.js';
import { checkTargets, type TargetCheck } from './targets.js';
import { formatReport } from './report.js';

export interface BenchResult {
  machine: {
    date: string;
    cpu: string;
    cores: number;
    memoryGB: number;
    node: string;
    platform: string;
  };
  seed: number;
  queries: number;
  /** Queries per command the MiniSearch baseline ran, by size (the first n of the same lists). */
  baselineQueries: Record<string, Record<string, number>>;
  sizes: SizeResult[];
  quality: { core: QualityFigures; baseline: QualityFigures; floor: QualityFigures };
  targets: TargetCheck[];
  totalSeconds: number;
}

const SEEDS_DIR = 'seeds';
/** Queries per variant when each search choice is undone in turn (ablation.ts). */
const CHOICE_QUERIES = 500;
/**
 * The baseline scores every matching passage: at 100k a /quote takes ~0.1 s and a pasted /verify
 * text (20+ words, each fuzzy and prefix) several seconds. Its p99 comes from the first n queries
 * of each list so that a full run stays near 10 minutes.
 */
const BASELINE_QUERIES: Record<string, Record<string, number>> = {
  '10k': { verify: 100, timeline: 300 },
  '100k': { quote: 300, autocomplete: 300, verify: 30, timeline: 100 },
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(`--${name}`);
  const value = (name: string, fallback: number) => {
    const a = args.find((x) => x.startsWith(`--${name}=`));
    return a ? Number(a.split('=')[1]) : fallback;
  };
  const json = flag('json');
  const quick = flag('quick');
  const seed = value('seed', 42);
  const queries = value('queries', 1000);
  const started = performance.now();
  const log = (m: string) =>
    process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${m}\n`);
  const workDir = path.join(os.tmpdir(), 'verbatim-bench');
  await mkdir(workDir, { recursive: true });

  const seeds = await loadCorpus(SEEDS_DIR, { logger: silentLogger() });
  const perSeed = new Map<string, number>();
  for (const a of seeds.documents.values())
    perSeed.set(a.document.file, a.passages.filter((p) => p.kind !== 'heading').length);
  const sizes: { label: string; passages: number | null }[] = [
    { label: 'seeds', passages: null },
    { label: '10k', passages: 10_000 },
    ...(quick ? [] : [{ label: '100k', passages: 100_000 }]),
  ];

  const results: SizeResult[] = [];
  for (const size of sizes) {
    let dir = SEEDS_DIR;
    if (size.passages !== null) {
      dir = path.join(workDir, `corpus-${size.label}-${seed}`);
      log(`${size.label}: generating a synthetic corpus in ${dir}`);
      await writeSyntheticCorpus(SEEDS_DIR, dir, size.passages, perSeed, seed);
    }
    results.push(
      await measureSize({
        label: size.label,
        dir,
        queries,
        baselineQueries: BASELINE_QUERIES[size.label] ?? {},
        seed,
        workDir,
        log,
        choices:
          size.label === '10k' || size.label === '100k'
            ? { seeds, queries: CHOICE_QUERIES, legacy: size.label === '10k' }
            : undefined,
      }),
    );
  }

  log('quality on the seeds');
  const searchable = searchablePassages(seeds.passages.values());
  const quality = {
    core: coreQuality(seeds),
    baseline: referenceQuality(seeds, miniSearchBaseline(searchable)),
    floor: referenceQuality(seeds, floorIndex(searchable)),
  };
  const cpu = os.cpus();
  const result: BenchResult = {
    machine: {
      date: new Date().toISOString().slice(0, 10),
      cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
      cores: cpu.length,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    seed,
    queries,
    baselineQueries: BASELINE_QUERIES,
    sizes: results,
    quality,
    targets: checkTargets(results, quality),
    totalSeconds: (performance.now() - started) / 1000,
  };
  log(`done in ${result.totalSeconds.toFixed(0)} s`);
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${formatReport(result)}\n`);
}

await main();
