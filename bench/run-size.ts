/**
 * Everything measured for one corpus size: loading (cold analysis, index build, snapshot save and
 * load, fresh-process start-up cold and from the snapshot), each command's latency through the
 * core, the event-loop block during bursts, and the two references on the same queries.
 */
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  COMMANDS,
  Scheduler,
  dispatch,
  findCommand,
  loadCorpus,
  suggest,
  type Corpus,
} from '../src/core/index.js';
import { silentLogger } from '../src/logger.js';
import { buildIndexData, searchablePassages } from '../src/core/search/index-data.js';
import { PassageIndex } from '../src/core/search/passage-index.js';
import { indexTimelineSteps } from '../src/core/timeline/timeline-index.js';
import { corpusKey } from '../src/core/library/corpus-key.js';
import { readSnapshot, snapshotPath, writeSnapshot } from '../src/core/library/snapshot.js';
import { makeQueries, type QuerySets } from './queries.js';
import { measureChoices, type AblationRow } from './ablation.js';
import { floorIndex, miniSearchBaseline, type Reference } from './references.js';
import { latency, timed, timeEach, type Latency } from './stats.js';
import { measureWebPages, type WebPageFigures } from './web-pages.js';
import type { ProbeInput, ProbeResult } from './startup-probe.js';

export interface SizeOptions {
  label: string;
  dir: string;
  /** Queries per command. */
  queries: number;
  /** Queries per command for the MiniSearch baseline (the first n of the same list: it is slow). */
  baselineQueries: Record<string, number>;
  seed: number;
  workDir: string;
  log: (message: string) => void;
  /** Measure each search choice on this size (ablation.ts), against the seeds for quality. */
  choices?: { seeds: Corpus; queries: number; legacy: boolean };
}

export interface CommandFigures {
  core: Latency;
  /** The references on the first `baseline.count` / `floor.count` of the same queries. */
  baseline: Latency | null;
  floor: Latency | null;
  /** core p99 / reference p99. */
  vsBaseline: number | null;
  vsFloor: number | null;
  slowest: { query: string; ms: number }[];
}

export interface SizeResult {
  label: string;
  documents: number;
  passages: number;
  searchable: number;
  terms: number;
  corpusMB: number;
  analyseAndIndexMs: number;
  indexBuildMs: number;
  snapshot: { saveMs: number; loadMs: number; MB: number };
  startCold: ProbeResult;
  startFromSnapshot: ProbeResult;
  commands: Record<string, CommandFigures | { unavailable: true }>;
  references: { baselineBuildMs: number; floorBuildMs: number };
  choices: AblationRow[] | null;
  web: WebPageFigures;
}

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));

export async function measureSize(o: SizeOptions): Promise<SizeResult> {
  o.log(`${o.label}: analysing and indexing ${o.dir}`);
  const cold = await timed(() => loadCorpus(o.dir, { logger: silentLogger() }));
  const corpus = cold.value;
  const searchable = searchablePassages(corpus.passages.values());
  let corpusBytes = 0;
  for (const a of corpus.documents.values()) corpusBytes += Buffer.byteLength(a.document.body);
  o.log(`${o.label}: index build and snapshot`);
  const snap = await measureSnapshot(corpus, path.join(o.workDir, `cache-${o.label}`), o.dir);

  const sets = makeQueries(corpus, o.queries, o.seed);
  const ctx = { corpus, logger: silentLogger(), scheduler: new Scheduler(), now: () => new Date() };
  const has = (name: string) => findCommand(COMMANDS, name) !== undefined;
  o.log(`${o.label}: warming up`);
  const warm = makeQueries(corpus, 100, o.seed + 1);
  await runCore(corpus, warm, ctx, has);

  o.log(`${o.label}: core commands (${o.queries} queries each)`);
  const core = await runCore(corpus, sets, ctx, has);

  o.log(`${o.label}: web pages (${o.queries} each, app.request())`);
  const p99 = (name: string) => (core[name] ? latency(core[name].durations).p99 : null);
  const web = await measureWebPages(corpus, sets, { source: p99('source'), quote: p99('quote') });

  o.log(`${o.label}: start-up probes (fresh processes: cold, then from the snapshot, serving)`);
  const input: ProbeInput = {
    sets,
    slowQuotes: core.quote!.slowest.map((s) => (s.item as QuoteLike).options),
  };
  const queriesFile = path.join(o.workDir, `probe-queries-${o.label}.json`);
  await writeFile(queriesFile, JSON.stringify(input));
  const probeCache = path.join(o.workDir, `probe-cache-${o.label}`);
  await rm(probeCache, { recursive: true, force: true });
  const startCold = await probe(o.dir, probeCache, queriesFile, false);
  const startFromSnapshot = await probe(o.dir, probeCache, queriesFile, true);

  o.log(`${o.label}: references (MiniSearch baseline, minimal top-k floor)`);
  const baselineBuilt = await timed(() => miniSearchBaseline(searchable));
  const floorBuilt = await timed(() => floorIndex(searchable));
  const refs = {
    baseline: await runReference(baselineBuilt.value, sets, o.baselineQueries, has),
    floor: await runReference(floorBuilt.value, sets, {}, has),
  };

  let choices: AblationRow[] | null = null;
  if (o.choices) {
    o.log(`${o.label}: each search choice undone in turn (${o.choices.queries} queries each)`);
    choices = await measureChoices(
      corpus,
      o.choices.seeds,
      sets,
      o.choices.queries,
      o.choices.legacy,
    );
  }

  const commands: SizeResult['commands'] = {};
  for (const name of ['quote', 'autocomplete', 'source', 'verify', 'timeline'] as const) {
    const c = core[name];
    if (!c) {
      commands[name] = { unavailable: true };
      continue;
    }
    const l = latency(c.durations);
    const b = refs.baseline[name] ?? null;
    const f = refs.floor[name] ?? null;
    commands[name] = {
      core: l,
      baseline: b,
      floor: f,
      vsBaseline: b && b.p99 > 0 ? l.p99 / b.p99 : null,
      vsFloor: f && f.p99 > 0 ? l.p99 / f.p99 : null,
      slowest: c.slowest.slice(0, 5).map((s) => ({ query: describe(s.item), ms: s.ms })),
    };
  }
  return {
    label: o.label,
    documents: corpus.documents.size,
    passages: corpus.passages.size,
    searchable: searchable.length,
    terms: snap.terms,
    corpusMB: corpusBytes / 1e6,
    analyseAndIndexMs: cold.ms,
    indexBuildMs: snap.buildMs,
    snapshot: { saveMs: snap.saveMs, loadMs: snap.loadMs, MB: snap.bytes / 1e6 },
    startCold,
    startFromSnapshot,
    commands,
    references: { baselineBuildMs: baselineBuilt.ms, floorBuildMs: floorBuilt.ms },
    choices,
    web,
  };
}

/** Index build, snapshot save and load (read, check, open the index), in this process. */
async function measureSnapshot(corpus: Corpus, cacheDir: string, dir: string) {
  const searchable = searchablePassages(corpus.passages.values());
  const built = await timed(() => buildIndexData(searchable));
  await rm(cacheDir, { recursive: true, force: true });
  const key = await corpusKey(dir);
  const file = snapshotPath(cacheDir, dir);
  const parts = {
    profile: corpus.profile,
    issues: [...corpus.issues],
    documents: new Map(corpus.documents),
    passages: new Map(corpus.passages),
    timeline: corpus.timeline,
    index: built.value,
  };
  const scheduler = new Scheduler();
  const saved = await timed(() => writeSnapshot(file, key, parts, scheduler));
  const loaded = await timed(async () => {
    const r = await readSnapshot(file, key, scheduler);
    if (!r.ok) throw new Error(`snapshot did not load: ${r.reason} ${r.detail}`);
    await PassageIndex.openInSlices(r.parts.documents, r.parts.passages, r.parts.index, scheduler);
    await scheduler.runInSlices(indexTimelineSteps(r.parts.timeline, r.parts.passages));
  });
  return {
    terms: built.value.terms.length,
    buildMs: built.ms,
    saveMs: saved.ms,
    bytes: saved.value,
    loadMs: loaded.ms,
  };
}

type Timings = Awaited<ReturnType<typeof timeEach<unknown>>>;
type QuoteLike = { options: Record<string, string>; text: string };

async function runCore(
  corpus: Corpus,
  sets: QuerySets,
  ctx: Parameters<typeof dispatch>[3],
  has: (name: string) => boolean,
): Promise<Partial<Record<string, Timings & { slowest: { item: QuoteLike; ms: number }[] }>>> {
  const out: Record<string, Timings> = {};
  out.quote = await timeEach(sets.quote, (q) => dispatch(COMMANDS, 'quote', q.options, ctx));
  out.autocomplete = await timeEach(sets.autocomplete.map(asItem), (q) =>
    suggest(corpus, 'quote', q.text),
  );
  out.source = await timeEach(sets.source.map(asItem), (q) =>
    dispatch(COMMANDS, 'source', { id: q.text }, ctx),
  );
  if (has('verify'))
    out.verify = await timeEach(sets.verify.map(asItem), (q) =>
      dispatch(COMMANDS, 'verify', { text: q.text }, ctx),
    );
  if (has('timeline'))
    out.timeline = await timeEach(sets.timeline, (q) =>
      dispatch(COMMANDS, 'timeline', q.options, ctx),
    );
  return out as Partial<Record<string, Timings & { slowest: { item: QuoteLike; ms: number }[] }>>;
}

async function runReference(
  ref: Reference,
  sets: QuerySets,
  counts: Record<string, number>,
  has: (name: string) => boolean,
): Promise<Partial<Record<string, Latency>>> {
  const first = <T>(name: string, xs: readonly T[]) => xs.slice(0, counts[name] ?? xs.length);
  const time = async <T>(name: string, xs: readonly T[], fn: (x: T) => unknown) =>
    latency((await timeEach(first(name, xs), fn)).durations);
  const out: Partial<Record<string, Latency>> = {};
  out.quote = await time('quote', sets.quote, (q) => ref.search(q.text, 3, false));
  out.autocomplete = await time('autocomplete', sets.autocomplete, (t) => ref.search(t, 25, true));
  out.source = await time('source', sets.source, (id) => ref.get(id));
  if (has('verify'))
    out.verify = await time('verify', sets.verify, (t) => ref.search(t, 20, false));
  if (has('timeline'))
    out.timeline = await time('timeline', sets.timeline, (q) =>
      q.text ? ref.search(q.text, 50, false) : null,
    );
  return out;
}

function asItem(text: string): QuoteLike {
  return { text, options: {} };
}

function describe(item: unknown): string {
  const q = item as QuoteLike;
  const extra = Object.entries(q.options ?? {})
    .filter(([k]) => k !== 'query' && k !== 'topic')
    .map(([k, v]) => `${k}:${v}`)
    .join(' ');
  return `${q.text}${extra ? ` ${extra}` : ''}`.slice(0, 80);
}

async function probe(
  dir: string,
  cacheDir: string,
  queriesFile: string,
  serve: boolean,
): Promise<ProbeResult> {
  const { stdout } = await run(
    process.execPath,
    [
      '--expose-gc',
      path.join(here, 'startup-probe.js'),
      dir,
      cacheDir,
      queriesFile,
      ...(serve ? ['--serve'] : []),
    ],
    { maxBuffer: 1 << 20, timeout: 600_000 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as ProbeResult;
}
