/**
 * The web site's server time at each size: the quote page (`GET /q/<id>`, the /source quote ids)
 * and the search page (`GET /?q=…`, the /quote queries with their filters), through the Hono app's
 * `app.request()` (routing, the core, HTML rendering; no socket), beside the commands' own times.
 */
import { COMMANDS, Scheduler, type Corpus } from '../src/core/index.js';
import { silentLogger } from '../src/logger.js';
import { createSite } from '../src/adapters/web/index.js';
import type { QuerySets } from './queries.js';
import { latency, timed, timeEach, type Latency } from './stats.js';

export interface WebPageFigures {
  /** Building the site: the corpus version and the same-words index, worked out once. */
  prepareMs: number;
  quotePage: Latency;
  searchPage: Latency;
  /** Page p99 / the command's p99 through dispatch (/source <quote id>; /quote). */
  quotePageVsCommand: number | null;
  searchPageVsCommand: number | null;
}

const SEARCH_PARAMS: Record<string, string> = {
  query: 'q',
  speaker: 'speaker',
  source: 'source',
  from: 'from',
  to: 'to',
};

export async function measureWebPages(
  corpus: Corpus,
  sets: QuerySets,
  commandP99: { source: number | null; quote: number | null },
): Promise<WebPageFigures> {
  const built = await timed(() =>
    createSite(
      {
        corpus,
        commands: COMMANDS,
        logger: silentLogger(),
        scheduler: new Scheduler(),
        now: () => new Date(),
        publicUrl: 'https://quotes.example.org',
      },
      { health: { ready: () => true, platforms: () => ({}) }, prepare: true },
    ),
  );
  const site = built.value;
  const get = async (path: string) => {
    const res = await site.request(path);
    await res.text();
  };
  const quotePaths = sets.source.map((id) => `/q/${encodeURIComponent(id)}`);
  const searchPaths = sets.quote.map((q) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(q.options))
      if (SEARCH_PARAMS[k]) params.set(SEARCH_PARAMS[k], v);
    return `/?${params.toString()}`;
  });
  // Warm-up, as the commands get.
  for (const p of [...quotePaths.slice(0, 100), ...searchPaths.slice(0, 100)]) await get(p);
  const quotePage = latency((await timeEach(quotePaths, get)).durations);
  const searchPage = latency((await timeEach(searchPaths, get)).durations);
  const ratio = (page: Latency, p99: number | null) => (p99 && p99 > 0 ? page.p99 / p99 : null);
  return {
    prepareMs: built.ms,
    quotePage,
    searchPage,
    quotePageVsCommand: ratio(quotePage, commandP99.source),
    searchPageVsCommand: ratio(searchPage, commandP99.quote),
  };
}
