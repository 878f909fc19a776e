/**
 * A fresh process that starts the core the way the bot does: load the corpus (from the snapshot
 * when `cacheDir` holds a valid one), then answer queries. Prints one JSON line: time to ready
 * since the process started, the longest event-loop block while loading, memory steady (after
 * GC) and peak, and (with --serve) the first /timeline call, every command once, and the longest
 * event-loop block during bursts of 10 concurrent queries with the longest GC pause among them.
 * Run by run-size.ts: startup-probe.js <corpusDir> <cacheDir|-> <queries.json> [--serve]
 */
import { readFile } from 'node:fs/promises';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import {
  COMMANDS,
  dispatch,
  findCommand,
  loadCorpus,
  suggest,
  Scheduler,
} from '../src/core/index.js';
import { createLogger, silentLogger } from '../src/logger.js';
import type { QuerySets } from './queries.js';
import { burst, memory, type BurstFigures } from './stats.js';

export interface ProbeInput {
  sets: QuerySets;
  /** /quote options run first in the bursts (the slowest seen in the main run). */
  slowQuotes: Record<string, string>[];
}

export interface ProbeResult {
  /** Where the corpus came from: 'files' (analysed and indexed) or 'snapshot'. */
  from: string;
  /** Process start → corpus ready (module loading included). */
  readySinceStartMs: number;
  /** loadCorpus alone. */
  loadMs: number;
  /** Of which extracting the events, when the corpus was analysed (null: loaded from the snapshot). */
  timelineMs: number | null;
  /** Longest event-loop block while loading. */
  loadBlockMs: number;
  /** After loading, after a GC. */
  steady: { heapMB: number; rssMB: number };
  /**
   * The first /timeline call, no options, in a process that has answered nothing yet (null: no
   * /timeline). The events come with the corpus: this is the first page and the code's warm-up.
   */
  timelineFirstCallMs: number | null;
  /** After the first /timeline, after a GC (null: no /timeline or not serving). */
  steadyWithTimeline: { heapMB: number; rssMB: number } | null;
  /** Worst over bursts of each command alone and of all mixed; per command; longest GC pause. */
  burst: (BurstFigures & { perCommand: Record<string, BurstFigures>; longestGcMs: number }) | null;
  /** Memory after running each command's whole list (in this order), after a GC. */
  memoryAfter: Record<string, { heapMB: number; rssMB: number; peakRssMB: number }>;
  /** Highest RSS over loading and answering. */
  peakRssMB: number;
}

async function main(): Promise<void> {
  const [dir, cache, queriesFile, mode] = process.argv.slice(2);
  if (!dir || !cache || !queriesFile)
    throw new Error('usage: startup-probe <dir> <cacheDir|-> <queries.json> [--serve]');
  const lines: string[] = [];
  const capture = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const started = performance.now();
  const corpus = await loadCorpus(dir, {
    logger: createLogger('info', capture),
    cacheDir: cache === '-' ? null : cache,
  });
  const readySinceStartMs = performance.now();
  h.disable();
  const loaded = lines
    .flatMap((l) => l.split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as { msg?: string; from?: string; timelineMs?: number })
    .find((l) => l.msg === 'corpus loaded');
  const steady = memory();
  const input = JSON.parse(await readFile(queriesFile, 'utf8')) as ProbeInput;
  const ctx = { corpus, logger: silentLogger(), scheduler: new Scheduler(), now: () => new Date() };
  const has = (name: string) => findCommand(COMMANDS, name) !== undefined;

  let timelineFirstCallMs: number | null = null;
  let steadyWithTimeline: ProbeResult['steady'] | null = null;
  let bursts: ProbeResult['burst'] = null;
  const memoryAfter: ProbeResult['memoryAfter'] = {};
  const { sets } = input;
  const calls = {
    quote: (i: number) =>
      dispatch(COMMANDS, 'quote', sets.quote[i % sets.quote.length]!.options, ctx),
    autocomplete: (i: number) =>
      suggest(corpus, 'quote', sets.autocomplete[i % sets.autocomplete.length]!),
    source: (i: number) =>
      dispatch(COMMANDS, 'source', { id: sets.source[i % sets.source.length]! }, ctx),
    verify: (i: number) =>
      dispatch(COMMANDS, 'verify', { text: sets.verify[i % sets.verify.length]! }, ctx),
    timeline: (i: number) =>
      dispatch(COMMANDS, 'timeline', sets.timeline[i % sets.timeline.length]!.options, ctx),
  };
  const names = (['quote', 'autocomplete', 'source', 'verify', 'timeline'] as const).filter(
    (n) => n === 'autocomplete' || has(n),
  );
  if (mode === '--serve') {
    if (has('timeline')) {
      const t = performance.now();
      await dispatch(COMMANDS, 'timeline', {}, ctx);
      timelineFirstCallMs = performance.now() - t;
      const m = memory();
      steadyWithTimeline = { heapMB: m.heapMB, rssMB: m.rssMB };
    }
    // Every command over its whole list; memory after each shows which one holds what.
    for (const name of names) {
      for (let i = 0; i < sets.quote.length; i++) await calls[name](i);
      const m = memory();
      memoryAfter[name] = { heapMB: m.heapMB, rssMB: m.rssMB, peakRssMB: m.peakRssMB };
    }
    const gcs: number[] = [];
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) gcs.push(e.duration);
    });
    obs.observe({ entryTypes: ['gc'] });
    const perCommand: Record<string, BurstFigures> = {};
    for (const name of names) {
      const list: (() => unknown)[] = [];
      if (name === 'quote')
        for (const o of input.slowQuotes) list.push(() => dispatch(COMMANDS, 'quote', o, ctx));
      for (let i = 0; i < 200; i++) list.push(() => calls[name](i));
      perCommand[name] = await burst(list, 20);
    }
    const mixed: (() => unknown)[] = [];
    for (let i = 200; i < 400; i++) for (const name of names) mixed.push(() => calls[name](i));
    const b = await burst(mixed, 20);
    await new Promise((resolve) => setTimeout(resolve, 50));
    obs.disconnect();
    const all = [b, ...Object.values(perCommand)];
    bursts = {
      separateEventsMs: Math.max(...all.map((x) => x.separateEventsMs)),
      sameTickMs: Math.max(...all.map((x) => x.sameTickMs)),
      perCommand,
      longestGcMs: Math.max(0, ...gcs),
    };
  } else {
    for (const q of sets.quote) await dispatch(COMMANDS, 'quote', q.options, ctx);
  }
  const result: ProbeResult = {
    from: loaded?.from ?? 'unknown',
    readySinceStartMs,
    loadMs: readySinceStartMs - started,
    timelineMs: loaded?.timelineMs ?? null,
    loadBlockMs: h.max / 1e6,
    steady: { heapMB: steady.heapMB, rssMB: steady.rssMB },
    timelineFirstCallMs,
    steadyWithTimeline,
    burst: bursts,
    memoryAfter,
    peakRssMB: memory().peakRssMB,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
