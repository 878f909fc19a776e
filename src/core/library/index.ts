/**
 * The loaded corpus: the pipeline that reads, analyses, indexes and dates a folder, the snapshot
 * that caches it, and the Corpus value the commands read.
 */
export { type CacheDirCheck, prepareCacheDir } from './cache-dir.js';
export { timelineOf } from './corpus-timeline.js';
export type { Corpus } from './corpus.js';
export { loadCorpus, type LoadCorpusOptions } from './load-corpus.js';
