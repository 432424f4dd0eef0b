import { describe, expect, test } from 'vitest';
import { backoffDelay, isRetryable, withRetry } from './retry.js';

/** An error shaped like the client library's: a response with a status. */
const httpError = (status: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${status}`), { status, response: { status, headers } });

describe('retry with truncated exponential backoff', () => {
  test.each([
    { status: 429, retry: true },
    { status: 500, retry: true },
    { status: 503, retry: true },
    { status: 400, retry: false },
    { status: 403, retry: false },
    { status: 404, retry: false },
    { status: 'ECONNRESET', retry: true },
    { status: 'ERR_INVALID_URL', retry: false },
  ])('status $status is retried: $retry', ({ status, retry }) => {
    expect(isRetryable(status)).toBe(retry);
  });

  test('waits double each time, with up to one base of jitter, and never above the maximum', () => {
    const policy = { baseDelayMs: 500, maxDelayMs: 5_000 };
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, policy, () => 0))).toEqual([
      500, 1000, 2000, 4000, 5000,
    ]);
    expect(backoffDelay(1, policy, () => 0.5)).toBe(750);
  });

  test('given two 429s then success, when called, then it succeeds on the third attempt after two waits', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw httpError(429);
        return 'ok';
      },
      {
        attempts: 5,
        baseDelayMs: 100,
        maxDelayMs: 1000,
        random: () => 0,
        sleep: async (ms) => void waits.push(ms),
      },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
    expect(waits).toEqual([100, 200]);
  });

  test('a Retry-After header lengthens the wait', async () => {
    const waits: number[] = [];
    let calls = 0;
    await withRetry(
      async () => {
        calls += 1;
        if (calls === 1) throw httpError(503, { 'retry-after': '3' });
        return 1;
      },
      {
        attempts: 3,
        baseDelayMs: 100,
        maxDelayMs: 10_000,
        random: () => 0,
        sleep: async (ms) => void waits.push(ms),
      },
    );
    expect(waits).toEqual([3000]);
  });

  test('a 400 is thrown at once, and the last 5xx is thrown when attempts run out', async () => {
    const policy = { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined };
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls += 1;
        throw httpError(400);
      }, policy),
    ).rejects.toThrow('HTTP 400');
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      withRetry(async () => {
        calls += 1;
        throw httpError(502);
      }, policy),
    ).rejects.toThrow('HTTP 502');
    expect(calls).toBe(3);
  });
});
