/**
 * The timeline: date rules, event extraction and merging, the index the filters read, and the
 * /timeline command.
 */
export type * from './types.js';
export { DATE_RULES, datelineParts, type DateRule } from './date-rules.js';
export { tenseAt, type Tense } from './tense.js';
export { findDates } from './find-dates.js';
export {
  extractEvents,
  extractMentions,
  extractTimeline,
  extractTimelineInSlices,
} from './extract-events.js';
export { referencesOf } from './date-references.js';
export { mergeEvents } from './merge-events.js';
export { labelEventDate } from './format-event-date.js';
export { timelineOf } from './corpus-timeline.js';
export { indexTimeline, type IndexedTimeline, type TimelineIndex } from './timeline-index.js';
export { timeline } from './timeline-command.js';
