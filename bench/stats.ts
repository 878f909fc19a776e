/**
 * Measuring: latency percentiles over a query list, memory, and the longest event-loop block
 * during a burst of concurrent queries (`monitorEventLoopDelay`).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of durations in milliseconds. */
export function latency(durations: readonly number[]): Latency {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted[sorted.length - 1] ?? 0,
    mean: sorted.length ? sum / sorted.length : 0,
  };
}

/** Runs `fn` once per item, one after another, timing each call (sync or async). */
export async function timeEach<T>(
  items: readonly T[],
  fn: (item: T) => unknown,
): Promise<{ durations: number[]; slowest: { item: T; ms: number }[] }> {
  const durations: number[] = [];
  const all: { item: T; ms: number }[] = [];
  for (const item of items) {
    const t = performance.now();
    await fn(item);
    const ms = performance.now() - t;
    durations.push(ms);
    all.push({ item, ms });
  }
  all.sort((a, b) => b.ms - a.ms);
  return { durations, slowest: all.slice(0, 10) };
}

/** Times one call. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t };
}

export interface MemoryFigures {
  heapMB: number;
  rssMB: number;
  /** Highest RSS of the process so far (kernel high-water mark). */
  peakRssMB: number;
}

export function memory(): MemoryFigures {
  (globalThis as { gc?: () => void }).gc?.();
  const u = process.memoryUsage();
  return {
    heapMB: u.heapUsed / 1e6,
    rssMB: u.rss / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1e3,
  };
}

export interface BurstFigures {
  /** Longest event-loop delay seen while 10 queries arrive as separate events (ms). */
  separateEventsMs: number;
  /** Longest delay when the 10 queries are started in the same tick (ms). */
  sameTickMs: number;
}

/**
 * Bursts of 10 concurrent queries. Separate events: each query starts in its own macrotask, as
 * interactions arriving from a socket do. Same tick: all ten are started back to back (the worst
 * case, when one network read carries ten interactions and none defers).
 */
export async function burst(
  queries: readonly (() => unknown)[],
  bursts: number,
): Promise<BurstFigures> {
  const run = async (sameTick: boolean) => {
    const h = monitorEventLoopDelay({ resolution: 1 });
    h.enable();
    for (let b = 0; b < bursts; b++) {
      const ten = Array.from({ length: 10 }, (_, i) => queries[(b * 10 + i) % queries.length]!);
      if (sameTick) await Promise.all(ten.map((q) => q()));
      else
        await Promise.all(
          ten.map(
            (q) =>
              new Promise<void>((resolve) =>
                setImmediate(() => void Promise.resolve(q()).then(() => resolve())),
              ),
          ),
        );
      // Let the delay timer tick between bursts.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    h.disable();
    return h.max / 1e6;
  };
  const separateEventsMs = await run(false);
  const sameTickMs = await run(true);
  return { separateEventsMs, sameTickMs };
}
