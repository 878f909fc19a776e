/**
 * Waits for a promise at most `ms`; on timeout resolves with `fallback`. The timer is always
 * cleared, so it never keeps the process alive after a stop.
 */
export async function untilDeadline<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A stop budget in milliseconds. `stop(deadlineMs)` takes a duration; an absolute epoch time
 * (anything after 2001) is accepted too and turned into the time left.
 */
export function budgetFrom(deadlineMs: number, now = Date.now()): number {
  const ms = deadlineMs > 1e12 ? deadlineMs - now : deadlineMs;
  return Math.max(0, ms);
}
