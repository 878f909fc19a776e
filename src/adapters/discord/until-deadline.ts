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
