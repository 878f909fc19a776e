/**
 * What the platform adapters report for the metrics: commands answered, how long acknowledging and
 * autocomplete took, the platforms' API errors and rate limits. An interface, so that adapters
 * never import prom-client; `createMetrics` (adapters/metrics) implements it. One per process,
 * made at start-up and passed down in `PlatformDeps` (never module state).
 */
import type { CommandEvent } from './core/index.js';

export interface PlatformMeter {
  /** A command or button action was answered (wired to `CommandContext.observe`). */
  commandAnswered(platform: string, event: CommandEvent): void;
  /** The platform got its first response (reply, deferral, ack) this many ms after the request. */
  acknowledged(platform: string, ms: number): void;
  /** Autocomplete choices were sent this many ms after the request. */
  autocompleted(platform: string, ms: number): void;
  /** A call to the platform's API failed (an HTTP error status or a dropped connection). */
  apiError(platform: string): void;
  /** The platform's API asked us to wait (HTTP 429). */
  rateLimited(platform: string): void;
}
