/**
 * Ingestion's public entry: what the CLI and the chat commands may use.
 */
export { ingest, type IngestResult } from './ingest.js';
