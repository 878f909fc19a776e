/**
 * The loaded corpus: the pipeline that reads, analyses, indexes and dates a folder, the snapshot
 * that caches it, and the Corpus value the commands read.
 */
export { prepareCacheDir } from './cache-dir.js';
export type { Corpus } from './corpus.js';
export { loadCorpus } from './load-corpus.js';
