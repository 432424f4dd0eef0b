import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { repIndex, type ActivityFields, type RepFields } from './records.js';
import { shortfallLines } from './shortfall.js';
import type { RewardContext, RewardRule } from './types.js';

const agent: RepFields = { rep_id: 'S104', team: 'T1', channel: 'resale_agency', hire_date: '2026-01-05' };
const context = (
  activity: ActivityFields[],
  reps: RepFields[] = [agent],
  asOf = '2026-05-10',
): RewardContext => ({
  asOf,
  weekStartsOn: 1,
  activity,
  reps: repIndex(reps),
  firstDay: '2026-05-04',
  phases: [{ phase: 'registration', start: '2026-03-24', end: '2026-05-12' }],
});
const stores = (n: number, rep_id = 'S104'): ActivityFields[] =>
  Array.from({ length: n }, (_, i) => ({ row: 20 + i, date: '2026-05-05', rep_id, type: 'agency_store' }));
// The source: fewer than 5 agency stores in a week costs 100 a missing store (SPEC section 5)
const rule: RewardRule = {
  rule: 'agency_store_shortfall',
  kind: 'shortfall',
  trigger: 'agency_store',
  amount: new Dec(100),
  channel: 'resale_agency',
  window: 'week',
  min: new Dec(5),
};

describe('shortfallLines', () => {
  test.each([
    { stores: 0, expected: ['-500'] },
    { stores: 3, expected: ['-200'] },
    { stores: 4, expected: ['-100'] },
    { stores: 5, expected: [] },
    { stores: 7, expected: [] },
  ])('$stores agency stores in a week cost $expected', ({ stores: n, expected }) => {
    expect(shortfallLines(rule, context(stores(n))).map((l) => l.amount.toFixed())).toEqual(expected);
  });

  test('falls on the week’s last day and names the rows that were counted', () => {
    const [line] = shortfallLines(rule, context(stores(3)));
    expect(line).toMatchObject({
      rep_id: 'S104',
      team: 'T1',
      channel: 'resale_agency',
      day: '2026-05-10',
      kind: 'shortfall',
    });
    expect(line?.source.map((s) => s.row)).toEqual([20, 21, 22]);
  });

  test('reaches only the reps whose own channel the rule names', () => {
    const other: RepFields = { rep_id: 'S105', channel: 'mall_expo', hire_date: '2026-01-05' };
    expect(shortfallLines(rule, context([], [agent, other])).map((l) => l.rep_id)).toEqual(['S104']);
  });

  test('does not judge a week the rep was not employed throughout', () => {
    const hired = { ...agent, hire_date: '2026-05-06' };
    const left = { ...agent, rep_id: 'S106', leave_date: '2026-05-09' };
    expect(shortfallLines(rule, context([], [hired, left]))).toEqual([]);
  });

  test('does not judge a week reaching past the rule’s phase', () => {
    // The phase ends on Tuesday 05-12: the week of 05-11 is not wholly inside it
    const lines = shortfallLines({ ...rule, phase: 'registration' }, context([], [agent], '2026-05-31'));
    expect(lines.map((l) => l.window?.first)).toEqual(['2026-05-04']);
  });

  test('does not judge a week that has not ended, nor one before the log begins', () => {
    expect(shortfallLines(rule, context([], [agent], '2026-05-09'))).toEqual([]);
    expect(shortfallLines(rule, { ...context([], [agent]), firstDay: '2026-05-05' })).toEqual([]);
    expect(shortfallLines(rule, { ...context([], [agent]), firstDay: undefined })).toEqual([]);
  });
});
