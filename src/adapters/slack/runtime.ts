/**
 * What every Slack listener shares: the commands and their context, the action store, the
 * deliveries already taken, the cooldown, and the in-flight work that `stop()` waits for.
 */
import type { Logger } from 'pino';
import type { AnyCommand, CommandContext } from '../../core/index.js';
import type { CooldownGate, DeliveryClaims } from '../../shared-state/index.js';
import type { ActionStore } from './action-codec.js';

export interface SlackRuntime {
  commands: readonly AnyCommand[];
  /** Context handed to the core for every command and action. */
  ctx: CommandContext;
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
