/**
 * The benchmark as a table a person can read.
 */
import type { BenchResult } from './run.js';
import type { CommandFigures } from './run-size.js';
import { pct } from './targets.js';

const COMMAND_LABELS: Record<string, string> = {
  quote: '/quote',
  autocomplete: '/quote autocomplete',
  source: '/source <quote id>',
  verify: '/verify',
  timeline: '/timeline',
};

export function formatReport(r: BenchResult): string {
  const out: string[] = [];
  const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  out.push(
    `Verbatim benchmark · ${r.machine.date} · ${r.machine.cpu} × ${r.machine.cores} · ${r.machine.memoryGB} GB · Node ${r.machine.node} · seed ${r.seed}`,
  );
  out.push('');
  const rows: [string, (s: BenchResult['sizes'][number]) => string][] = [
    [
      'documents / passages (searchable)',
      (s) => `${s.documents} / ${s.passages} (${s.searchable})`,
    ],
    ['text MB / index terms', (s) => `${s.corpusMB.toFixed(1)} / ${s.terms}`],
    ['analyse + index, in process', (s) => `${ms(s.analyseAndIndexMs)} ms`],
    ['index build (posting lists)', (s) => `${ms(s.indexBuildMs)} ms`],
    [
      'snapshot save / load / size',
      (s) =>
        `${ms(s.snapshot.saveMs)} ms / ${ms(s.snapshot.loadMs)} ms / ${s.snapshot.MB.toFixed(1)} MB`,
    ],
    ['cold start: ready since process start', (s) => `${ms(s.startCold.readySinceStartMs)} ms`],
    [
      'cold start: of which reading the dates',
      (s) => optional(s.startCold.timelineMs ?? null, (x) => `${ms(x)} ms`),
    ],
    [
      'from snapshot: ready since process start',
      (s) => `${ms(s.startFromSnapshot.readySinceStartMs)} ms`,
    ],
    [
      'longest loop block while loading snapshot',
      (s) => `${ms(s.startFromSnapshot.loadBlockMs)} ms`,
    ],
    [
      'heap / RSS steady (from snapshot)',
      (s) =>
        `${s.startFromSnapshot.steady.heapMB.toFixed(0)} / ${s.startFromSnapshot.steady.rssMB.toFixed(0)} MB`,
    ],
    [
      'peak RSS (serving from snapshot / cold start)',
      (s) => `${s.startFromSnapshot.peakRssMB.toFixed(0)} / ${s.startCold.peakRssMB.toFixed(0)} MB`,
    ],
    [
      'first /timeline call, events preloaded',
      (s) => optional(s.startFromSnapshot.timelineFirstCallMs, (x) => `${ms(x)} ms`),
    ],
    [
      'heap / RSS after the first /timeline',
      (s) =>
        optional(
          s.startFromSnapshot.steadyWithTimeline,
          (x) => `${x.heapMB.toFixed(0)} / ${x.rssMB.toFixed(0)} MB`,
        ),
    ],
    [
      'loop block, 10 concurrent (events / one tick)',
      (s) =>
        optional(
          s.startFromSnapshot.burst,
          (b) => `${ms(b.separateEventsMs)} / ${ms(b.sameTickMs)} ms`,
        ),
    ],
    [
      'loop block by command (quote/ac/verify/tl)',
      (s) =>
        optional(s.startFromSnapshot.burst, (b) =>
          ['quote', 'autocomplete', 'verify', 'timeline']
            .map((n) => b.perCommand[n])
            .map((x) => (x ? ms(x.separateEventsMs) : '–'))
            .join(' / '),
        ),
    ],
    [
      'RSS after each (quote/ac/source/verify/tl)',
      (s) =>
        ['quote', 'autocomplete', 'source', 'verify', 'timeline']
          .map((n) => s.startFromSnapshot.memoryAfter[n])
          .map((x) => (x ? x.rssMB.toFixed(0) : '–'))
          .join('/') + ' MB',
    ],
    [
      'longest GC pause during the bursts',
      (s) => optional(s.startFromSnapshot.burst, (b) => `${ms(b.longestGcMs)} ms`),
    ],
    [
      'reference build: baseline / floor',
      (s) => `${ms(s.references.baselineBuildMs)} / ${ms(s.references.floorBuildMs)} ms`,
    ],
  ];
  const width = 46;
  const col = 30;
  out.push(['corpus'.padEnd(width), ...r.sizes.map((s) => s.label.padEnd(col))].join(''));
  for (const [label, f] of rows)
    out.push([label.padEnd(width), ...r.sizes.map((s) => f(s).padEnd(col))].join(''));
  out.push('');
  for (const s of r.sizes) {
    out.push(
      `latency, ms · ${s.label} · ${r.queries} queries per command (n base: how many of them the baseline ran)`,
    );
    out.push(
      [
        'command'.padEnd(22),
        'p50',
        'p95',
        'p99',
        'max',
        'base p99',
        'n base',
        'floor p99',
        '×base',
        '×floor',
      ]
        .map((h, i) => (i === 0 ? h : h.padStart(10)))
        .join(''),
    );
    for (const [name, c] of Object.entries(s.commands)) {
      const label = (COMMAND_LABELS[name] ?? name).padEnd(22);
      if ('unavailable' in c) {
        out.push(`${label}${'not yet available (not in COMMANDS)'.padStart(40)}`);
        continue;
      }
      const f = c as CommandFigures;
      const cells = [f.core.p50, f.core.p95, f.core.p99, f.core.max, f.baseline?.p99].map((x) =>
        (x === undefined ? '–' : ms(x)).padStart(10),
      );
      cells.push(
        String(f.baseline?.count ?? '–').padStart(10),
        (f.floor ? ms(f.floor.p99) : '–').padStart(10),
      );
      const ratio = (x: number | null) => (x === null ? '–' : `${x.toFixed(2)}`).padStart(10);
      out.push(label + cells.join('') + ratio(f.vsBaseline) + ratio(f.vsFloor));
    }
    const q = s.commands.quote;
    if (q && !('unavailable' in q))
      out.push(`  slowest /quote: ${q.slowest.map((x) => `${x.query} (${ms(x.ms)})`).join(' · ')}`);
    const w = s.web;
    const pages: [string, typeof w.quotePage, number | null, string][] = [
      ['GET /q/<quote id>', w.quotePage, w.quotePageVsCommand, '× /source <quote id>'],
      ['GET /?q=… (10 a page)', w.searchPage, w.searchPageVsCommand, '× /quote (3 a page)'],
    ];
    for (const [label, l, ratio, of] of pages) {
      const cells = [l.p50, l.p95, l.p99, l.max].map((x) => ms(x).padStart(10)).join('');
      out.push(
        `${label.padEnd(22)}${cells}   p99 ${ratio === null ? '–' : ratio.toFixed(2)} ${of}`,
      );
    }
    out.push(`  web pages: server time via app.request(); site prepared in ${ms(w.prepareMs)} ms`);
    out.push('');
  }
  for (const s of r.sizes) {
    if (!s.choices) continue;
    out.push(
      `each choice undone in turn · ${s.label} · ms · quality = top-3 hit rate on the seeds`,
    );
    out.push(
      ['choice'.padEnd(40), 'quote p50', 'p95', 'p99', 'ac p50', 'p95', 'p99', 'quality']
        .map((h, i) => (i === 0 ? h : h.padStart(10)))
        .join(''),
    );
    for (const c of s.choices)
      out.push(
        c.choice.padEnd(40) +
          [
            c.quote.p50,
            c.quote.p95,
            c.quote.p99,
            c.autocomplete.p50,
            c.autocomplete.p95,
            c.autocomplete.p99,
          ]
            .map((x) => ms(x).padStart(10))
            .join('') +
          pct(c.quality).padStart(10),
      );
    out.push('');
  }
  const qc = r.quality;
  out.push(
    `quality on the seeds (${qc.core.queries} queries, expected quote in top 3): core ${pct(qc.core.hitRate)} (${qc.core.hits}/${qc.core.queries}), attribution errors ${qc.core.attributionErrors} · MiniSearch baseline ${pct(qc.baseline.hitRate)} · floor ${pct(qc.floor.hitRate)}`,
  );
  out.push('');
  out.push('targets (2-core machine)');
  for (const t of r.targets)
    out.push(`  ${t.met === null ? '·' : t.met ? '✓' : '✗'} ${t.target.padEnd(62)} ${t.measured}`);
  return out.join('\n');
}

function optional<T>(x: T | null, f: (x: T) => string): string {
  return x === null ? 'n/a' : f(x);
}
