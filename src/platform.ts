/**
 * What `main.ts` hands each platform adapter, and what an adapter hands back: a way to stop it.
 */
import type { Hono } from 'hono';
import type { RequestListener } from 'node:http';
import type { Logger } from 'pino';
import type { AnyCommand, Corpus, Scheduler } from './core/index.js';
import type { PlatformMeter } from './platform-meter.js';
import { Corpora } from './corpora/index.js';
import type { PlatformStatus } from './platform-status.js';
import type { CooldownGate, SharedState } from './shared-state/index.js';

export interface PlatformDeps<C> {
  config: C;
  /** The corpus of every place when `corpora` is not given. */
  corpus: Corpus;
  /** The corpora of corpora.yaml: each interaction answers from the corpus of its place. */
  corpora?: Corpora;
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
  /** Where the adapter reports what the metrics count; nothing is counted when absent. */
  meter?: PlatformMeter;
  /** The web site's address (PUBLIC_URL): answers link each quote to its page when set. */
  publicUrl?: string | undefined;
  /**
   * The process's one HTTP server (the web site's), for a platform that receives HTTP requests
   * (Slack in HTTP mode). Without it such a platform listens on its own port (tests).
   */
  http?: HttpHost;
  /**
   * What instances share (Redis with REDIS_URL). Each adapter keeps its own in memory when none is
   * given (a test running one instance).
   */
  shared?: SharedState;
  /** The per-user cooldown; none when not given (tests) or turned off. */
  cooldown?: CooldownGate;
}

/** The corpora an adapter answers from: those given, or the one corpus for every place. */
export function corporaOf(deps: Pick<PlatformDeps<unknown>, 'corpus' | 'corpora'>): Corpora {
  return deps.corpora ?? Corpora.single(deps.corpus);
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
   * HTTP routes this platform serves (Discord in HTTP mode: `POST /discord/interactions`); the
   * process's one HTTP server mounts them.
   */
  routes?: Hono;
  /**
   * Stop taking new work, let in-flight work finish, close connections, all within `timeoutMs`
   * (a duration, never a time of day). Must resolve in time even when the connection is
   * mid-reconnect.
   */
  stop(timeoutMs: number): Promise<void>;
}
