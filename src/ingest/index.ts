/**
 * Ingestion's public entry: what the CLI and the chat commands may use.
 */
export {
  ingest,
  checkIngestOptions,
  type IngestOptions,
  type IngestResult,
  type AddedDocument,
} from './ingest.js';
export type { Skip } from './types.js';
export { FETCH_LIMITS, ACCEPTED_TYPES, type FetchLimits } from './fetch-url.js';
