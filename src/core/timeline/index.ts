/**
 * The timeline: date rules, event extraction and merging, and the index the filters read.
 */
export { extractTimelineInSlices } from './extract-events.js';
export { selectEvents } from './filter-events.js';
export { labelEventDate } from './format-event-date.js';
export { type IndexedTimeline, indexTimelineSteps } from './timeline-index.js';
export type {
  EventList,
  EventMention,
  EventPrecision,
  EventSource,
  SkipReason,
  Timeline,
  TimelineEvent,
} from './types.js';
