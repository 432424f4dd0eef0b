import { describe, expect, test } from 'vitest';
import { phaseProgress } from './phase-progress.js';

const registration = { phase: 'registration', start: '2026-03-24', end: '2026-06-08' };

describe('phaseProgress', () => {
  test.each([
    {
      asOf: '2026-03-23',
      state: 'upcoming',
      toDate: null,
      elapsed: 0,
      remaining: ['2026-03-24', '2026-06-08'],
      left: 77,
    },
    {
      asOf: '2026-03-24',
      state: 'in_progress',
      toDate: ['2026-03-24', '2026-03-24'],
      elapsed: 1,
      remaining: ['2026-03-25', '2026-06-08'],
      left: 76,
    },
    {
      asOf: '2026-05-15',
      state: 'in_progress',
      toDate: ['2026-03-24', '2026-05-15'],
      elapsed: 53,
      remaining: ['2026-05-16', '2026-06-08'],
      left: 24,
    },
    {
      asOf: '2026-06-08',
      state: 'ended',
      toDate: ['2026-03-24', '2026-06-08'],
      elapsed: 77,
      remaining: null,
      left: 0,
    },
    {
      asOf: '2026-07-01',
      state: 'ended',
      toDate: ['2026-03-24', '2026-06-08'],
      elapsed: 77,
      remaining: null,
      left: 0,
    },
  ])(
    'as of $asOf the phase is $state with $elapsed days elapsed and $left to go',
    ({ asOf, state, toDate, elapsed, remaining, left }) => {
      const p = phaseProgress(registration, asOf);
      expect(p.state).toBe(state);
      expect(p.toDate && [p.toDate.first, p.toDate.last]).toEqual(toDate);
      expect(p.remaining && [p.remaining.first, p.remaining.last]).toEqual(remaining);
      expect([p.elapsedDays, p.remainingDays, p.phaseDays]).toEqual([elapsed, left, 77]);
    },
  );
});
