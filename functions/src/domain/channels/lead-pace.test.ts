import { describe, expect, test } from 'vitest';
import { leadsPerPersonDay } from './lead-pace.js';

describe('leadsPerPersonDay', () => {
  test.each([
    {
      name: 'mall expo’s 24 people finding 8,640 leads in 12 days find 30 each a day',
      leads: 8640,
      people: 24,
      days: 12,
      expected: '30',
    },
    { name: 'a channel nobody works has no pace', leads: 10, people: 0, days: 12, expected: null },
    { name: 'a phase not yet begun has no pace', leads: 0, people: 24, days: 0, expected: null },
  ])('$name', ({ leads, people, days, expected }) => {
    expect(leadsPerPersonDay(leads, people, days)?.toFixed() ?? null).toBe(expected);
  });
});
