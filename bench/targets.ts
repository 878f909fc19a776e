/**
 * The targets of issue 7 on a 2-core machine, checked against a run's figures.
 */
import type { CommandFigures, SizeResult } from './run-size.js';
import type { QualityFigures } from './quality.js';

export interface TargetCheck {
  target: string;
  measured: string;
  /** null: not measurable in this run (size skipped or command not available yet). */
  met: boolean | null;
}

const figures = (s: SizeResult | undefined, name: string): CommandFigures | undefined => {
  const c = s?.commands[name];
  return c && !('unavailable' in c) ? c : undefined;
};

export function checkTargets(
  sizes: readonly SizeResult[],
  quality: { core: QualityFigures; baseline: QualityFigures },
): TargetCheck[] {
  const by = (label: string) => sizes.find((s) => s.label === label);
  const out: TargetCheck[] = [];
  const latencyTarget = (label: string, name: string, key: 'p50' | 'p99', limit: number) => {
    const c = figures(by(label), name);
    out.push({
      target: `${label}: ${name} ${key} ≤ ${limit} ms`,
      measured: c ? `${c.core[key].toFixed(1)} ms` : by(label) ? 'not available yet' : 'not run',
      met: c ? c.core[key] <= limit : null,
    });
  };
  latencyTarget('100k', 'quote', 'p50', 5);
  latencyTarget('100k', 'quote', 'p99', 50);
  latencyTarget('100k', 'autocomplete', 'p99', 30);
  latencyTarget('100k', 'verify', 'p99', 100);
  latencyTarget('100k', 'timeline', 'p99', 20);
  for (const [page, limit] of [
    ['quotePage', 5],
    ['searchPage', 15],
  ] as const) {
    const w = by('100k')?.web;
    out.push({
      target: `100k: ${page === 'quotePage' ? 'quote page' : 'search page'} p99 ≤ ${limit} ms (server time)`,
      measured: w ? `${w[page].p99.toFixed(1)} ms` : 'not run',
      met: w ? w[page].p99 <= limit : null,
    });
  }
  const big = by('100k');
  const burst = big?.startFromSnapshot.burst;
  out.push({
    target: '100k: no event-loop block over 50 ms (10 concurrent queries)',
    measured: burst
      ? `${burst.separateEventsMs.toFixed(1)} ms (${Object.entries(burst.perCommand)
          .map(([n, b]) => `${n} ${b.separateEventsMs.toFixed(0)}`)
          .join(', ')})`
      : 'not run',
    met: burst ? burst.separateEventsMs <= 50 : null,
  });
  out.push({
    target: '100k: ready to serve from a snapshot ≤ 3 s',
    measured: big ? `${(big.startFromSnapshot.readySinceStartMs / 1000).toFixed(2)} s` : 'not run',
    met: big ? big.startFromSnapshot.readySinceStartMs <= 3000 : null,
  });
  const peak = big ? Math.max(big.startCold.peakRssMB, big.startFromSnapshot.peakRssMB) : 0;
  out.push({
    target: '100k: RSS ≤ 600 MB at peak',
    measured: big
      ? `${big.startFromSnapshot.peakRssMB.toFixed(0)} MB from snapshot, ${big.startCold.peakRssMB.toFixed(0)} MB cold build`
      : 'not run',
    met: big ? peak <= 600 : null,
  });
  latencyTarget('10k', 'quote', 'p99', 15);
  latencyTarget('10k', 'autocomplete', 'p99', 5);
  const seeds = by('seeds');
  out.push({
    target: 'seeds: ready to serve ≤ 1.5 s from a cold start',
    measured: seeds ? `${(seeds.startCold.readySinceStartMs / 1000).toFixed(2)} s` : 'not run',
    met: seeds ? seeds.startCold.readySinceStartMs <= 1500 : null,
  });
  out.push({
    target: 'quality: top-3 hit rate ≥ the baseline, no attribution error',
    measured: `${pct(quality.core.hitRate)} vs baseline ${pct(quality.baseline.hitRate)}, ${quality.core.attributionErrors} errors`,
    met: quality.core.hitRate >= quality.baseline.hitRate && quality.core.attributionErrors === 0,
  });
  return out;
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
