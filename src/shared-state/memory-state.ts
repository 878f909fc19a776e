/**
 * The per-process implementations of the shared state: what one instance uses without
 * REDIS_URL, and what each instance falls back to while Redis is unreachable. Every map is
 * bounded (the oldest entries go first) and forgets entries past their TTL.
 */
import { randomUUID } from 'node:crypto';
import type {
  DeliveryClaims,
  InstanceInfo,
  InstanceRegistry,
  LongStateMap,
  WindowCount,
  WindowCounters,
} from './types.js';

/** A Map that keeps at most `max` entries, each until its expiry time. */
class ExpiringMap<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly max: number,
    private readonly now: () => number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

export class MemoryDeliveryClaims implements DeliveryClaims {
  private readonly seen: ExpiringMap<true>;

  constructor(maxKeys = 10_000, now: () => number = Date.now) {
    this.seen = new ExpiringMap(maxKeys, now);
  }

  claim(key: string, ttlMs: number): Promise<boolean> {
    if (this.seen.get(key)) return Promise.resolve(false);
    this.seen.set(key, true, ttlMs);
    return Promise.resolve(true);
  }
}

export class MemoryLongStateMap<T> implements LongStateMap<T> {
  private readonly values: ExpiringMap<T>;

  constructor(
    private readonly ttlMs: number,
    maxEntries = 1000,
    now: () => number = Date.now,
  ) {
    this.values = new ExpiringMap(maxEntries, now);
  }

  put(value: T): Promise<string> {
    const key = randomUUID();
    this.values.set(key, value, this.ttlMs);
    return Promise.resolve(key);
  }

  /** Stores under a key chosen elsewhere (the Redis variant's, kept while Redis is away). */
  putAt(key: string, value: T): void {
    this.values.set(key, value, this.ttlMs);
  }

  get(key: string): Promise<T | null> {
    return Promise.resolve(this.values.get(key) ?? null);
  }

  get size(): number {
    return this.values.size;
  }
}

export class MemoryWindowCounters implements WindowCounters {
  private readonly counts: ExpiringMap<number>;

  constructor(maxKeys = 100_000, now: () => number = Date.now) {
    this.counts = new ExpiringMap(maxKeys, now);
  }

  hit(key: string, windowMs: number, nowMs: number): Promise<WindowCount> {
    const { slot, resetInMs } = windowSlot(key, windowMs, nowMs);
    const count = (this.counts.get(slot) ?? 0) + 1;
    this.counts.set(slot, count, resetInMs);
    return Promise.resolve({ count, resetInMs });
  }
}

export class MemoryInstanceRegistry implements InstanceRegistry {
  private readonly instances = new Map<string, InstanceInfo>();

  report(info: InstanceInfo): Promise<void> {
    this.instances.set(info.id, { ...info });
    return Promise.resolve();
  }

  list(): Promise<InstanceInfo[]> {
    return Promise.resolve(byRecency([...this.instances.values()]));
  }
}

/**
 * The fixed window holding `nowMs`, aligned on multiples of `windowMs` so that every instance
 * (and a fake clock) agrees on it without talking to the others.
 */
export function windowSlot(
  key: string,
  windowMs: number,
  nowMs: number,
): { slot: string; resetInMs: number } {
  const index = Math.floor(nowMs / windowMs);
  return { slot: `${key}:${index}`, resetInMs: (index + 1) * windowMs - nowMs };
}

export function byRecency(list: InstanceInfo[]): InstanceInfo[] {
  return list.sort((a, b) => b.lastSeen - a.lastSeen);
}
