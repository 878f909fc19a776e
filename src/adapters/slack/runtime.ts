/**
 * What every Slack listener shares: the commands and their context, the action store, the
 * deliveries already taken, the cooldown, and the in-flight work that `stop()` waits for.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { PlatformMeter } from '../../platform-meter.js';
import type { AnyCommand } from '../../core/index.js';
import {
  contextForPlace,
  type Corpora,
  type Place,
  type PlaceContext,
  type SharedContext,
} from '../../corpora/index.js';
import type { CooldownGate, DeliveryClaims } from '../../shared-state/index.js';
import type { ActionStore } from './action-codec.js';

export interface SlackRuntime {
  commands: readonly AnyCommand[];
  /** Context handed to the core for every command and action, but the corpus of its place. */
  ctx: SharedContext;
  /** Each command and action answers from the corpus of its workspace or channel. */
  corpora: Corpora;
  actions: ActionStore;
  deliveries: DeliveryClaims;
  /** Per-user cooldown; null when off. */
  cooldown: CooldownGate | null;
  /** Slash command name prefix (`vb-` gives `/vb-quote`); empty for none. */
  prefix: string;
  logger: Logger;
  work: InFlight;
  /** False once stop() has begun: new work is refused with a short message. */
  accepting: () => boolean;
  /** How long a POST to a response_url may take before its outcome counts as unknown, in ms. */
  responseUrlTimeoutMs: number;
  /** The web site's address (PUBLIC_URL): quotes link to their pages when set. */
  publicUrl?: string | undefined;
  /** Counts acknowledgements, Web API errors and rate limits for the metrics. */
  meter?: PlatformMeter;
  /** Web API clients already counting their rate limits (Bolt may hand out one per team). */
  metered: WeakSet<webApi.WebClient>;
}

/** The context for a command asked in this workspace and channel, or the "no corpus" answer. */
export function contextIn(
  rt: SlackRuntime,
  where: {
    teamId?: string | undefined;
    channelId?: string | undefined;
    enterpriseId?: string | undefined;
  },
): PlaceContext {
  const place: Place = {
    platform: 'slack',
    teamId: where.teamId ?? null,
    channelId: where.channelId ?? null,
    enterpriseId: where.enterpriseId ?? null,
  };
  return contextForPlace(rt.corpora, rt.ctx, place);
}

/** Tracks running listener work so shutdown can wait for it, within a deadline. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  /** Runs `task` and keeps it tracked until it settles. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const p = task();
    this.running.add(p);
    const untrack = () => this.running.delete(p);
    p.then(untrack, untrack);
    return p;
  }

  get size(): number {
    return this.running.size;
  }

  /** Resolves when nothing is running, or at `deadline` (epoch ms), whichever comes first. */
  async settle(deadline: number): Promise<boolean> {
    while (this.running.size > 0) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, remaining);
      });
      await Promise.race([Promise.allSettled([...this.running]), timeout]);
      clearTimeout(timer);
    }
    return true;
  }
}
