/**
 * Building an index over 100,000 passages takes longer than an event loop should be held. The
 * builders are generators that `yield` between pieces of work: `runSync` runs one straight
 * through (tests, small corpora, code that has no scheduler); `Scheduler.runInSlices` runs it in
 * slices with the event loop free between.
 */

export type Steps<T> = Generator<void, T, void>;

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
