import type { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { Dec, roundHalfUp } from '../money.js';
import { NO_TARGET } from './day-target.js';
import { requiredDaily } from './required-daily.js';

const week = { weekdays: new Dec(46), weekend: new Dec(31) };
const fig = (d: Decimal | undefined) => d && roundHalfUp(d).toFixed();

describe('requiredDaily', () => {
  test('spreads what is left over the remaining calendar days, and over weekdays and weekends as the plan does', () => {
    // Saturday 05-16 … Friday 05-22: 5 weekdays and a weekend, 77 planned; 200 left
    const r = requiredDaily(new Dec(200), week, { first: '2026-05-16', last: '2026-05-22' });
    expect([fig(r?.daily), fig(r?.weekday), fig(r?.weekend)]).toEqual(['28.57', '23.9', '40.26']);
    // The weighted days add up to what is left
    expect(r && fig(r.weekday.mul(5).add(r.weekend.mul(2)))).toBe('200');
  });

  test('asks nothing more once the phase target is reached', () => {
    const r = requiredDaily(new Dec(0), week, { first: '2026-05-16', last: '2026-05-22' });
    expect([r?.daily, r?.weekday, r?.weekend].map((d) => d?.toFixed())).toEqual(['0', '0', '0']);
  });

  test('a channel with no pattern asks the same of every day', () => {
    const r = requiredDaily(new Dec(70), NO_TARGET, { first: '2026-05-16', last: '2026-05-22' });
    expect([r?.daily, r?.weekday, r?.weekend].map((d) => d?.toFixed())).toEqual(['10', '10', '10']);
  });

  test('nothing is required once no day remains', () => {
    expect(requiredDaily(new Dec(50), week, null)).toBeNull();
  });
});
