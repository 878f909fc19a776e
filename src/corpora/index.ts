/** Several corpora in one deployment: corpora.yaml, the loader, and the corpus of each place. */
export { Corpora } from './corpora.js';
export { loadCorpora } from './load-corpora.js';
export type { Place } from './place-rules.js';
export { contextForPlace, type PlaceContext, type SharedContext } from './place-context.js';
export { consoleCorpus, takeCorpusFlag } from './console-corpus.js';
