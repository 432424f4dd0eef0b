import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { rewardLines } from '../rewards/engine.js';
import { repIndex } from '../rewards/records.js';
import type { RewardRule } from '../rewards/types.js';
import type { Flag } from '../scorecard/flags.js';
import type { Scorecard } from '../scorecard/scorecards.js';
import { act, DEFAULT_GRADES, target } from '../scorecard/test-support.js';
import { drawMonth } from './draw.js';
import type { Plan } from './plan.js';
import { splitPool } from './pools.js';
import { employedShare } from './proration.js';
import { statements, type PayInputs, type PayRep } from './statements.js';

const standard: Plan = {
  plan: 'standard',
  mode: 'retroactive',
  belowBaseRate: new Dec(0),
  baseRate: new Dec('0.1'),
  challengeRate: new Dec('0.15'),
  sprintRate: new Dec('0.2'),
  row: 2,
};
const payRep = (extra: Partial<PayRep> = {}): PayRep => ({
  rep: 'R1',
  name: 'Wang Lei',
  team: 'north',
  hire: '2024-01-01',
  plan: 'standard',
  monthlyBonusBase: new Dec(3100),
  baseSalary: new Dec(8000),
  row: 2,
  ...extra,
});
const grade = (rep: string, period: string, g: string, flags: Flag[] = []): Scorecard =>
  ({
    rep,
    period,
    kind: period.includes('Q') ? 'quarter' : period.length === 4 ? 'year' : 'month',
    grade: g,
    flags,
    complete: true,
    kpis: [],
    revenue: new Dec(0),
    name: rep,
    hire: '2024-01-01',
  }) as Scorecard;

function pay(extra: Partial<PayInputs>): PayInputs {
  return {
    months: ['2026-04'],
    asOf: '2026-06-30',
    reps: [payRep()],
    activity: [],
    targets: [],
    plans: [standard],
    grades: DEFAULT_GRADES.map((g, i) => ({ ...g, row: i + 2 })),
    scorecards: [],
    rewards: [],
    rewardRows: new Map(),
    pools: [],
    adjustments: [],
    settings: {
      autoRateRaise: false,
      rateRaiseMultiplier: new Dec('1.5'),
      lowGradePolicy: 'flag',
      rateCutMultiplier: new Dec('0.5'),
    },
    ...extra,
  };
}
const lines = (s: { lines: { kind: string; amount: Dec }[] } | undefined) =>
  s?.lines.map((l) => `${l.kind} ${l.amount.toFixed(2)}`);

describe('a month’s statement', () => {
  test('commission with the deals, target and plan behind it; bonus from the month’s grade; total = sum of lines', () => {
    const {
      statements: [april],
    } = statements(
      pay({
        activity: [
          act('R1', 'deal', '2026-04-03', { amount: 90000 }),
          act('R1', 'deal', '2026-04-20', { amount: 70000 }),
          act('R1', 'refund', '2026-04-25', { amount: 5000 }),
        ],
        targets: [
          {
            ...target('R1', 'revenue', '2026-04', 100000),
            challenge: new Dec(150000),
            sprint: new Dec(200000),
            row: 7,
          },
        ],
        scorecards: [grade('R1', '2026-04', 'A')],
        adjustments: [
          { day: '2026-04-12', rep: 'R1', amount: new Dec(-20), reason: 'missed check-in', row: 4 },
        ],
      }),
    );
    expect(lines(april)).toEqual(['commission 23250.00', 'performance_bonus 3100.00', 'adjustment -20.00']);
    expect(april?.total.toFixed(2)).toBe('26330.00');
    expect(april?.lines[0]?.source.map((s) => `${s.tab} ${s.row}`)).toEqual(
      expect.arrayContaining(['Targets 7', 'CommissionPlans 2']),
    );
  });

  test('a hire on the 15th of a 31-day month gets 17/31 of the bonus base', () => {
    expect(employedShare('2026-03', '2026-03-15', undefined).mul(31).toFixed()).toBe('17');
    const {
      statements: [march],
    } = statements(
      pay({
        months: ['2026-03'],
        reps: [payRep({ hire: '2026-03-15' })],
        scorecards: [grade('R1', '2026-03', 'A')],
      }),
    );
    expect(lines(march)).toContain('performance_bonus 1700.00'); // 3,100 × 100% × 17/31
  });

  test('a leaver is paid only for the months overlapping employment, and later only for adjustments made then', () => {
    const { statements: list } = statements(
      pay({ months: ['2026-04', '2026-05', '2026-06'], reps: [payRep({ leave: '2026-04-30' })] }),
    );
    expect(list.map((s) => s.period)).toEqual(['2026-04']);
    const settled = statements(
      pay({
        months: ['2026-04', '2026-05'],
        reps: [payRep({ leave: '2026-04-30' })],
        adjustments: [
          {
            day: '2026-05-10',
            rep: 'R1',
            amount: new Dec(860),
            reason: 'inquiry resolved',
            row: 3,
            tab: 'Inquiries',
          },
        ],
      }),
    ).statements;
    expect(settled.map((s) => [s.period, lines(s)])).toEqual([
      ['2026-04', ['commission 0.00']],
      ['2026-05', ['adjustment 860.00']],
    ]);
    expect(settled[1]?.lines[0]?.source).toEqual([{ tab: 'Inquiries', row: 3 }]);
  });

  test('a recoverable draw tops up a short month and is repaid over two later months', () => {
    const trainee: Plan = {
      plan: 'trainee',
      mode: 'flat',
      belowBaseRate: new Dec(0),
      flatRate: new Dec('0.05'),
      draw: new Dec(3000),
      drawKind: 'recoverable',
      row: 3,
    };
    const { statements: list } = statements(
      pay({
        months: ['2026-03', '2026-04', '2026-05'],
        plans: [trainee],
        reps: [payRep({ plan: 'trainee', monthlyBonusBase: undefined })],
        activity: [
          act('R1', 'deal', '2026-03-10', { amount: 20000 }),
          act('R1', 'deal', '2026-04-10', { amount: 90000 }),
          act('R1', 'deal', '2026-05-10', { amount: 100000 }),
        ],
      }),
    );
    expect(list.map(lines)).toEqual([
      ['commission 1000.00', 'draw_top_up 2000.00'],
      ['commission 4500.00', 'draw_recovery -1500.00'],
      ['commission 5000.00', 'draw_recovery -500.00'],
    ]);
    expect(list.map((s) => s.drawBalance.toFixed(2))).toEqual(['2000.00', '500.00', '0.00']);
    expect(list.map((s) => s.total.toFixed(2))).toEqual(['3000.00', '3000.00', '4500.00']);
  });

  test('a non-recoverable draw only tops up', () => {
    expect(drawMonth(new Dec(500), new Dec(3000), 'nonrecoverable', new Dec(0)).topUp.toFixed()).toBe('2500');
    expect(drawMonth(new Dec(5000), new Dec(3000), 'nonrecoverable', new Dec(0)).repaid.toFixed()).toBe('0');
  });

  test('a flat 1% plan is raised to 1.5% in the quarter after two A quarters, once auto_rate_raise is on', () => {
    const flat: Plan = {
      plan: 'standard',
      mode: 'flat',
      belowBaseRate: new Dec(0),
      flatRate: new Dec('0.01'),
      row: 2,
    };
    const inputs = (autoRateRaise: boolean) =>
      pay({
        plans: [flat],
        reps: [payRep({ monthlyBonusBase: undefined })],
        activity: [act('R1', 'deal', '2026-04-10', { amount: 200000 })],
        scorecards: [grade('R1', '2025-Q4', 'A'), grade('R1', '2026-Q1', 'A', ['rate_raise_eligible'])],
        settings: {
          autoRateRaise,
          rateRaiseMultiplier: new Dec('1.5'),
          lowGradePolicy: 'flag',
          rateCutMultiplier: new Dec('0.5'),
        },
      });
    expect(lines(statements(inputs(false)).statements[0])).toEqual(['commission 2000.00']);
    expect(lines(statements(inputs(true)).statements[0])).toEqual(['commission 3000.00']);
  });

  test.each([
    { policy: 'flag' as const, expected: '10000.00' },
    { policy: 'reduce' as const, expected: '5000.00' },
    { policy: 'suspend' as const, expected: '0.00' },
  ])('after two low quarters, low_grade_policy $policy pays $expected', ({ policy, expected }) => {
    const {
      statements: [april],
    } = statements(
      pay({
        reps: [payRep({ monthlyBonusBase: undefined })],
        activity: [act('R1', 'deal', '2026-04-10', { amount: 100000 })],
        targets: [target('R1', 'revenue', '2026-04', 100000)],
        scorecards: [grade('R1', '2026-Q1', 'C', ['low_grade'])],
        settings: {
          autoRateRaise: false,
          rateRaiseMultiplier: new Dec('1.5'),
          lowGradePolicy: policy,
          rateCutMultiplier: new Dec('0.5'),
        },
      }),
    );
    expect(april?.lines[0]?.amount.toFixed(2)).toBe(expected);
  });

  test('December: a year grade S adds one base salary; a D forfeits the year-end bonus', () => {
    const december = (g: string) =>
      lines(
        statements(
          pay({
            months: ['2026-12'],
            reps: [payRep({ monthlyBonusBase: undefined })],
            scorecards: [grade('R1', '2026', g)],
          }),
        ).statements[0],
      );
    expect(december('S')).toEqual(['commission 0.00', 'year_salary_bonus 8000.00']);
    expect(december('D')).toEqual(['commission 0.00', 'year_bonus_forfeited 0.00']);
    expect(december('B')).toEqual(['commission 0.00']);
  });
});

describe('pools', () => {
  test('50% to the lead, 30% shared by supports, 20% to the team fund', () => {
    const { shares, teamFund } = splitPool(new Dec(10000), [
      { rep: 'R1', role: 'lead', row: 2 },
      { rep: 'R2', role: 'support', row: 3 },
      { rep: 'R3', role: 'support', row: 4 },
    ]);
    expect(shares.map((s) => `${s.rep} ${s.amount.toFixed(2)}`)).toEqual([
      'R1 5000.00',
      'R2 1500.00',
      'R3 1500.00',
    ]);
    expect(teamFund.toFixed(2)).toBe('2000.00');
  });

  test('shares that do not divide evenly still add up to the pool', () => {
    const { shares, teamFund } = splitPool(new Dec('100.00'), [
      { rep: 'R1', role: 'lead', row: 2 },
      ...['R2', 'R3', 'R4'].map((rep, i) => ({ rep, role: 'support' as const, row: i + 3 })),
    ]);
    expect(shares.reduce((s, x) => s.add(x.amount), teamFund).toFixed(2)).toBe('100.00');
  });
});

describe('rewards and penalties reach the statement', () => {
  const reps = [{ rep_id: 'R1', team: 'north', channel: 'resale_agency', hire_date: '2024-01-01' }];
  const phases = [
    { phase: 'registration', start: '2026-03-24', end: '2026-06-08' },
    { phase: 'subscription', start: '2026-06-09', end: '2026-06-23' },
  ];
  const rule = (
    r: Partial<RewardRule> & Pick<RewardRule, 'rule' | 'kind' | 'trigger' | 'amount'>,
  ): RewardRule => r;
  const rules: RewardRule[] = [
    rule({
      rule: 'weekly_visits',
      kind: 'per_unit',
      trigger: 'visit',
      amount: new Dec(10),
      window: 'week',
      min: new Dec(3),
    }),
    rule({
      rule: 'agency_stores',
      kind: 'shortfall',
      trigger: 'agency_store',
      amount: new Dec(100),
      window: 'week',
      min: new Dec(5),
      channel: 'resale_agency',
    }),
    rule({
      rule: 'agents_added',
      kind: 'shortfall',
      trigger: 'agent_added',
      amount: new Dec(10),
      window: 'week',
      min: new Dec(25),
      channel: 'resale_agency',
    }),
    rule({
      rule: 'subscription_rep',
      kind: 'event_tier',
      trigger: 'subscription',
      amount: new Dec(500),
      min: new Dec(1),
      phase: 'subscription',
      recipient: 'rep',
    }),
    rule({
      rule: 'subscription_team',
      kind: 'event_tier',
      trigger: 'subscription',
      amount: new Dec(200),
      min: new Dec(1),
      phase: 'subscription',
      recipient: 'team',
    }),
  ];
  // The week of Monday 2026-06-08 to Sunday 2026-06-14: 4 visits, 3 agency stores, 20 agents; a subscription on 06-10.
  let row = 100;
  const a = (type: string, date: string) => ({
    row: (row += 1),
    date,
    rep_id: 'R1',
    type,
    channel: 'resale_agency',
  });
  const activity = [
    ...['2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11'].map((d) => a('visit', d)),
    ...['2026-06-08', '2026-06-09', '2026-06-12'].map((d) => a('agency_store', d)),
    ...Array.from({ length: 20 }, () => a('agent_added', '2026-06-13')),
    a('subscription', '2026-06-10'),
  ];
  const rewards = rewardLines(rules, {
    asOf: '2026-06-14',
    weekStartsOn: 1,
    activity,
    reps: repIndex(reps),
    phases,
    firstDay: '2026-06-08',
  });

  test('visits pay 10 each once a week has 3; shortfalls cost 100 a missing store and 10 a missing agent; the subscription pays 500 to the rep', () => {
    const {
      statements: [june],
    } = statements(
      pay({
        months: ['2026-06'],
        reps: [payRep({ monthlyBonusBase: undefined })],
        rewards,
        rewardRows: new Map(rules.map((r, i) => [r.rule, i + 2])),
      }),
    );
    expect(lines(june)).toEqual(
      expect.arrayContaining(['reward 40.00', 'penalty -200.00', 'penalty -50.00', 'reward 500.00']),
    );
    expect(june?.total.toFixed(2)).toBe('290.00');
  });

  test('the team’s 200 goes to the team’s totals, not to the rep', () => {
    const { teams } = statements(
      pay({ months: ['2026-06'], reps: [payRep({ monthlyBonusBase: undefined })], rewards }),
    );
    expect(teams.map((t) => `${t.team} ${t.period} ${t.teamRewards.toFixed(2)}`)).toEqual([
      'north 2026-06 200.00',
    ]);
  });
});
