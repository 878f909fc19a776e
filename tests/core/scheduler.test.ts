/**
 * The scheduler's turns: commands one at a time, in arrival order, with the event loop free between slices.
 * Work is simulated by busy-waiting on the clock, so a slower machine only makes the slices end
 * sooner: every ordering asserted here holds however noisy the machine is.
 */
import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/core/schedule/scheduler.js';

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    /* working */
  }
}

describe('turns', () => {
  it('GIVEN commands arriving together THEN they run one at a time, in arrival order', async () => {
    const turns = new Scheduler(10);
    const log: string[] = [];
    const job = (name: string) =>
      turns.run(async () => {
        log.push(`${name} start`);
        await turns.pause();
        busy(1);
        await turns.pause();
        log.push(`${name} end`);
        return name;
      });
    const results = await Promise.all([job('a'), job('b'), job('c')]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('GIVEN a burst longer than a slice THEN a timer set before it fires before the burst ends', async () => {
    const turns = new Scheduler(10);
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    const jobs = Array.from({ length: 6 }, (_, i) =>
      turns.run(() => {
        busy(6);
        order.push(`job ${i}`);
      }),
    );
    await Promise.all(jobs);
    // two 6 ms jobs fill a 10 ms slice; the timer runs before the last job at the latest
    expect(order.indexOf('timer')).toBeGreaterThan(0);
    expect(order.indexOf('timer')).toBeLessThan(order.length - 1);
    expect(order.filter((x) => x !== 'timer')).toEqual([0, 1, 2, 3, 4, 5].map((i) => `job ${i}`));
  });

  it('GIVEN one long command that pauses between steps THEN the loop runs between its slices', async () => {
    const turns = new Scheduler(10);
    let timerFired = false;
    let stepsBeforeTimer = -1;
    let steps = 0;
    setTimeout(() => {
      timerFired = true;
      stepsBeforeTimer = steps;
    }, 0);
    await turns.run(async () => {
      for (let i = 0; i < 8; i++) {
        busy(4);
        steps++;
        await turns.pause();
      }
    });
    expect(timerFired).toBe(true);
    expect(stepsBeforeTimer).toBeGreaterThan(0);
    expect(stepsBeforeTimer).toBeLessThan(8);
  });

  it('GIVEN a command that throws THEN the error reaches its caller and the next command runs', async () => {
    const turns = new Scheduler(10);
    const failing = turns.run(() => {
      throw new Error('boom');
    });
    const next = turns.run(() => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });

  it('GIVEN short commands within one slice THEN they run without waiting for the next loop iteration', async () => {
    const turns = new Scheduler(1_000);
    let timerFired = false;
    setTimeout(() => (timerFired = true), 0);
    await Promise.all([1, 2, 3].map((n) => turns.run(() => n)));
    expect(timerFired).toBe(false);
  });
});

describe('turns across callbacks', () => {
  it('GIVEN commands arriving in separate callbacks of one loop iteration THEN the slice is shared', async () => {
    const turns = new Scheduler(10);
    const order: string[] = [];
    // each starts in its own immediate, as interactions read from one socket do, and each has
    // finished before the next arrives: the turn is free every time
    await Promise.all(
      Array.from(
        { length: 6 },
        (_, i) =>
          new Promise<void>((resolve) =>
            setImmediate(() => {
              void turns
                .run(() => {
                  // set by the first job, so it cannot fire before the burst starts
                  if (i === 0) setTimeout(() => order.push('timer'), 0);
                  busy(6);
                  order.push(`job ${i}`);
                })
                .then(resolve);
            }),
          ),
      ),
    );
    expect(order.indexOf('timer')).toBeGreaterThan(0);
    expect(order.indexOf('timer')).toBeLessThan(order.length - 1);
  });
});
