/**
 * What `main.ts` hands each platform adapter, and what an adapter hands back: a way to stop it.
 */
import type { Logger } from 'pino';
import type { AnyCommand, Corpus, Scheduler } from './core/index.js';
import type { PlatformStatus } from './platform-status.js';
import type { CooldownGate, SharedState } from './shared-state/index.js';

export interface PlatformDeps<C> {
  config: C;
  corpus: Corpus;
  commands: readonly AnyCommand[];
  /** Already a child logger for the platform (`{ platform: 'discord' }`). */
  logger: Logger;
  now?: () => Date;
  /**
   * Where the adapter reports whether it is running or down for good (shared by every platform of
   * the process; the health check reads it). Each adapter makes its own when none is given.
   */
  status?: PlatformStatus;
  /**
   * The process's scheduler: commands from every platform take turns on it. Each adapter makes its
   * own when none is given (a test running one platform).
   */
  scheduler?: Scheduler;
  /**
   * What instances share (Redis with REDIS_URL). Each adapter keeps its own in memory when none is
   * given (a test running one instance).
   */
  shared?: SharedState;
  /** The per-user cooldown; none when not given (tests) or turned off. */
  cooldown?: CooldownGate;
}

export interface RunningPlatform {
  name: string;
  /**
   * Stop taking new work, let in-flight work finish, close connections, all within `timeoutMs`
   * (a duration, never a time of day). Must resolve in time even when the connection is
   * mid-reconnect.
   */
  stop(timeoutMs: number): Promise<void>;
}
