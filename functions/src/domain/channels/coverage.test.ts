import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { repIndex } from '../rewards/records.js';
import { channelLog } from './channel-log.js';
import { coverageToDate } from './coverage.js';

// The source's registration phase: 78 a day required, key accounts (11) and mall expo (8) plan 19
const coverage = {
  phase: 'registration',
  requiredDaily: 78,
  plannedDaily: new Dec(19),
  shortfallDaily: new Dec(59),
  coverage: new Dec(19).div(78),
};
const phase = { phase: 'registration', start: '2026-03-24', end: '2026-06-08' };
const reps = repIndex([{ rep_id: 'S101', hire_date: '2026-01-05' }]);
const activity = channelLog(
  [
    { row: 2, date: '2026-03-24', rep_id: 'S101', type: 'visit', quantity: new Dec(40) },
    { row: 3, date: '2026-03-25', rep_id: 'S101', type: 'visit', quantity: new Dec(60) }, // no channel at all: still a visit of the phase
    { row: 4, date: '2026-03-23', rep_id: 'S101', type: 'visit', quantity: new Dec(99) }, // before the phase
  ],
  reps,
  '2026-03-25',
);

describe('coverageToDate', () => {
  test('sets the pace so far, every visit of the phase ÷ the days elapsed, beside the plan’s coverage', () => {
    const c = coverageToDate(coverage, phase, activity, '2026-03-25');
    expect([
      c.requiredDaily,
      c.plannedDaily.toFixed(),
      c.shortfallDaily.toFixed(),
      c.actualToDate?.toFixed(),
      c.actualDaily?.toFixed(),
    ]).toEqual([78, '19', '59', '100', '50']);
  });

  test('a phase not yet begun has no pace', () => {
    const c = coverageToDate(coverage, phase, activity, '2026-03-23');
    expect([c.actualToDate, c.actualDaily]).toEqual([null, null]);
  });
});
