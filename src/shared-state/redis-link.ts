/**
 * The Redis connection the shared state uses, set up so that Redis going away never stops the
 * bot: commands fail at once while it is disconnected (no offline queue) or after a short
 * timeout, the callers then use their per-instance memory, and ioredis keeps reconnecting with
 * a capped delay. The log says once that Redis is unavailable and once that it is back.
 * @see https://github.com/redis/ioredis#auto-reconnect
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** Timings of the connection; the defaults suit production, tests may shorten them. */
export interface RedisLinkOptions {
  /** A command that has not answered after this long fails (then memory is used), in ms. */
  commandTimeoutMs?: number;
  /** Longest wait between two reconnection attempts, in ms. */
  maxReconnectDelayMs?: number;
}

const DEFAULTS = { commandTimeoutMs: 500, maxReconnectDelayMs: 2000 } as const;

/** One Redis connection and whether it is usable. */
export class RedisLink {
  readonly client: Redis;
  /** Whether "unavailable" was logged since Redis was last usable. */
  #toldDown = false;
  #closed = false;

  constructor(
    url: string,
    private readonly logger: Logger,
    options: RedisLinkOptions = {},
  ) {
    const maxDelay = options.maxReconnectDelayMs ?? DEFAULTS.maxReconnectDelayMs;
    this.client = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? DEFAULTS.commandTimeoutMs,
      connectTimeout: 2000,
      // Never gives up (null would stop reconnecting for good), but never waits long either.
      retryStrategy: (attempt: number) => Math.min(100 * 2 ** Math.min(attempt, 10), maxDelay),
    });
    // Without an 'error' listener, ioredis' errors would be unhandled and end the process.
    this.client.on('error', (err: Error) => this.tellDown(err));
    this.client.on('close', () => this.tellDown(null));
    this.client.on('ready', () => this.tellUp());
  }

  /** Resolves once the connection is ready, or after `waitMs` (then it goes on trying). */
  async connected(waitMs: number): Promise<void> {
    if (this.client.status === 'ready') return;
    let timer: NodeJS.Timeout | undefined;
    let onReady = (): void => undefined;
    await new Promise<void>((resolve) => {
      timer = setTimeout(resolve, waitMs);
      onReady = () => resolve();
      this.client.once('ready', onReady);
    });
    clearTimeout(timer);
    this.client.off('ready', onReady);
  }

  /** Runs `command` on Redis; null when Redis is unavailable or the command failed. */
  async run<T>(command: (client: Redis) => Promise<T>): Promise<{ value: T } | null> {
    if (this.#closed) return null;
    if (this.client.status !== 'ready') {
      this.tellDown(null);
      return null;
    }
    try {
      const value = await command(this.client);
      this.tellUp();
      return { value };
    } catch (err) {
      // A command that timed out on a connection that looks alive (a hung server) counts too.
      this.tellDown(err);
      return null;
    }
  }

  /** Closes the connection; no reconnection after this. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.client.quit().catch(() => this.client.disconnect());
  }

  private tellDown(err: unknown): void {
    if (this.#closed || this.#toldDown) return;
    this.#toldDown = true;
    this.logger.warn(
      { redis: 'unavailable', error: err instanceof Error ? err.message : 'connection closed' },
      'redis unavailable: this instance uses its own memory until it is back',
    );
  }

  private tellUp(): void {
    if (this.#closed || !this.#toldDown) return;
    this.#toldDown = false;
    this.logger.info({ redis: 'available' }, 'redis available again: state is shared again');
  }
}
