/**
 * Loads what CORPUS_DIR holds: with corpora.yaml, every corpus it names (each with its own
 * snapshot and quote id scope); without it, the folder as one corpus, exactly as before.
 */
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { loadCorpus, type CorpusFs, type Scheduler } from '../core/index.js';
import { Corpora, type PlacedCorpus } from './corpora.js';
import { readCorporaFile } from './corpora-file.js';

export interface LoadCorporaOptions {
  logger: Logger;
  cacheDir: string | null;
  scheduler: Scheduler;
  /** Where corpus files are read from (tests fail an entry); the real file system by default. */
  fs?: CorpusFs;
}

export type LoadCorporaResult =
  { ok: true; corpora: Corpora } | { ok: false; file: string; errors: string[] };

export async function loadCorpora(
  corpusDir: string,
  options: LoadCorporaOptions,
): Promise<LoadCorporaResult> {
  const { logger, cacheDir, scheduler } = options;
  const common = { cacheDir, scheduler, ...(options.fs ? { fs: options.fs } : {}) };
  const read = await readCorporaFile(corpusDir, (file) => readFile(file, 'utf8'));
  if (read.kind === 'invalid') return { ok: false, file: read.file, errors: read.errors };
  if (read.kind === 'absent') {
    const corpus = await loadCorpus(corpusDir, { logger, ...common });
    return { ok: true, corpora: Corpora.single(corpus) };
  }
  const { plan } = read;
  const loaded: PlacedCorpus[] = [];
  // One after another: they share the scheduler, and loading is CPU-bound anyway.
  for (const entry of plan.corpora) {
    const corpus = await loadCorpus(entry.dir, {
      logger: logger.child({ corpus: entry.id }),
      ...common,
      idScope: entry.id,
    });
    loaded.push({ id: entry.id, title: entry.title, corpus });
  }
  warnSharedIds(loaded, logger);
  logger.info(
    { file: plan.file, corpora: loaded.map((c) => c.id), default: plan.defaultId },
    'corpora loaded',
  );
  return { ok: true, corpora: new Corpora(loaded, plan.rules, plan.defaultId) };
}

/**
 * Scoped ids make a shared id between corpora a 40-bit hash collision: rare, and harmless to
 * privacy (each place looks up its own corpus only), but said, since the id then names two quotes.
 */
function warnSharedIds(corpora: readonly PlacedCorpus[], logger: Logger): void {
  const owner = new Map<string, string>();
  for (const { id, corpus } of corpora) {
    for (const quoteId of corpus.passages.keys()) {
      const other = owner.get(quoteId);
      if (other) logger.warn({ quoteId, corpora: [other, id] }, 'quote id shared by two corpora');
      else owner.set(quoteId, id);
    }
  }
}
