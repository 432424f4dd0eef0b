/**
 * Signed requests from the Apps Script companion: HMAC-SHA256 with the shared secret over
 * `<timestamp>.<raw body>`, sent as `X-Salesperf-Timestamp` (Unix seconds) and
 * `X-Salesperf-Signature: v1=<hex>`. A request is refused when unsigned, wrongly signed (compared in
 * constant time) or more than five minutes from the server's clock either way.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TIMESTAMP_HEADER = 'x-salesperf-timestamp';
export const SIGNATURE_HEADER = 'x-salesperf-signature';
/** The most the signer's clock and ours may differ, in seconds. */
export const MAX_SKEW_SECONDS = 300;

export type Verdict =
  { ok: true; timestamp: number } | { ok: false; reason: 'unsigned' | 'bad_signature' | 'stale' };

/**
 * The signature of a body sent at `timestamp`.
 * @example sign('secret', 1747270800, '{}') //=> 'v1=' + 64 hex digits
 */
export function sign(secret: string, timestamp: number, rawBody: string | Buffer): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
  return `v1=${mac}`;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Checks a request's signature and freshness. The signature is checked first, so stale tells nothing to a forger. */
export function verify(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  rawBody: Buffer | undefined,
  now: Date = new Date(),
): Verdict {
  const timestampText = header(headers, TIMESTAMP_HEADER);
  const signature = header(headers, SIGNATURE_HEADER);
  if (
    !timestampText ||
    !signature ||
    !rawBody ||
    !/^\d{1,12}$/.test(timestampText) ||
    !/^v1=[0-9a-f]{64}$/.test(signature)
  ) {
    return { ok: false, reason: 'unsigned' };
  }
  const timestamp = Number(timestampText);
  const expected = Buffer.from(sign(secret, timestamp, rawBody));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'bad_signature' };
  if (Math.abs(now.getTime() / 1000 - timestamp) > MAX_SKEW_SECONDS) return { ok: false, reason: 'stale' };
  return { ok: true, timestamp };
}
