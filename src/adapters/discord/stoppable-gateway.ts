/**
 * A gateway sharding strategy (the `ws.buildStrategy` client option) that stays down once the
 * client is destroyed. @discordjs/ws's own SimpleShardingStrategy keeps reconnecting a shard whose
 * connection dropped just before `client.destroy()`: the destroy does not cancel the reconnect
 * (docs/discord.md), which keeps the process alive after a stop.
 * @see https://discord.js.org/docs/packages/ws/main/SimpleShardingStrategy:Class
 */
import { SimpleShardingStrategy } from 'discord.js';

/** The parts of @discordjs/ws's shard used here (private there, hence looked up defensively). */
interface ShardInternals {
  internalConnect?: () => Promise<void>;
}

/**
 * SimpleShardingStrategy whose shards never connect again once `stayDown()` was called (before
 * `client.destroy()`). Its own `destroy()` cannot be the signal: the manager also calls it before
 * spawning shards at login.
 */
export class StoppableShardingStrategy extends SimpleShardingStrategy {
  #down = false;

  /** From now on no shard (re)connects; call it right before `client.destroy()`. */
  stayDown(): void {
    this.#down = true;
  }

  override async spawn(shardIds: number[]): Promise<void> {
    await super.spawn(shardIds);
    for (const shard of shardsOf(this)) stayDownAfterStop(shard, () => this.#down);
  }
}

function shardsOf(strategy: SimpleShardingStrategy): ShardInternals[] {
  const shards = (strategy as unknown as { shards?: Map<number, ShardInternals> }).shards;
  return shards instanceof Map ? [...shards.values()] : [];
}

/**
 * Every (re)connection of a shard goes through its private `internalConnect`, including the one a
 * reconnect schedules 500 ms after a drop; after a stop it does nothing. If a future version renames
 * it this is a no-op, and stop() still resolves by its deadline (it is bounded anyway).
 */
function stayDownAfterStop(shard: ShardInternals, stopped: () => boolean): void {
  const connect = shard.internalConnect;
  if (typeof connect !== 'function') return;
  shard.internalConnect = async () => {
    if (!stopped()) await connect.call(shard);
  };
}
