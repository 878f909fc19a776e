/**
 * Reading and analysing documents: the files, their front matter and layout, passages, speakers,
 * quotations and partial dates. Knows nothing of the index, the timeline or a loaded corpus.
 */
export { analyseDocument } from './analyse-document.js';
export { type AttributionInfo, attributionOf, describeAttribution } from './attribution.js';
export { type CorpusFs, describeFsError, NODE_CORPUS_FS } from './corpus-fs.js';
export { listCorpusFiles } from './list-corpus-files.js';
export { UNATTRIBUTED } from './mentions.js';
export {
  endOf,
  formatPartialDate,
  labelPartialDate,
  parsePartialDate,
  startOf,
} from './partial-date.js';
export { dedupeQuoteIds, QUOTE_ID_PATTERN, scopeQuoteIds } from './quote-id.js';
export { readDocuments } from './read-documents.js';
export { createSpeakerDirectory, type SpeakerDirectory } from './speakers.js';
