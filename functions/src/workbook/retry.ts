/**
 * Retrying Google API calls: truncated exponential backoff with jitter on 429 and 5xx, the policy
 * Google documents for its APIs. Used for every call the Sheets adapter makes, POSTs included: the
 * adapter's writes overwrite whole ranges, so repeating one leaves the same result.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The first wait, in milliseconds; each later wait doubles, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Waits `ms`; a test passes one that records and returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1), for the jitter. */
  random?: () => number;
  /** Told of each retry before its wait. */
  onRetry?: (info: { attempt: number; status: number | string; delayMs: number }) => void;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 500, maxDelayMs: 32_000 };

/** The HTTP status (or network error code) of a failed call, when it has one. */
export function failureStatus(error: unknown): number | string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { status?: unknown; code?: unknown; response?: { status?: unknown } };
  if (typeof e.response?.status === 'number') return e.response.status;
  if (typeof e.status === 'number') return e.status;
  if (typeof e.code === 'number') return e.code;
  if (typeof e.code === 'string') return e.code;
  return undefined;
}

const TRANSIENT_NETWORK = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/** Whether a failure is worth another attempt: quota (429), a server error (5xx), or a dropped connection. */
export function isRetryable(status: number | string | undefined): boolean {
  if (typeof status === 'number') return status === 429 || (status >= 500 && status <= 599);
  return typeof status === 'string' && TRANSIENT_NETWORK.has(status);
}

/**
 * The wait before retry `attempt` (1 for the first retry): base × 2^(attempt−1) plus up to one base
 * of jitter, never above the maximum.
 * @example backoffDelay(3, { baseDelayMs: 500, maxDelayMs: 32_000 }, () => 0) //=> 2000
 */
export function backoffDelay(
  attempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const exponential = policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(policy.maxDelayMs, Math.round(exponential + random() * policy.baseDelayMs));
}

/** The server's Retry-After, in milliseconds, when it sent one in seconds. */
function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: unknown } } | null)?.response?.headers;
  let value: unknown;
  if (headers instanceof Headers) value = headers.get('retry-after');
  else if (headers && typeof headers === 'object')
    value = (headers as Record<string, unknown>)['retry-after'];
  const seconds = Number(value);
  return value !== undefined && value !== null && Number.isFinite(seconds) && seconds >= 0
    ? seconds * 1000
    : undefined;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `call` until it succeeds, fails for good, or runs out of attempts; the last failure is thrown. */
export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  const sleep = policy.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const status = failureStatus(error);
      if (attempt >= policy.attempts || !isRetryable(status)) throw error;
      const hinted = retryAfterMs(error);
      const delayMs = Math.min(
        policy.maxDelayMs,
        Math.max(hinted ?? 0, backoffDelay(attempt, policy, policy.random)),
      );
      policy.onRetry?.({ attempt, status: status ?? 'unknown', delayMs });
      await sleep(delayMs);
    }
  }
}
