import type { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { Dec, roundHalfUp } from '../money.js';
import { repIndex, type ActivityFields, type RepFields } from '../rewards/records.js';
import { channelLog } from './channel-log.js';
import type { ChannelTarget } from './channel-gap.js';
import { channelWeeks, teamWeeks } from './weekly-completion.js';

const registration = { phase: 'registration', start: '2026-03-24', end: '2026-06-08' };
const subscription = { phase: 'subscription', start: '2026-06-09', end: '2026-06-23' };
const week = (daily: number, weekdays: number, weekend: number) => ({
  daily: new Dec(daily),
  week: { weekdays: new Dec(weekdays), weekend: new Dec(weekend) },
});
const targets: ChannelTarget[] = [
  { channel: 'key_accounts', name: 'Key accounts', phase: registration, ...week(11, 46, 31) },
  { channel: 'mall_expo', name: 'Mall expo', phase: registration, ...week(8, 34, 22) },
  { channel: 'key_accounts', name: 'Key accounts', phase: subscription, ...week(20, 84, 56) },
];
const reps: RepFields[] = [
  { rep_id: 'K1', team: 'T1', channel: 'key_accounts', hire_date: '2026-01-05' },
  { rep_id: 'K2', team: 'T2', channel: 'key_accounts', hire_date: '2026-01-05' },
  { rep_id: 'M1', team: 'T1', channel: 'mall_expo', hire_date: '2026-01-05' },
  { rep_id: 'M2', team: 'T2', channel: 'mall_expo', hire_date: '2026-01-05' },
  { rep_id: 'M3', team: 'T2', channel: 'mall_expo', hire_date: '2026-01-05', leave_date: '2026-05-06' },
];
const visit = (row: number, date: string, rep_id: string, quantity: number): ActivityFields => ({
  row,
  date,
  rep_id,
  type: 'visit',
  quantity: new Dec(quantity),
});
const fig = (d: Decimal) => roundHalfUp(d, 4).toFixed();
const run = (activity: ActivityFields[], asOf: string) => channelLog(activity, repIndex(reps), asOf);

describe('channelWeeks', () => {
  // The week of Monday 2026-05-04: key accounts 70 of 77, mall expo 56 of 56
  const activity = [
    visit(2, '2026-05-04', 'K1', 40),
    visit(3, '2026-05-10', 'K2', 30),
    visit(4, '2026-05-06', 'M1', 56),
    visit(5, '2026-05-11', 'M1', 99),
  ];

  test('ranks the channels of each ended week by completion, and the rank is next week’s pick order', () => {
    const weeks = channelWeeks(targets, run(activity, '2026-05-10'), '2026-05-10', 1);
    const latest = weeks.filter((w) => w.week.first === '2026-05-04');
    expect(latest.map((w) => [w.rank, w.id, fig(w.target), fig(w.actual), fig(w.completion)])).toEqual([
      [1, 'mall_expo', '56', '56', '1'],
      [2, 'key_accounts', '77', '70', '0.9091'],
    ]);
  });

  test('lists weeks newest first, from the campaign’s first week to the last one ended', () => {
    const weeks = channelWeeks(targets, run(activity, '2026-05-13'), '2026-05-13', 1);
    const firsts = [...new Set(weeks.map((w) => w.week.first))];
    expect(firsts[0]).toBe('2026-05-04'); // the week of 05-11 has not ended
    expect(firsts.at(-1)).toBe('2026-03-23'); // the phase starts on Tuesday 03-24
    expect(weeks.filter((w) => w.week.first === '2026-03-23').map((w) => fig(w.target))).toEqual([
      '67.8',
      '49.2',
    ]); // Tuesday to Sunday
  });

  test('a week across a phase boundary takes each day’s target from its own phase', () => {
    // Monday 06-08 is the registration's last day (9.2); Tuesday 06-09 … Sunday 06-14 are subscription days (4 × 16.8 + 56)
    const weeks = channelWeeks(targets, run([], '2026-06-14'), '2026-06-14', 1);
    const boundary = weeks.filter((w) => w.week.first === '2026-06-08');
    expect(boundary.map((w) => [w.id, fig(w.target)])).toEqual([
      ['key_accounts', '132.4'],
      ['mall_expo', '6.8'],
    ]);
  });

  test('weeks start on the workbook’s week_starts_on', () => {
    const weeks = channelWeeks(targets, run(activity, '2026-05-09'), '2026-05-09', 6);
    expect(weeks[0]?.week).toEqual({ first: '2026-05-02', last: '2026-05-08' });
  });

  test('ties go to more visits, then to the channel id', () => {
    const even = [visit(2, '2026-05-04', 'K1', 77), visit(3, '2026-05-04', 'M1', 56)];
    const weeks = channelWeeks(targets, run(even, '2026-05-10'), '2026-05-10', 1).filter(
      (w) => w.week.first === '2026-05-04',
    );
    expect(weeks.map((w) => [w.rank, w.id])).toEqual([
      [1, 'key_accounts'],
      [2, 'mall_expo'],
    ]);
  });
});

describe('teamWeeks', () => {
  test('a team carries the share of each channel’s daily target of its reps on the books that day', () => {
    // Week of 05-04. Key accounts: K1 (T1) and K2 (T2) share 77 → 38.5 each.
    // Mall expo: Mon–Wed three reps (M3 leaves on Wednesday), then two: T1 gets 1/3 of 3 × 6.8 + 1/2 of (2 × 6.8 + 22) = 24.6
    const activity = [
      visit(2, '2026-05-05', 'K1', 30),
      visit(3, '2026-05-05', 'M1', 20),
      visit(4, '2026-05-05', 'K2', 60),
    ];
    const weeks = teamWeeks(targets, run(activity, '2026-05-10'), reps, '2026-05-10', 1).filter(
      (w) => w.week.first === '2026-05-04',
    );
    expect(weeks.map((w) => [w.rank, w.id, fig(w.target), fig(w.actual)])).toEqual([
      [1, 'T2', '69.9', '60'],
      [2, 'T1', '63.1', '50'],
    ]);
    // The teams' targets add up to the channels'
    expect(fig(weeks.reduce((sum, w) => sum.add(w.target), new Dec(0)))).toBe('133');
  });
});
