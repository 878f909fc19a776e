/** Several corpora in one deployment: corpora.yaml, the loader, and the corpus of each place. */
export { Corpora, type PlacedCorpus } from './corpora.js';
export { CORPORA_FILE } from './corpora-file.js';
export { loadCorpora, type LoadCorporaResult } from './load-corpora.js';
export type { Place } from './place-rules.js';
export { contextForPlace, type PlaceContext, type SharedContext } from './place-context.js';
export { consoleCorpus, takeCorpusFlag } from './console-corpus.js';
