/**
 * Per-user cooldown: at most `commands` commands (buttons included, autocomplete exempt) in each
 * fixed window of `windowMs`, counted in the shared state so that every instance agrees. A refused
 * command is not run; the adapter tells the user privately when to try again.
 */
import type { WindowCounters } from './types.js';

/** What was refused, for the metrics hook and the log. */
export interface CooldownRefusal {
  platform: string;
  user: string;
  /** When the user may try again, in ms from now. */
  retryInMs: number;
}

export interface CooldownSettings {
  /** Commands allowed per window; 0 turns the cooldown off. */
  commands: number;
  windowMs: number;
}

export interface CooldownOptions {
  /** The clock, epoch ms (tests pass a fake one). */
  now?: () => number;
  /** Called for every refusal (metrics count them). */
  onRefused?: (refusal: CooldownRefusal) => void;
}

export class CooldownGate {
  readonly #now: () => number;
  readonly #onRefused: ((refusal: CooldownRefusal) => void) | undefined;

  constructor(
    private readonly counters: WindowCounters,
    private readonly settings: CooldownSettings,
    options: CooldownOptions = {},
  ) {
    this.#now = options.now ?? Date.now;
    this.#onRefused = options.onRefused;
  }

  /** Counts one command of `user`; null when it may run, the refusal when it may not. */
  async check(platform: string, user: string): Promise<CooldownRefusal | null> {
    const { commands, windowMs } = this.settings;
    if (commands <= 0 || windowMs <= 0) return null;
    const { count, resetInMs } = await this.counters.hit(
      `${platform}:${user}`,
      windowMs,
      this.#now(),
    );
    if (count <= commands) return null;
    const refusal = { platform, user, retryInMs: resetInMs };
    this.#onRefused?.(refusal);
    return refusal;
  }
}

/** What the user is told, in whole seconds (never "0 s"). */
export function cooldownMessage(retryInMs: number): string {
  return `You're going too fast: try again in ${Math.max(1, Math.ceil(retryInMs / 1000))} s.`;
}
