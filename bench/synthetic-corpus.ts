/**
 * Deterministic synthetic corpora made from the seeds: every document is a seed document (cycled,
 * so the mix of kinds, speakers and structure is the seeds') whose content words are partly
 * replaced. Replacements follow the seeds' word frequencies (Zipf, so the subject's name and party
 * stay very frequent) plus English-like invented words whose pool grows with the corpus, so the
 * vocabulary grows as a real archive's does (Heaps' law). Names, stop words, attribution verbs,
 * page furniture and the front matter's structure are kept, so analysis attributes the passages
 * as it does in the seeds. Same seed, same files.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UNINDEXED_WORDS } from '../src/core/search/terms.js';
import { isAppeal, lineFurnitureReason } from '../src/core/corpus/furniture.js';
import { createRng, type Rng } from './prng.js';
import { createWordMaker } from './word-maker.js';

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Words that carry attribution or comment structure: never replaced. */
const KEEP = new Set(
  'said says say told asked added wrote writes stated explained according replied reply comments comment posted announced'.split(
    ' ',
  ),
);
/** Share of replaceable words that are replaced. */
const REPLACE_RATE = 0.45;
/** Share of replacements that are invented words (the long tail of a large archive). */
const INVENTED_RATE = 0.2;
/** Lines shorter than this many words are headings, bylines, furniture: kept as they are. */
const MIN_WORDS_TO_REWRITE = 6;

interface Seed {
  file: string;
  frontMatter: string[];
  body: string[];
}

export interface SyntheticCorpus {
  dir: string;
  documents: number;
  bytes: number;
}

/**
 * Writes a corpus of about `passages` searchable passages to `dir` (emptied first).
 * `passagesPerSeed` is the number of searchable passages each seed file yields, by file name.
 */
export async function writeSyntheticCorpus(
  seedsDir: string,
  dir: string,
  passages: number,
  passagesPerSeed: ReadonlyMap<string, number>,
  seed: number,
): Promise<SyntheticCorpus> {
  const seeds = await readSeeds(seedsDir);
  const rng = createRng(seed);
  const vocabulary = rankedVocabulary(seeds);
  const makeWord = createWordMaker(vocabulary, createRng(seed ^ 0x5eed));
  // A pool of invented words proportional to passages^0.75: ~20k at 10k passages, ~110k at 100k.
  const invented: string[] = [];
  const inventedCount = Math.round(20 * Math.pow(passages, 0.75));
  const seen = new Set(vocabulary);
  while (invented.length < inventedCount) {
    const w = makeWord();
    if (!seen.has(w)) {
      seen.add(w);
      invented.push(w);
    }
  }

  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const profile = await readFile(path.join(seedsDir, 'corpus.yaml'), 'utf8');
  await writeFile(path.join(dir, 'corpus.yaml'), profile);

  const replace = (word: string): string => {
    const fresh = rng.chance(INVENTED_RATE)
      ? invented[rng.zipf(invented.length, 0.8)]!
      : vocabulary[rng.zipf(vocabulary.length, 1)]!;
    if (word === word.toUpperCase() && word.length > 1) return fresh.toUpperCase();
    if (word[0] !== word[0]!.toLowerCase()) return fresh[0]!.toUpperCase() + fresh.slice(1);
    return fresh;
  };
  const rewriteLine = (line: string): string => {
    const words = line.match(WORD) ?? [];
    if (words.length < MIN_WORDS_TO_REWRITE || isAppeal(line) || lineFurnitureReason(line))
      return line;
    return line.replace(WORD, (w) => {
      const lower = w.toLowerCase();
      if (UNINDEXED_WORDS.has(lower) || KEEP.has(lower)) return w;
      // Capitalised words are mostly names: keep most so attribution and the name skew survive.
      if (w[0] !== lower[0] && rng.chance(0.85)) return w;
      return rng.chance(REPLACE_RATE) ? replace(w) : w;
    });
  };

  let total = 0;
  let bytes = 0;
  let n = 0;
  while (total < passages) {
    const template = seeds[n % seeds.length]!;
    const text = [
      '---',
      ...rewriteFrontMatter(template.frontMatter, n, rng, rewriteLine),
      '---',
      ...template.body.map(rewriteLine),
    ].join('\n');
    const name = `${String(n).padStart(6, '0')}_${template.file}`;
    await writeFile(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
    total += passagesPerSeed.get(template.file) ?? 1;
    n++;
  }
  return { dir, documents: n, bytes };
}

async function readSeeds(seedsDir: string): Promise<Seed[]> {
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.md')).sort();
  const out: Seed[] = [];
  for (const file of files) {
    const lines = (await readFile(path.join(seedsDir, file), 'utf8')).split('\n');
    const close = lines.indexOf('---', 1);
    out.push({ file, frontMatter: lines.slice(1, close), body: lines.slice(close + 1) });
  }
  return out;
}

/** Content words of the seeds, most frequent first. */
function rankedVocabulary(seeds: readonly Seed[]): string[] {
  const counts = new Map<string, number>();
  for (const s of seeds)
    for (const w of s.body.join('\n').match(WORD) ?? []) {
      const lower = w.toLowerCase();
      if (UNINDEXED_WORDS.has(lower) || lower.length < 2) continue;
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
}

function rewriteFrontMatter(
  lines: readonly string[],
  n: number,
  rng: Rng,
  rewriteLine: (line: string) => string,
): string[] {
  const shift = rng.int(37) - 18;
  return lines.map((line) => {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (!m) return line;
    const [, key, value] = m as unknown as [string, string, string];
    switch (key) {
      case 'id':
        return `id: ${value}-${n}`;
      case 'url':
        return `url: ${value.replace(/\/?$/, '')}-${n}`;
      case 'title':
        return `title: ${JSON.stringify(rewriteLine(`${value} ${n}`))}`;
      case 'published':
      case 'updated':
        return `${key}: ${shiftDate(value, shift)}`;
      default:
        return line;
    }
  });
}

/** `2019-11-06` / `2019-02~` moved by whole months, precision and `~` kept. */
function shiftDate(value: string, months: number): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?]?)$/.exec(value.trim());
  if (!m) return value;
  const year = Number(m[1]);
  if (!m[2]) return `${year + Math.round(months / 12)}${m[4]}`;
  const index = year * 12 + Number(m[2]) - 1 + months;
  const y = Math.floor(index / 12);
  const mo = String((index % 12) + 1).padStart(2, '0');
  const day = m[3] ? `-${String(Math.min(Number(m[3]), 28)).padStart(2, '0')}` : '';
  return `${y}-${mo}${day}${m[4]}`;
}
