import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { gapStatus } from './gap-status.js';

describe('gapStatus', () => {
  test.each([
    { actual: '120', target: '100', expected: 'on_track' },
    { actual: '100', target: '100', expected: 'on_track' },
    { actual: '99.99', target: '100', expected: 'at_risk' },
    { actual: '85', target: '100', expected: 'at_risk' },
    { actual: '84.99', target: '100', expected: 'off_track' },
    { actual: '0', target: '100', expected: 'off_track' },
    { actual: '0', target: '0', expected: 'on_track' },
    { actual: '5', target: '0', expected: 'on_track' },
  ])('$actual visits against $target to date are $expected', ({ actual, target, expected }) => {
    expect(gapStatus(new Dec(actual), new Dec(target))).toBe(expected);
  });
});
