/**
 * Each search choice measured rather than assumed: the same /quote and autocomplete queries run
 * against the index opened with one choice undone at a time, with the quality hit rate on the
 * seeds for the same setting, so a speed-up that costs recall shows.
 */
import { suggest, type Corpus } from '../src/core/index.js';
import { buildIndexData, searchablePassages } from '../src/core/search/index-data.js';
import {
  DEFAULT_TUNING,
  PassageIndex,
  type PassageSearch,
  type SearchQuery,
  type SearchTuning,
} from '../src/core/search/passage-index.js';
import { buildPassageIndex as legacyIndex } from './legacy-index.js';
import type { QuerySets } from './queries.js';
import { QUALITY_QUERIES } from '../tests/fixtures/quality-queries.js';
import { latency, timeEach, type Latency } from './stats.js';
import { parsePartialDate } from '../src/core/corpus/partial-date.js';
import { QUOTE_SEARCH } from '../src/core/commands/quote-command.js';

export interface AblationRow {
  choice: string;
  quote: Latency;
  autocomplete: Latency;
  /** Top-3 hit rate of the quality queries on the seeds with this setting (0–1). */
  quality: number;
}

interface Variant {
  choice: string;
  tuning?: Partial<SearchTuning>;
  /** Hits assembled per query (default: what the commands ask for). */
  limit?: number;
  legacy?: boolean;
}

const VARIANTS: Variant[] = [
  { choice: 'chosen configuration' },
  { choice: 'fuzzy from 3 letters (not 5)', tuning: { fuzzyMinLength: 3 } },
  { choice: 'fuzzy at 2 edits (not 1)', tuning: { fuzzyEdits: 2 } },
  { choice: 'prefix on every word while typing', tuning: { prefixEveryWord: true } },
  { choice: 'prefix from 2 letters (not 3)', tuning: { prefixMinLength: 2 } },
  { choice: 'OR only (no AND first, no fill)', tuning: { andFirst: false } },
  { choice: 'every match assembled (no hit limit)', limit: Number.POSITIVE_INFINITY },
];

/** The old core (MiniSearch, every match scored and assembled): only where it finishes in time. */
const LEGACY: Variant = { choice: 'previous core: MiniSearch, all matches', legacy: true };

export async function measureChoices(
  corpus: Corpus,
  seeds: Corpus,
  sets: QuerySets,
  count: number,
  withLegacy: boolean,
): Promise<AblationRow[]> {
  const data = buildIndexData(searchablePassages(corpus.passages.values()));
  const seedData = buildIndexData(searchablePassages(seeds.passages.values()));
  const open = (c: Corpus, d: typeof data, v: Variant): PassageSearch =>
    v.legacy
      ? legacyIndex(c.documents, c.passages, c.speakers)
      : PassageIndex.open(c.documents, c.passages, d, { ...DEFAULT_TUNING, ...v.tuning });
  const rows: AblationRow[] = [];
  for (const v of withLegacy ? [...VARIANTS, LEGACY] : VARIANTS) {
    const index = open(corpus, data, v);
    // Two passes, the second measured: the first settles JIT and GC for this variant.
    const run = async () => {
      const quote = await timeEach(sets.quote.slice(0, count), (q) =>
        readTop(
          index.search({ ...quoteQuery(q.options), limit: v.limit ?? QUOTE_SEARCH.limit }),
          3,
        ),
      );
      const autocomplete = await timeEach(sets.autocomplete.slice(0, count), (t) =>
        readTop(
          index.search({
            text: t,
            prefixLast: true,
            excludeRoles: ['commenter'],
            limit: v.limit ?? 25,
          }),
          25,
        ),
      );
      return { quote, autocomplete };
    };
    await run();
    const { quote, autocomplete } = await run();
    rows.push({
      choice: v.choice,
      quote: latency(quote.durations),
      autocomplete: latency(autocomplete.durations),
      quality: hitRate(open(seeds, seedData, v)),
    });
  }
  // The short-input cache sits in suggest(), above the index: the same typing seen for the first
  // time (only repeats within the list hit the cache), then again (every short input cached).
  const first = await timeEach(sets.autocomplete.slice(0, count), (t) =>
    suggest(corpus, 'quote', t),
  );
  const again = await timeEach(sets.autocomplete.slice(0, count), (t) =>
    suggest(corpus, 'quote', t),
  );
  const chosen = rows[0]!;
  rows.splice(
    1,
    0,
    {
      ...chosen,
      choice: 'suggest(): first sight of each input',
      autocomplete: latency(first.durations),
    },
    {
      ...chosen,
      choice: 'suggest(): again (short inputs cached)',
      autocomplete: latency(again.durations),
    },
  );
  return rows;
}

/** What /quote gives the index (speaker names are canonical in the query sets). */
function quoteQuery(o: Record<string, string>): SearchQuery {
  return {
    ...QUOTE_SEARCH,
    text: o.query ?? '',
    speaker: o.speaker ?? null,
    source: o.source ?? null,
    from: o.from ? parsePartialDate(o.from) : null,
    to: o.to ? parsePartialDate(o.to) : null,
  };
}

/** A reply shows the top hits' excerpts, and says what was not found when nothing was. */
function readTop(outcome: ReturnType<PassageSearch['search']>, k: number): number {
  let n = 0;
  for (const h of outcome.hits.slice(0, k)) n += h.excerpt.end;
  if (outcome.hits.length === 0) n += outcome.unmatched.length;
  return n;
}

function hitRate(index: PassageSearch): number {
  let hits = 0;
  for (const [query, fragment, speaker] of QUALITY_QUERIES) {
    const top3 = index.search({ text: query, ...QUOTE_SEARCH }).hits.slice(0, 3);
    if (top3.some((h) => h.passage.text.includes(fragment) && h.passage.speaker === speaker))
      hits++;
  }
  return hits / QUALITY_QUERIES.length;
}
