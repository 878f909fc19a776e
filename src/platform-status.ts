/**
 * Which platforms are up. Adapters report into it (running, down with a reason, stopping); the
 * health check reads it, and `runPlatforms` exits when no platform is left. One instance per
 * process, made at start-up and passed down in `PlatformDeps` (never module state).
 */

/** `down` is for good: the platform refused the session and will not reconnect by itself. */
export type PlatformState = 'starting' | 'running' | 'down' | 'stopping';

export interface PlatformHealth {
  state: PlatformState;
  /** For the log, in words an operator can act on (no secrets); only when `down`. */
  reason?: string;
}

export class PlatformStatus {
  readonly #platforms = new Map<string, PlatformHealth>();
  readonly #listeners = new Set<() => void>();

  /** Records a platform's state; listeners hear of every change. */
  report(name: string, state: PlatformState, reason?: string): void {
    this.#platforms.set(name, reason === undefined ? { state } : { state, reason });
    for (const listener of [...this.#listeners]) listener();
  }

  /** Every platform reported so far and its state, for `/healthz`. */
  states(): Record<string, PlatformState> {
    return Object.fromEntries([...this.#platforms].map(([name, h]) => [name, h.state]));
  }

  /** Every platform that is down, with its reason. */
  down(): { name: string; reason: string }[] {
    return [...this.#platforms]
      .filter(([, h]) => h.state === 'down')
      .map(([name, h]) => ({ name, reason: h.reason ?? 'down' }));
  }

  /** True when every platform reported is running. */
  allRunning(): boolean {
    return [...this.#platforms.values()].every((h) => h.state === 'running');
  }

  /** True when platforms were reported and every one of them is down. */
  noneLeft(): boolean {
    const all = [...this.#platforms.values()];
    return all.length > 0 && all.every((h) => h.state === 'down');
  }

  /** Calls `listener` after every report; returns the way to stop listening. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
