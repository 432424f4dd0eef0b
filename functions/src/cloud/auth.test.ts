import { describe, expect, test } from 'vitest';
import { sign, verify } from './auth.js';

const SECRET = 'k'.repeat(40);
const NOW = new Date('2026-05-15T02:00:00Z');
const ts = NOW.getTime() / 1000;
const body = Buffer.from('{"event_id":"e-12345678","sheet":"目标"}');
const headers = (timestamp: number, signature: string) => ({
  'x-salesperf-timestamp': String(timestamp),
  'x-salesperf-signature': signature,
});

describe('signed requests', () => {
  test('the signature is HMAC-SHA256 over "<timestamp>.<raw body>", hex', () => {
    // Computed independently: printf '%s' '1747274400.{"a":1}' | openssl dgst -sha256 -hmac secret
    expect(sign('secret', 1747274400, '{"a":1}')).toBe(
      'v1=71b92fc58137d1b2b004379feb58137501b1d836430d18ba5df2188fdfc6a79a',
    );
    expect(sign('secret', 1747274400, '{"a":1}')).toBe(sign('secret', 1747274400, Buffer.from('{"a":1}')));
  });

  test.each([
    {
      name: 'a fresh, well-signed request',
      h: headers(ts, sign(SECRET, ts, body)),
      verdict: { ok: true, timestamp: ts },
    },
    {
      name: 'one signed 300 s ago',
      h: headers(ts - 300, sign(SECRET, ts - 300, body)),
      verdict: { ok: true, timestamp: ts - 300 },
    },
    {
      name: 'one signed 301 s ago',
      h: headers(ts - 301, sign(SECRET, ts - 301, body)),
      verdict: { ok: false, reason: 'stale' },
    },
    {
      name: 'one signed 301 s ahead',
      h: headers(ts + 301, sign(SECRET, ts + 301, body)),
      verdict: { ok: false, reason: 'stale' },
    },
    {
      name: 'one signed with another secret',
      h: headers(ts, sign('x'.repeat(40), ts, body)),
      verdict: { ok: false, reason: 'bad_signature' },
    },
    {
      name: 'one whose timestamp was changed',
      h: headers(ts + 1, sign(SECRET, ts, body)),
      verdict: { ok: false, reason: 'bad_signature' },
    },
    {
      name: 'one without a signature',
      h: { 'x-salesperf-timestamp': String(ts) },
      verdict: { ok: false, reason: 'unsigned' },
    },
    {
      name: 'one with a signature of another form',
      h: headers(ts, 'sha256=abc'),
      verdict: { ok: false, reason: 'unsigned' },
    },
  ])('$name', ({ h, verdict }) => {
    expect(verify(SECRET, h, body, NOW)).toEqual(verdict);
  });

  test('a body changed after signing is refused', () => {
    expect(
      verify(SECRET, headers(ts, sign(SECRET, ts, body)), Buffer.from(`${body.toString()} `), NOW),
    ).toEqual({ ok: false, reason: 'bad_signature' });
  });
});
