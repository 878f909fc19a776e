/**
 * The one place that decides when work gives the event loop back. Loading the corpus and running
 * commands both work in slices of about SLICE_MS, with the event loop free between slices to
 * acknowledge interactions, answer autocomplete and keep gateway heartbeats.
 *
 * Turns: commands run one at a time. Why not just `await` between steps: ten commands that arrive
 * together all start in the same loop iteration, so each yielding in its turn still runs ten first
 * steps back to back, and the loop waits for all ten (docs/benchmarks.md has the figures). A turn is
 * held by one command at a time; the next one starts in the same iteration only while the slice has
 * time left, otherwise in the next iteration. Long commands call `pause()` between steps (each
 * candidate document, each alignment) so that one of them is also cut into slices.
 *
 * Autocomplete does not take a turn: it must answer within Discord's 3 s whatever is queued, and
 * it costs milliseconds.
 *
 * One process has one event loop, so it has one Scheduler: start-up makes it and hands it to the
 * corpus loader and to every platform's command context.
 */
import { setImmediate as nextIteration } from 'node:timers/promises';
import type { Steps } from './steps.js';

/**
 * Work between two yields to the event loop. Long enough that yielding (one loop iteration,
 * tens of microseconds) costs under 1 % of the work; short enough that a gateway heartbeat, a
 * 3-second interaction deadline or a burst of ten commands never waits behind more than a few
 * slices (the longest block in a burst of ten stays under 50 ms at 100,000 passages).
 */
const SLICE_MS = 10;

export class Scheduler {
  readonly #sliceMs: number;
  #sliceStart = performance.now();
  #busy = false;
  readonly #waiting: (() => void)[] = [];
  /**
   * Whether the loop has come round (its timers ran) since the last command ended. Commands that
   * arrive in separate callbacks of one iteration (ten interactions read from one socket) find
   * the turn free each time: without this they would each start a fresh slice and block the loop
   * for all ten.
   */
  #loopTurned = true;
  #marker: ReturnType<typeof setTimeout> | null = null;

  constructor(sliceMs = SLICE_MS) {
    this.#sliceMs = sliceMs;
  }

  /** Runs `work` when its turn comes, after the commands queued before it. Never nest. */
  async run<T>(work: () => T | Promise<T>): Promise<T> {
    if (this.#busy) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
      // handed over by the previous command: go on only if the slice has time left
      await this.pause();
    } else {
      this.#busy = true;
      if (this.#loopTurned) this.#sliceStart = performance.now();
      else await this.pause();
    }
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else {
        this.#busy = false;
        this.#markWhenLoopTurns();
      }
    }
  }

  /** Between two steps of work: yields to the event loop when the slice is used up. */
  async pause(): Promise<void> {
    if (this.#sliceUsedUp()) await this.yieldNow();
  }

  /** Yields to the event loop now, and starts a new slice. */
  async yieldNow(): Promise<void> {
    await nextIteration();
    this.#sliceStart = performance.now();
  }

  /** Runs a builder's steps (see steps.ts), yielding to the event loop between slices. */
  async runInSlices<T>(steps: Steps<T>): Promise<T> {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      // checked here rather than by `await this.pause()`: a builder takes many thousand steps,
      // and each await would cost a microtask
      if (this.#sliceUsedUp()) await this.yieldNow();
    }
  }

  #sliceUsedUp(): boolean {
    return performance.now() - this.#sliceStart >= this.#sliceMs;
  }

  #markWhenLoopTurns(): void {
    this.#loopTurned = false;
    this.#marker ??= setTimeout(() => {
      this.#marker = null;
      this.#loopTurned = true;
    }, 0);
    this.#marker.unref?.();
  }
}
