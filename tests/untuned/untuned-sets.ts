/**
 * The sets scored: the seeds (gold converted from their fixtures), the development corpora
 * (`tests/untuned/dev/<corpus>/`) and the held-out corpora (`tests/untuned/heldout/<corpus>/`),
 * each corpus a folder of documents with its `corpus.yaml` and `_gold.yaml`. Paths are relative to
 * the project folder, where `npm test` and `npm run` start.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { GOLD_FILE } from './gold-table.js';
import { addFigures, scoreCorpus, type CorpusScore, type Figures } from './score-corpus.js';
import { seedsGold } from './seeds-gold.js';

export const UNTUNED_DIR = path.join('tests', 'untuned');
export const SEEDS_DIR = 'seeds';

export const SETS = ['seeds', 'dev', 'heldout'] as const;
export type UntunedSet = (typeof SETS)[number];

export interface SetScore {
  set: UntunedSet;
  corpora: CorpusScore[];
  totals: Figures;
  /** Corpus folders with no gold table yet: not scored. */
  unscored: string[];
}

/** The corpus folders of a set: those with a gold table, and those without one. */
export async function corpusFolders(
  set: Exclude<UntunedSet, 'seeds'>,
): Promise<{ scored: string[]; unscored: string[] }> {
  const root = path.join(UNTUNED_DIR, set);
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const scored: string[] = [];
  const unscored: string[] = [];
  for (const e of entries.filter((x) => x.isDirectory()).sort(byName)) {
    const dir = path.join(root, e.name);
    const files = await readdir(dir);
    (files.includes(GOLD_FILE) ? scored : unscored).push(dir);
  }
  return { scored, unscored };
}

export async function scoreSet(set: UntunedSet): Promise<SetScore> {
  if (set === 'seeds') {
    const corpora = [await scoreCorpus(SEEDS_DIR, seedsGold)];
    return { set, corpora, totals: addFigures(corpora.map((c) => c.figures)), unscored: [] };
  }
  const { scored, unscored } = await corpusFolders(set);
  const corpora: CorpusScore[] = [];
  for (const dir of scored) corpora.push(await scoreCorpus(dir));
  return {
    set,
    corpora,
    totals: addFigures(corpora.map((c) => c.figures)),
    unscored: unscored.map((d) => path.basename(d)),
  };
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name);
}
