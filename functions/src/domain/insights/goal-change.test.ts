import { describe, expect, test } from 'vitest';
import { parseChange } from './goal-change.js';

describe('parseChange', () => {
  test.each([
    ['+15%', '0.15'],
    ['15%', '0.15'],
    ['-30%', '-0.3'],
    ['−30%', '-0.3'],
    ['－30％', '-0.3'],
    [' + 10 % ', '0.1'],
    ['+12.5%', '0.125'],
    ['提升15%', '0.15'],
    ['缩短30%', '-0.3'],
    ['降低-5%', '0.05'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseChange(text)?.toFixed()).toBe(expected);
  });

  test.each(['15', '+0.15', 'more', '', '0%', '+15%%'])('refuses %j', (text) => {
    expect(parseChange(text)).toBeUndefined();
  });
});
