/**
 * The shared state in Redis, each call falling back to this instance's memory when Redis cannot
 * answer (RedisLink logs that once): the bot keeps answering, only without sharing.
 * @see https://redis.io/docs/latest/commands/set/
 */
import { randomUUID } from 'node:crypto';
import type { RedisLink } from './redis-link.js';
import {
  byRecency,
  MemoryDeliveryClaims,
  MemoryInstanceRegistry,
  MemoryLongStateMap,
  MemoryWindowCounters,
  windowSlot,
} from './memory-state.js';
import type {
  DeliveryClaims,
  InstanceInfo,
  InstanceRegistry,
  LongStateMap,
  WindowCount,
  WindowCounters,
} from './types.js';

export class RedisDeliveryClaims implements DeliveryClaims {
  private readonly memory = new MemoryDeliveryClaims();

  constructor(
    private readonly link: RedisLink,
    private readonly prefix: string,
  ) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const result = await this.link.run((r) =>
      r.set(`${this.prefix}delivery:${key}`, '1', 'PX', ttlMs, 'NX'),
    );
    if (result === null) return this.memory.claim(key, ttlMs);
    return result.value === 'OK';
  }
}

/** Values are stored as JSON; `parse` checks what comes back (another version may have written it). */
export class RedisLongStateMap<T> implements LongStateMap<T> {
  private readonly memory: MemoryLongStateMap<T>;

  constructor(
    private readonly link: RedisLink,
    private readonly prefix: string,
    private readonly ttlMs: number,
    private readonly parse: (json: unknown) => T | null,
  ) {
    this.memory = new MemoryLongStateMap<T>(ttlMs);
  }

  async put(value: T): Promise<string> {
    const key = randomUUID();
    const stored = await this.link.run((r) =>
      r.set(`${this.prefix}${key}`, JSON.stringify(value), 'PX', this.ttlMs),
    );
    if (stored === null) this.memory.putAt(key, value);
    return key;
  }

  async get(key: string): Promise<T | null> {
    const kept = await this.memory.get(key);
    if (kept !== null) return kept;
    const found = await this.link.run((r) => r.get(`${this.prefix}${key}`));
    if (found === null || found.value === null) return null;
    try {
      return this.parse(JSON.parse(found.value));
    } catch {
      return null;
    }
  }
}

export class RedisWindowCounters implements WindowCounters {
  private readonly memory = new MemoryWindowCounters();

  constructor(
    private readonly link: RedisLink,
    private readonly prefix: string,
  ) {}

  async hit(key: string, windowMs: number, nowMs: number): Promise<WindowCount> {
    const { slot, resetInMs } = windowSlot(key, windowMs, nowMs);
    const redisKey = `${this.prefix}cooldown:${slot}`;
    const result = await this.link.run(async (r) => {
      const replies = await r.multi().incr(redisKey).pexpire(redisKey, resetInMs).exec();
      const [error, count] = replies?.[0] ?? [new Error('transaction discarded'), null];
      if (error) throw error;
      return Number(count);
    });
    if (result === null) return this.memory.hit(key, windowMs, nowMs);
    return { count: result.value, resetInMs };
  }
}

/** The `instances` hash: instance id → `{ corpusVersion, lastSeen }`. */
export class RedisInstanceRegistry implements InstanceRegistry {
  private readonly memory = new MemoryInstanceRegistry();

  constructor(
    private readonly link: RedisLink,
    private readonly prefix: string,
  ) {}

  async report(info: InstanceInfo): Promise<void> {
    await this.memory.report(info);
    const value = JSON.stringify({ corpusVersion: info.corpusVersion, lastSeen: info.lastSeen });
    await this.link.run((r) => r.hset(`${this.prefix}instances`, info.id, value));
  }

  async list(): Promise<InstanceInfo[]> {
    const all = await this.link.run((r) => r.hgetall(`${this.prefix}instances`));
    if (all === null) return this.memory.list();
    const out: InstanceInfo[] = [];
    for (const [id, json] of Object.entries(all.value)) {
      const info = parseInstance(id, json);
      if (info) out.push(info);
    }
    return byRecency(out);
  }
}

function parseInstance(id: string, json: string): InstanceInfo | null {
  try {
    const v = JSON.parse(json) as { corpusVersion?: unknown; lastSeen?: unknown };
    if (typeof v.corpusVersion !== 'string' || typeof v.lastSeen !== 'number') return null;
    return { id, corpusVersion: v.corpusVersion, lastSeen: v.lastSeen };
  } catch {
    return null;
  }
}
