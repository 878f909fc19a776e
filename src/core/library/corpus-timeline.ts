/**
 * The timeline of a corpus: extracted (or read from the snapshot) and indexed when the corpus
 * loads, so it is part of the corpus value.
 */
import type { Corpus } from './corpus.js';
import type { Timeline } from '../timeline/index.js';

export function timelineOf(corpus: Corpus): Timeline {
  return corpus.timeline;
}
