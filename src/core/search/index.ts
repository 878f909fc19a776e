/**
 * The search engine: posting lists over passages, ranking, phrases and suggestions (see
 * docs/search.md).
 */
export { COMPOUND_HEAD, compoundParts, joinCompound } from './compounds.js';
export { type IndexData, indexDataSteps, searchablePassages } from './index-data.js';
export {
  INDEX_OPTIONS,
  PassageIndex,
  type SearchHit,
  type SearchOutcome,
} from './passage-index.js';
export { indexWords, processTerm, tokenizeWords } from './terms.js';
export { NO_TERM } from './word-sequences.js';
