/**
 * The state instances share: in memory without REDIS_URL (one process, as before), in Redis with
 * it, each call falling back to the instance's memory while Redis is unreachable.
 */
import type { Logger } from 'pino';
import {
  MemoryDeliveryClaims,
  MemoryInstanceRegistry,
  MemoryLongStateMap,
  MemoryWindowCounters,
} from './memory-state.js';
import { RedisLink, type RedisLinkOptions } from './redis-link.js';
import {
  RedisDeliveryClaims,
  RedisInstanceRegistry,
  RedisLongStateMap,
  RedisWindowCounters,
} from './redis-state.js';
import type { DeliveryClaims, InstanceRegistry, LongStateMap, WindowCounters } from './types.js';

export type { DeliveryClaims, LongStateMap } from './types.js';
export { CooldownGate, cooldownMessage, type CooldownRefusal } from './cooldown.js';
export { corpusVersion, instanceId, reportInstance } from './instances.js';

/** How long the state of a button too long to carry it stays readable. */
export const LONG_STATE_TTL_MS = 24 * 60 * 60 * 1000;
/** Memory bound of each long-state map (per instance). */
const LONG_STATE_MAX = 1000;
/** Every key this bot writes in Redis starts with this, so a shared Redis stays readable. */
const KEY_PREFIX = 'verbatim:';
/** How long start-up waits for a first connection before going on without Redis. */
const CONNECT_WAIT_MS = 3000;

export interface SharedState {
  /** 'redis' with REDIS_URL, 'memory' otherwise. */
  kind: 'memory' | 'redis';
  deliveries: DeliveryClaims;
  counters: WindowCounters;
  instances: InstanceRegistry;
  /**
   * The map for one kind of long button state (`name`: one per platform); `parse` checks a value
   * read back, which another version of the bot may have written. The same name gives the same map.
   */
  longState<T>(name: string, parse: (json: unknown) => T | null): LongStateMap<T>;
  close(): Promise<void>;
}

/** Per-process state, as without REDIS_URL. */
export function memoryState(now: () => number = Date.now): SharedState {
  const maps = new Map<string, LongStateMap<unknown>>();
  return {
    kind: 'memory',
    deliveries: new MemoryDeliveryClaims(10_000, now),
    counters: new MemoryWindowCounters(100_000, now),
    instances: new MemoryInstanceRegistry(),
    longState<T>(name: string): LongStateMap<T> {
      let map = maps.get(name);
      if (!map) {
        map = new MemoryLongStateMap<unknown>(LONG_STATE_TTL_MS, LONG_STATE_MAX, now);
        maps.set(name, map);
      }
      return map as LongStateMap<T>;
    },
    close: () => Promise.resolve(),
  };
}

/**
 * State in the Redis at `url`. Resolves once connected, or after a short wait when Redis cannot
 * be reached (then a warning is logged and memory used until it is back): never rejects.
 */
export async function redisState(
  url: string,
  logger: Logger,
  options: RedisLinkOptions = {},
): Promise<SharedState> {
  const link = new RedisLink(url, logger, options);
  await link.connected(CONNECT_WAIT_MS);
  const maps = new Map<string, LongStateMap<unknown>>();
  return {
    kind: 'redis',
    deliveries: new RedisDeliveryClaims(link, KEY_PREFIX),
    counters: new RedisWindowCounters(link, KEY_PREFIX),
    instances: new RedisInstanceRegistry(link, KEY_PREFIX),
    longState<T>(name: string, parse: (json: unknown) => T | null): LongStateMap<T> {
      let map = maps.get(name);
      if (!map) {
        map = new RedisLongStateMap<T>(link, `${KEY_PREFIX}${name}:`, LONG_STATE_TTL_MS, parse);
        maps.set(name, map);
      }
      return map as LongStateMap<T>;
    },
    close: () => link.close(),
  };
}
