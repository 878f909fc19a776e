/**
 * Building an index over 100,000 passages takes longer than an event loop should be held. The
 * builders are generators that `yield` between pieces of work; `runSync` runs one straight
 * through, `runInSlices` runs it in slices of a few milliseconds with the event loop free between.
 */

export type Steps<T> = Generator<void, T, void>;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export async function runInSlices<T>(steps: Steps<T>, sliceMs = 8): Promise<T> {
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      start = performance.now();
    }
  }
}
