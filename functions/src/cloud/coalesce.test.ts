import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Coalescer } from './coalesce.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('coalescing edits', () => {
  test('given a burst of edits, when they go quiet, then one run starts', async () => {
    const runs: string[] = [];
    const c = new Coalescer(
      async (k) => void runs.push(k),
      1000,
      10_000,
      () => Date.now(),
    );
    for (let i = 0; i < 5; i++) {
      c.schedule('sheet');
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual(['sheet']);
  });

  test('given a steady stream of edits, when the longest wait passes, then a run starts anyway', async () => {
    const runs: number[] = [];
    const c = new Coalescer(
      async () => void runs.push(Date.now()),
      1000,
      3000,
      () => Date.now(),
    );
    const start = Date.now();
    for (let i = 0; i < 12; i++) {
      c.schedule('sheet');
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect((runs[0] ?? 0) - start).toBeLessThanOrEqual(3000);
  });

  test('given an edit during a run, when the run ends, then exactly one more run follows', async () => {
    const runs: string[] = [];
    let finish: () => void = () => undefined;
    const c = new Coalescer(
      (k) => {
        runs.push(k);
        return new Promise<void>((resolve) => (finish = resolve));
      },
      100,
      1000,
      () => Date.now(),
    );
    c.schedule('sheet');
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toHaveLength(1);
    c.schedule('sheet');
    c.schedule('sheet');
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toHaveLength(2);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(2);
    await c.settled();
  });

  test('spreadsheets are coalesced separately', async () => {
    const runs: string[] = [];
    const c = new Coalescer(
      async (k) => void runs.push(k),
      100,
      1000,
      () => Date.now(),
    );
    c.schedule('a');
    c.schedule('b');
    c.schedule('a');
    await vi.advanceTimersByTimeAsync(100);
    expect(runs.sort()).toEqual(['a', 'b']);
  });

  test('given a run that fails, when the waits pass, then it is tried again, and no more after it succeeds', async () => {
    const runs: number[] = [];
    const start = Date.now();
    let failuresLeft = 2;
    const c = new Coalescer(
      async () => {
        runs.push(Date.now() - start);
        if (failuresLeft-- > 0) throw new Error('Sheets answered 503 six times');
      },
      1000,
      10_000,
      () => Date.now(),
    );
    c.schedule('sheet');
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual([1000]);
    // An edit while waiting to retry joins the retry.
    c.schedule('sheet');
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toEqual([1000, 3000]);
    await vi.advanceTimersByTimeAsync(4000);
    expect(runs).toEqual([1000, 3000, 7000]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(3);
    await c.settled();
  });

  test('given a run that keeps failing, then it is given up after the retries, until the next edit', async () => {
    let runs = 0;
    const c = new Coalescer(
      async () => {
        runs += 1;
        throw new Error('Firestore unavailable');
      },
      100,
      1000,
      () => Date.now(),
      2,
    );
    c.schedule('sheet');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(3);
    await c.settled();
    c.schedule('sheet');
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toBe(4);
  });
});
