/**
 * What `main.ts` hands each platform adapter, and what an adapter hands back: a way to stop it.
 */
import type { Logger } from 'pino';
import type { AnyCommand, Corpus } from './core/index.js';

export interface PlatformDeps<C> {
  config: C;
  corpus: Corpus;
  commands: readonly AnyCommand[];
  /** Already a child logger for the platform (`{ platform: 'discord' }`). */
  logger: Logger;
  now?: () => Date;
}

export interface RunningPlatform {
  name: string;
  /**
   * Stop taking new work, let in-flight work finish (bounded by `deadlineMs`), close connections.
   * Must resolve by the deadline even when the connection is mid-reconnect.
   */
  stop(deadlineMs: number): Promise<void>;
}
