/**
 * The figures as a table (one row per corpus and one for the set) and, for sets whose failures may
 * be read, the failures one per line. Held-out sets are only ever printed as figures.
 */
import { rate, type CorpusScore, type Figures, type Tally } from './score-corpus.js';
import type { ShownLine } from './score-quotes.js';
import type { ToldDate } from './score-events.js';
import type { GoldEvent } from './gold-table.js';
import type { SetScore } from './untuned-sets.js';

const COLUMNS = [
  'docs',
  'quotes top 3',
  'traps passed',
  'furniture out',
  'events found',
  'wrongly dated',
  'spurious',
  'verify',
] as const;

export function formatFigures(score: SetScore): string {
  const rows = score.corpora.map((c) => [c.name, ...cells(c.figures)]);
  if (score.corpora.length > 1) rows.push(['all', ...cells(score.totals)]);
  const header = ['corpus', ...COLUMNS];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const count = score.corpora.length;
  const lines = [`${score.set}: ${count} ${count === 1 ? 'corpus' : 'corpora'}`, line(header)];
  lines.push(...rows.map(line));
  if (score.corpora.length === 0) lines.push('  (no corpus with a gold table)');
  if (score.unscored.length > 0)
    lines.push(`  not scored (no gold table): ${score.unscored.join(', ')}`);
  const notes: string[] = [];
  if (score.totals.notVerbatim > 0)
    notes.push(`${score.totals.notVerbatim} shown quotes not verbatim`);
  if (score.totals.goldProblems > 0) notes.push(`${score.totals.goldProblems} gold table problems`);
  if (notes.length > 0) lines.push(`  ${notes.join(' · ')}`);
  return lines.join('\n');
}

function cells(f: Figures): string[] {
  return [
    String(f.documents),
    share(f.quotes),
    share(f.traps),
    share(f.furniture),
    share({ passed: f.timeline.found, total: f.timeline.gold }),
    String(f.timeline.wronglyDated),
    `${f.timeline.spurious}/${f.timeline.told}`,
    share(f.verify),
  ];
}

function share(t: Tally): string {
  if (t.total === 0) return '-';
  return `${t.passed}/${t.total} ${Math.round(rate(t) * 100)}%`;
}

/** Every failure of a corpus, one per line, indented under its corpus. */
export function formatFailures(c: CorpusScore): string {
  const f = c.failures;
  const lines: string[] = [];
  for (const p of f.goldProblems) lines.push(`gold problem: ${p}`);
  for (const m of f.quotes) {
    const g = m.gold;
    lines.push(`quote missed: "${g.query}" → ${g.speaker} (${g.role}) ${clip(g.text)} [${g.doc}]`);
    for (const s of m.shown) lines.push(`    shown: ${shown(s)}`);
    if (m.shown.length === 0) lines.push('    shown: nothing');
  }
  for (const t of f.traps)
    lines.push(
      `trap fired: "${t.trap.query}" speaker:subject → ${clip(t.trap.text)} shown in ${shown(t.shown)}`,
    );
  for (const x of f.furniture)
    lines.push(`furniture quotable: ${clip(x.line.text)} [${x.line.doc}] in ${shown(x.passage)}`);
  for (const x of f.notVerbatim) lines.push(`not verbatim: "${x.query}" → ${shown(x.shown)}`);
  for (const g of f.timeline.missed)
    lines.push(`event missed: ${dated(g)} ${clip(g.evidence)} [${g.doc}]`);
  for (const w of f.timeline.wronglyDated)
    lines.push(
      `wrongly dated: ${dated(w.told)} instead of ${dated(w.gold)} ${clip(w.gold.evidence)} [${w.gold.doc}]`,
    );
  for (const t of f.timeline.spurious)
    lines.push(`spurious event: ${dated(t)} ${clip(t.evidence)} [${t.doc}]`);
  for (const v of f.verify)
    lines.push(
      `verify: ${clip(v.gold.text)}${v.gold.speaker ? ` speaker:${v.gold.speaker}` : ''} → ${v.got}, gold ${v.gold.verdict}`,
    );
  if (lines.length === 0) return `${c.name}: no failures`;
  return [`${c.name}:`, ...lines.map((l) => `  ${l}`)].join('\n');
}

function shown(s: ShownLine): string {
  return `${s.speaker} (${s.role}) ${clip(s.text)} [${s.doc}]`;
}

function dated(e: Pick<GoldEvent | ToldDate, 'start' | 'end' | 'precision'>): string {
  return `${e.start}${e.end ? `..${e.end}` : ''} (${e.precision})`;
}

/** A text on one line, cut to 90 characters. */
function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 90 ? `${flat.slice(0, 89)}…` : flat}”`;
}
