/**
 * Turns: commands run one at a time, in slices of about SLICE_MS, and the event loop is free
 * between slices to acknowledge interactions, answer autocomplete and keep gateway heartbeats.
 *
 * Why not just `await` between steps: ten commands that arrive together all start in the same
 * loop iteration, so each yielding in its turn still runs ten first steps back to back, and the
 * loop waits for all ten (docs/benchmarks.md has the figures). A turn is held by one command at a
 * time; the next one starts in the same iteration only while the slice has time left, otherwise
 * in the next iteration. Long commands call `pause()` between steps (each candidate document, each
 * alignment) so that one of them is also cut into slices.
 *
 * Autocomplete does not take a turn: it must answer within Discord's 3 s whatever is queued, and
 * it costs milliseconds.
 */
import { setImmediate as nextIteration } from 'node:timers/promises';

/** Work between two yields to the event loop. */
const SLICE_MS = 10;

export interface Turns {
  /** Runs `work` when its turn comes, after the commands queued before it. Never nest. */
  run<T>(work: () => T | Promise<T>): Promise<T>;
  /** Between two steps of a command: yields to the event loop when the slice is used up. */
  pause(): Promise<void>;
}

export function createTurns(sliceMs = SLICE_MS): Turns {
  let sliceStart = performance.now();
  let busy = false;
  const waiting: (() => void)[] = [];
  /**
   * Whether the loop has come round (its timers ran) since the last command ended. Commands that
   * arrive in separate callbacks of one iteration (ten interactions read from one socket) find
   * the turn free each time: without this they would each start a fresh slice and block the loop
   * for all ten.
   */
  let loopTurned = true;
  let marker: ReturnType<typeof setTimeout> | null = null;

  function markWhenLoopTurns(): void {
    loopTurned = false;
    marker ??= setTimeout(() => {
      marker = null;
      loopTurned = true;
    }, 0);
    marker.unref?.();
  }

  async function pause(): Promise<void> {
    if (performance.now() - sliceStart < sliceMs) return;
    await nextIteration();
    sliceStart = performance.now();
  }

  async function run<T>(work: () => T | Promise<T>): Promise<T> {
    if (busy) {
      await new Promise<void>((resolve) => waiting.push(resolve));
      // handed over by the previous command: go on only if the slice has time left
      await pause();
    } else {
      busy = true;
      if (loopTurned) sliceStart = performance.now();
      else await pause();
    }
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else {
        busy = false;
        markWhenLoopTurns();
      }
    }
  }

  return { run, pause };
}

/** The process's turns: one event loop, one queue. */
export const turns: Turns = createTurns();

/** `turns.pause()`, for the steps of long commands. */
export function pause(): Promise<void> {
  return turns.pause();
}
