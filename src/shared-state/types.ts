/**
 * What instances of the bot must share to answer any request: which deliveries were already
 * taken, the state of buttons too long to carry it, per-user command counters and the corpus
 * version each instance serves. Each has a memory implementation (one process) and a Redis one.
 */

/** Remembers delivery keys (Slack retries): the first claim of a key wins. */
export interface DeliveryClaims {
  /** True the first time `key` is claimed within `ttlMs`, false for a repeat. */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/** State too long for a button, kept under a short key that the button carries instead. */
export interface LongStateMap<T> {
  /** Stores `value` and returns the key it can be read back with (within the map's TTL). */
  put(value: T): Promise<string>;
  /** The value stored under `key`, or null when it expired or was never stored. */
  get(key: string): Promise<T | null>;
}

/** A count of one user's commands in the current fixed window. */
export interface WindowCount {
  /** Commands in this window, this one included. */
  count: number;
  /** Time until the window ends and the count starts again, in ms. */
  resetInMs: number;
}

/** Per-key counters in fixed windows (cooldowns). */
export interface WindowCounters {
  /** Counts one more hit for `key` in the window of `windowMs` that holds `nowMs`. */
  hit(key: string, windowMs: number, nowMs: number): Promise<WindowCount>;
}

/** What one instance reports about itself. */
export interface InstanceInfo {
  /** The instance's id (host name and process id, unless set). */
  id: string;
  /** The version of the corpus it serves. */
  corpusVersion: string;
  /** When it last reported, epoch ms. */
  lastSeen: number;
}

/** Which instance serves which corpus version. */
export interface InstanceRegistry {
  report(info: InstanceInfo): Promise<void>;
  /** Every instance that reported, most recent first. */
  list(): Promise<InstanceInfo[]>;
}
