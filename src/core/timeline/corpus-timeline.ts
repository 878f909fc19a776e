/**
 * The timeline of a corpus, computed once per corpus value (the corpus is immutable) and kept
 * for as long as the corpus is.
 */
import type { Corpus } from '../corpus/corpus.js';
import { extractTimeline } from './extract-events.js';
import type { Timeline } from './types.js';

const cache = new WeakMap<Corpus, Timeline>();

export function timelineOf(corpus: Corpus): Timeline {
  let timeline = cache.get(corpus);
  if (!timeline) {
    timeline = extractTimeline(corpus.documents.values());
    cache.set(corpus, timeline);
  }
  return timeline;
}
