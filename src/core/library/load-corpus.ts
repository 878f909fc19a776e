/**
 * The corpus pipeline: read files → analyse (furniture, passages, speakers) → index → date
 * (events, indexed for the filters). Never throws for bad documents: problems are in
 * `corpus.issues`, named by file and field. With a cache folder, an unchanged corpus loads from
 * its snapshot instead (see snapshot.ts); a missing, stale or corrupt snapshot is rebuilt and
 * rewritten.
 */
import type { Logger } from 'pino';
import type { AnalysedDocument, CorpusIssue, Passage } from '../types.js';
import { Scheduler } from '../schedule/index.js';
import {
  analyseDocument,
  createSpeakerDirectory,
  dedupeQuoteIds,
  NODE_CORPUS_FS,
  readDocuments,
  scopeQuoteIds,
  type CorpusFs,
} from '../corpus/index.js';
import { indexDataSteps, PassageIndex, searchablePassages } from '../search/index.js';
import { extractTimelineInSlices, indexTimelineSteps } from '../timeline/index.js';
import type { Corpus } from './corpus.js';
import { corpusKey } from './corpus-key.js';
import { readSnapshot, snapshotPath, writeSnapshot, type CorpusParts } from './snapshot.js';

export interface LoadCorpusOptions {
  logger: Logger;
  /** Folder for the corpus snapshot (CACHE_DIR); without it the corpus is always rebuilt. */
  cacheDir?: string | null;
  /** Where the corpus files are read from; the real file system unless a test fails an entry. */
  fs?: CorpusFs;
  /** The process's scheduler (start-up makes one); a fresh one when the caller has none. */
  scheduler?: Scheduler;
  /**
   * Hashed into every quote id (the corpus id, when corpora.yaml names several corpora), so the
   * same passage in two corpora has two ids. Empty: the ids of a single corpus, as always.
   */
  idScope?: string;
}

export async function loadCorpus(
  dir: string,
  {
    logger,
    cacheDir,
    fs = NODE_CORPUS_FS,
    scheduler = new Scheduler(),
    idScope = '',
  }: LoadCorpusOptions,
): Promise<Corpus> {
  const started = performance.now();
  let parts: CorpusParts | null = null;
  let from = 'files';
  const file = cacheDir ? snapshotPath(cacheDir, dir, idScope) : null;
  const key = file ? await corpusKey(dir, fs, idScope) : null;
  if (file && key) {
    const read = await readSnapshot(file, key, scheduler);
    if (read.ok) {
      parts = read.parts;
      from = 'snapshot';
    } else {
      const level = read.reason === 'corrupt' ? 'warn' : 'info';
      logger[level](
        { file, reason: read.reason, detail: read.detail },
        'rebuilding corpus snapshot',
      );
    }
  }
  let timelineMs: number | undefined;
  if (!parts) {
    const analysed = await analyseCorpus(dir, fs, logger, scheduler, idScope);
    const timelineStarted = performance.now();
    const timeline = await extractTimelineInSlices(
      analysed.documents.values(),
      scheduler,
      (a, err) => {
        // A bug in a date rule must not take the corpus down: that document has no events.
        logger.error({ err, file: a.document.file }, 'reading dates failed');
        analysed.issues.push({
          file: a.document.file,
          field: null,
          message: 'dates could not be read (logged); no events from it on the timeline',
          severity: 'warning',
        });
      },
    );
    timelineMs = Math.round(performance.now() - timelineStarted);
    parts = { ...analysed, timeline };
    if (file && key) await saveSnapshot({ dir, fs, file, key, idScope }, parts, logger, scheduler);
  }

  const { profile, documents, passages, issues } = parts;
  await scheduler.yieldNow();
  // Speakers found in the texts join those of the corpus file, so filters and autocomplete know them.
  const speakers = createSpeakerDirectory(
    profile,
    [...passages.values()].map((p) => p.speaker),
  );
  const index = await PassageIndex.openInSlices(documents, passages, parts.index, scheduler);
  const timeline = await scheduler.runInSlices(indexTimelineSteps(parts.timeline, passages));

  for (const issue of issues) {
    logger.warn({ file: issue.file, field: issue.field, severity: issue.severity }, issue.message);
  }
  logger.info(
    {
      documents: documents.size,
      passages: passages.size,
      events: timeline.events.length,
      skipped: issues.filter((i) => i.severity === 'skipped').length,
      from,
      // reading every date: only when the corpus was analysed, not loaded from its snapshot
      ...(timelineMs === undefined ? {} : { timelineMs }),
      ms: Math.round(performance.now() - started),
    },
    'corpus loaded',
  );
  return { dir, profile, documents, passages, issues, speakers, index, timeline };
}

async function analyseCorpus(
  dir: string,
  fs: CorpusFs,
  logger: Logger,
  scheduler: Scheduler,
  idScope: string,
): Promise<Omit<CorpusParts, 'timeline'>> {
  const { documents, profile, issues } = await readDocuments(dir, fs);
  const issueList: CorpusIssue[] = [...issues];
  const directory = createSpeakerDirectory(profile);

  const analysed = new Map<string, AnalysedDocument>();
  for (const doc of documents) {
    // A large corpus takes seconds to analyse: leave the event loop free between documents.
    await scheduler.pause();
    try {
      const a = analyseDocument(doc, directory);
      if (idScope) scopeQuoteIds(doc.id, a.passages, idScope);
      analysed.set(doc.id, a);
    } catch (err) {
      // A bug in analysis must not take the whole corpus down: skip the file and say so.
      logger.error({ err, file: doc.file }, 'document analysis failed');
      issueList.push({
        file: doc.file,
        field: null,
        message: 'could not be analysed (logged); skipped',
        severity: 'skipped',
      });
    }
  }
  const all: Passage[] = [...analysed.values()].flatMap((a) => a.passages);
  dedupeQuoteIds(all, idScope);
  const passages = new Map(all.map((p) => [p.id, p]));
  const index = await scheduler.runInSlices(indexDataSteps(searchablePassages(all)));
  return { profile, issues: issueList, documents: analysed, passages, index };
}

/** Saves unless the files changed while they were read (then the key would not describe them). */
async function saveSnapshot(
  {
    dir,
    fs,
    file,
    key,
    idScope,
  }: { dir: string; fs: CorpusFs; file: string; key: string; idScope: string },
  parts: CorpusParts,
  logger: Logger,
  scheduler: Scheduler,
): Promise<void> {
  try {
    if ((await corpusKey(dir, fs, idScope)) !== key) {
      logger.info({ file }, 'corpus changed while loading; snapshot not saved');
      return;
    }
    const bytes = await writeSnapshot(file, key, parts, scheduler);
    logger.info({ file, bytes }, 'corpus snapshot saved');
  } catch (err) {
    logger.warn({ err, file }, 'could not save the corpus snapshot; the next start rebuilds');
  }
}
