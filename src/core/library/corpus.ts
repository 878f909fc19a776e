/**
 * The Corpus: an immutable value built once from a folder of documents: the analysed documents,
 * every quotable passage by quote id, the speaker directory, the search index and the dated events.
 */
import type { AnalysedDocument, CorpusIssue, CorpusProfile, Passage } from '../types.js';
import type { SpeakerDirectory } from '../corpus/index.js';
import type { PassageIndex } from '../search/index.js';
import type { IndexedTimeline } from '../timeline/index.js';

export interface Corpus {
  /** The folder it was loaded from. */
  dir: string;
  profile: CorpusProfile;
  /** Documents by id, in file-name order. */
  documents: ReadonlyMap<string, AnalysedDocument>;
  /** Every passage (quotable or not is decided by role/kind) by quote id, in document order. */
  passages: ReadonlyMap<string, Passage>;
  /** Files skipped or fields ignored while loading: shown at start-up and by /source. */
  issues: readonly CorpusIssue[];
  speakers: SpeakerDirectory;
  index: PassageIndex;
  /** Dated events, oldest first, with the expressions skipped and an index for the filters. */
  timeline: IndexedTimeline;
}
