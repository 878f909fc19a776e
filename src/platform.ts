/**
 * What `main.ts` hands each platform adapter, and what an adapter hands back: a way to stop it.
 */
import type { RequestListener } from 'node:http';
import type { Logger } from 'pino';
import type { AnyCommand, Corpus, Scheduler } from './core/index.js';
import type { PlatformStatus } from './platform-status.js';

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
   * The process's one HTTP server (the web site's), for a platform that receives HTTP requests
   * (Slack in HTTP mode). Without it such a platform listens on its own port (tests).
   */
  http?: HttpHost;
}

/** The process's one HTTP server as a platform sees it: a port and a way to claim a path. */
export interface HttpHost {
  /** The port it listens on. */
  port: number;
  /** Sends every request for exactly `path` to `listener`; null gives the path back to the site. */
  route(path: string, listener: RequestListener | null): void;
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
