import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { eventTierLines } from './event-tier.js';
import { repIndex, type ActivityFields, type RepFields } from './records.js';
import type { RewardContext, RewardRule } from './types.js';

const reps: RepFields[] = [
  { rep_id: 'S101', team: 'T1', channel: 'key_accounts', hire_date: '2026-01-05' },
  { rep_id: 'S201', team: 'T2', channel: 'community_roadshow', hire_date: '2026-01-05' },
];
const phases = [
  { phase: 'registration', start: '2026-03-24', end: '2026-06-08' },
  { phase: 'subscription', start: '2026-06-09', end: '2026-06-23' },
];
const context = (activity: ActivityFields[], asOf = '2026-06-30'): RewardContext => ({
  asOf,
  weekStartsOn: 1,
  activity,
  reps: repIndex(reps),
  phases,
  firstDay: '2026-02-16',
});
const tour = (
  row: number,
  size: number | undefined,
  extra: Partial<ActivityFields> = {},
): ActivityFields => ({
  row,
  date: '2026-05-09',
  rep_id: 'S101',
  type: 'tour_group',
  ...(size === undefined ? {} : { quantity: new Dec(size) }),
  ...extra,
});
const rule = (r: Partial<RewardRule> & Pick<RewardRule, 'rule' | 'amount'>): RewardRule => ({
  kind: 'event_tier',
  trigger: 'tour_group',
  ...r,
});

// The source's viewing tours (SPEC section 5)
const TOURS = [
  rule({ rule: 'tour_10_29', amount: new Dec(300), min: new Dec(10), max: new Dec(29) }),
  rule({ rule: 'tour_30_99', amount: new Dec(600), min: new Dec(30), max: new Dec(99) }),
  rule({ rule: 'tour_100_plus', amount: new Dec(1000), min: new Dec(100) }),
];

describe('eventTierLines', () => {
  test.each([
    { size: 9, expected: [] },
    { size: 10, expected: ['tour_10_29 300'] },
    { size: 29, expected: ['tour_10_29 300'] },
    { size: 30, expected: ['tour_30_99 600'] },
    { size: 99, expected: ['tour_30_99 600'] },
    { size: 100, expected: ['tour_100_plus 1000'] },
    { size: 250, expected: ['tour_100_plus 1000'] },
  ])('a tour group of $size people pays $expected', ({ size, expected }) => {
    const ctx = context([tour(12, size)]);
    const lines = TOURS.flatMap((r) => eventTierLines(r, ctx));
    expect(lines.map((l) => `${l.rule} ${l.amount.toFixed()}`)).toEqual(expected);
  });

  test('pays on the event’s day, to the rep of the row, naming the row', () => {
    const [line] = eventTierLines(TOURS[1]!, context([tour(812, 45)]));
    expect(line).toMatchObject({
      recipient: 'rep',
      rep_id: 'S101',
      team: 'T1',
      channel: 'key_accounts',
      day: '2026-05-09',
      window: null,
    });
    expect(line?.source).toEqual([{ tab: 'Activity', row: 812 }]);
  });

  test('a row with no quantity is an event of one', () => {
    const one = rule({ rule: 'any', amount: new Dec(5), min: new Dec(1), max: new Dec(1) });
    expect(eventTierLines(one, context([tour(3, undefined)]))).toHaveLength(1);
  });

  test('a rule limited to a phase pays only for rows dated inside it', () => {
    const sub = rule({
      rule: 'sub',
      trigger: 'subscription',
      amount: new Dec(500),
      min: new Dec(1),
      phase: 'subscription',
    });
    const rows = ['2026-06-08', '2026-06-09', '2026-06-23', '2026-06-24'].map((date, i) =>
      tour(i + 2, 1, { date, type: 'subscription' }),
    );
    expect(eventTierLines(sub, context(rows)).map((l) => l.day)).toEqual(['2026-06-09', '2026-06-23']);
  });

  test('a rule limited to a channel reads the row’s channel, else the rep’s', () => {
    const roadshow = rule({
      rule: 'roadshow',
      amount: new Dec(300),
      min: new Dec(10),
      channel: 'Community_Roadshow',
    });
    const rows = [
      tour(2, 20, { rep_id: 'S201' }), // the rep's channel
      tour(3, 20, { rep_id: 'S101', channel: 'community_roadshow' }), // the row's channel
      tour(4, 20, { rep_id: 'S201', channel: 'key_accounts' }), // the row's channel wins over the rep's
    ];
    expect(eventTierLines(roadshow, context(rows)).map((l) => l.source[0]?.row)).toEqual([2, 3]);
  });

  test('rows dated after as_of are ignored', () => {
    expect(eventTierLines(TOURS[0]!, context([tour(2, 20)], '2026-05-08'))).toEqual([]);
  });

  test('a team or external rule reports the rep who earned it and their team', () => {
    const card = rule({ rule: 'card', amount: new Dec(500), min: new Dec(30), recipient: 'external' });
    const team = rule({ rule: 'team', amount: new Dec(200), min: new Dec(30), recipient: 'team' });
    const ctx = context([tour(2, 40, { rep_id: 'S201' })]);
    expect(eventTierLines(card, ctx)[0]).toMatchObject({
      recipient: 'external',
      rep_id: 'S201',
      team: 'T2',
      channel: 'community_roadshow',
    });
    expect(eventTierLines(team, ctx)[0]).toMatchObject({ recipient: 'team', team: 'T2' });
  });

  test('amounts are rounded half-up to cents', () => {
    const odd = rule({ rule: 'odd', amount: new Dec('0.125'), min: new Dec(1) });
    expect(eventTierLines(odd, context([tour(2, 1)]))[0]?.amount.toFixed()).toBe('0.13');
  });
});
