import { describe, expect, test } from 'vitest';
import { customerNumbers } from '../leads/customer-numbers.js';
import { Dec } from '../money.js';
import { gradeLadder, gradeOf } from './grade.js';
import { indexReviews, reviewOf } from './reviews.js';
import { scorecards, type Scorecard } from './scorecards.js';
import { kpiScore, totalOf } from './score.js';
import { indexTargets, targetOf } from './targets.js';
import { act, DEFAULT_GRADES, inputsOf, onlyKpis, rep, target } from './test-support.js';

const card = (cards: Scorecard[], rep: string, period: string) =>
  cards.find((c) => c.rep === rep && c.period === period);

describe('grades', () => {
  const ladder = gradeLadder(DEFAULT_GRADES);
  test.each([
    ['120.00', 'S'],
    ['105.00', 'S'],
    ['104.99', 'A'],
    ['95.00', 'A'],
    ['94.99', 'B'],
    ['85.00', 'B'],
    ['84.99', 'C'],
    ['70.00', 'C'],
    ['69.99', 'D'],
    ['0.00', 'D'],
  ])('a total of %s is %s', (total, grade) => {
    expect(gradeOf(new Dec(total), ladder)).toBe(grade);
  });

  test('a total of 94.995 rounds half-up to 95.00 and is an A', () => {
    const cards = scorecards(
      inputsOf({
        kpis: onlyKpis({ revenue_attainment: 30 }),
        activity: [act('R1', 'deal', '2026-04-10', { amount: 94995 })],
        targets: [target('R1', 'revenue', '2026-04', 100000)],
      }),
    );
    const april = card(cards, 'R1', '2026-04');
    expect(april?.total?.toFixed(2)).toBe('95.00');
    expect(april?.grade).toBe('A');
  });
});

describe('scores and the total', () => {
  test.each([
    { actual: 50, target: 100, expected: '50' },
    { actual: 130, target: 100, expected: '120' }, // capped
    { actual: -10, target: 100, expected: '0' }, // floored
  ])('$actual of $target scores $expected', ({ actual, target, expected }) => {
    expect(kpiScore(new Dec(actual), new Dec(target), new Dec(0), new Dec(120)).toFixed()).toBe(expected);
  });

  test('KPIs without input are left out and the weights of the rest renormalised; the parts add up', () => {
    const total = totalOf([
      { group: 'quantitative', weight: new Dec(30), score: new Dec(113) },
      { group: 'qualitative', weight: new Dec(10), score: new Dec(80) },
    ]);
    expect([total?.total.toFixed(), total?.quantitative.toFixed(), total?.qualitative.toFixed()]).toEqual([
      '104.75',
      '84.75',
      '20',
    ]);
  });

  test('a scorecard with no applicable KPI has no total and no grade, and says why', () => {
    const april = card(scorecards(inputsOf({})), 'R1', '2026-04');
    expect(april?.total).toBeUndefined();
    expect(april?.grade).toBeUndefined();
    expect(april?.kpis.map((k) => k.missing)).toEqual([
      'no_target',
      'no_target',
      'no_target',
      'no_target',
      'no_review',
      'no_review',
      'no_review',
      'no_review',
    ]);
  });

  test('a full scorecard: revenue, new customers, collection and conversion against targets, and reviews', () => {
    const cards = scorecards(
      inputsOf({
        activity: [
          act('R1', 'lead', '2026-04-01', { customer: 'C1' }),
          act('R1', 'lead', '2026-04-01', { customer: 'C2' }),
          act('R1', 'deal', '2026-04-05', { customer: 'C1', amount: 120000, ref: 'D1', due: '2026-04-25' }),
          act('R1', 'collection', '2026-04-20', { amount: 108000, ref: 'D1' }),
        ],
        targets: [
          target('R1', 'revenue', '2026-04', 100000),
          target('R1', 'new_customers', '2026-04', 2),
          target('R1', 'collection_rate', '2026-04', '0.9'),
          target('R1', 'lead_conversion', '2026-04', '0.5'),
        ],
        reviews: [
          {
            period: '2026-04',
            rep: 'R1',
            scores: {
              customer_satisfaction: new Dec(90),
              compliance: new Dec(100),
              teamwork: new Dec(80),
              learning: new Dec(70),
            },
            row: 2,
          },
        ],
      }),
    );
    const april = card(cards, 'R1', '2026-04')!;
    expect(april.kpis.map((k) => k.score?.toFixed(2))).toEqual([
      '120.00',
      '50.00',
      '100.00',
      '100.00',
      '90.00',
      '100.00',
      '80.00',
      '70.00',
    ]);
    // (120×30 + 50×10 + 100×10 + 100×10 + 90×10 + 100×10 + 80×10 + 70×10) ÷ 100
    expect([
      april.total?.toFixed(2),
      april.quantitative?.toFixed(2),
      april.qualitative?.toFixed(2),
      april.grade,
    ]).toEqual(['95.00', '61.00', '34.00', 'A']);
  });
});

describe('quarters and years roll up', () => {
  const targets = indexTargets([
    target('R1', 'revenue', '2026-01', 100),
    target('R1', 'revenue', '2026-02', 100),
    target('R1', 'revenue', '2026-03', 100),
    target('R1', 'collection_rate', '2026-01', '0.8'),
    target('R1', 'collection_rate', '2026-02', '0.9'),
    target('R1', 'collection_rate', '2026-03', '1'),
    target('R1', 'revenue', '2026-04', 100),
    target('R1', 'revenue', '2026-05', 100),
    target('R1', 'revenue', '2026-Q3', 999),
    target('R1', 'revenue', '2026-07', 1),
  ]);
  test.each([
    { name: 'amounts are summed over the months', metric: 'revenue', period: '2026-Q1', expected: '300' },
    {
      name: 'rates are averaged over the months',
      metric: 'collection_rate',
      period: '2026-Q1',
      expected: '0.9',
    },
    {
      name: 'a quarter with a month missing has no target',
      metric: 'revenue',
      period: '2026-Q2',
      expected: undefined,
    },
    { name: 'an explicit quarter row wins', metric: 'revenue', period: '2026-Q3', expected: '999' },
  ])('targets: $name', ({ metric, period, expected }) => {
    expect(targetOf(targets, 'R1', metric, period)?.toFixed()).toBe(expected);
  });

  test('reviews: the mean of the months present, each score on its own', () => {
    const index = indexReviews([
      { period: '2026-04', rep: 'R1', scores: { teamwork: new Dec(80), learning: new Dec(60) }, row: 2 },
      { period: '2026-05', rep: 'R1', scores: { teamwork: new Dec(90) }, row: 3 },
    ]);
    const q2 = reviewOf(index, 'R1', '2026-Q2', ['teamwork', 'learning']);
    expect([q2.teamwork?.toFixed(), q2.learning?.toFixed()]).toEqual(['85', '60']);
  });

  test('a quarter’s actuals come from the activity of the whole quarter', () => {
    const cards = scorecards(
      inputsOf({
        kpis: onlyKpis({ revenue_attainment: 30 }),
        activity: [
          act('R1', 'deal', '2026-04-10', { amount: 100 }),
          act('R1', 'deal', '2026-06-10', { amount: 100 }),
        ],
        targets: ['2026-04', '2026-05', '2026-06'].map((m) => target('R1', 'revenue', m, 100)),
      }),
    );
    expect(card(cards, 'R1', '2026-Q2')?.kpis[0]?.score?.toFixed()).toBe(
      '66.66666666666666666666666666666666666667',
    );
    expect(card(cards, 'R1', '2026-Q2')?.total?.toFixed(2)).toBe('66.67');
  });
});

describe('periods and people', () => {
  test('every month from the first dated input through as_of, with its quarters and years; only months a rep was employed', () => {
    const cards = scorecards(
      inputsOf({
        reps: [rep('R1'), rep('R2', { hire: '2026-05-20' })],
        firstDay: '2026-03-15',
        asOf: '2026-05-15',
      }),
    );
    expect(cards.filter((c) => c.rep === 'R1').map((c) => c.period)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-Q1',
      '2026-Q2',
      '2026',
    ]);
    expect(cards.filter((c) => c.rep === 'R2').map((c) => c.period)).toEqual(['2026-05', '2026-Q2', '2026']);
  });

  test('activity after as_of is ignored', () => {
    const cards = scorecards(
      inputsOf({
        asOf: '2026-04-15',
        kpis: onlyKpis({ revenue_attainment: 30 }),
        activity: [act('R1', 'deal', '2026-04-16', { amount: 100 })],
        targets: [target('R1', 'revenue', '2026-04', 100)],
      }),
    );
    expect(card(cards, 'R1', '2026-04')?.revenue.toFixed()).toBe('0');
  });

  test('ranks: total, then revenue, then rep id; in the team and overall', () => {
    const reps = [rep('R1'), rep('R2'), rep('R3', { team: 'south' }), rep('R4')];
    const deals = { R1: 100, R2: 100, R3: 90, R4: 0 };
    const cards = scorecards(
      inputsOf({
        reps,
        kpis: onlyKpis({ revenue_attainment: 30 }),
        activity: Object.entries(deals).map(([r, amount]) => act(r, 'deal', '2026-04-10', { amount })),
        targets: ['R1', 'R2', 'R3'].map((r) => target(r, 'revenue', '2026-04', r === 'R1' ? 200 : 100)),
      }),
    );
    const april = (r: string) => card(cards, r, '2026-04')!;
    expect(['R1', 'R2', 'R3', 'R4'].map((r) => [april(r).rank, april(r).teamRank])).toEqual([
      [3, 2],
      [1, 1],
      [2, 1],
      [undefined, undefined],
    ]);
  });
});

describe('a period in progress', () => {
  test('is judged against the share of its amount targets already due, and says so', () => {
    const cards = scorecards(
      inputsOf({
        asOf: '2026-04-15',
        kpis: onlyKpis({ revenue_attainment: 30, collection_rate: 10 }),
        activity: [act('R1', 'deal', '2026-04-10', { amount: 50000 })],
        targets: [
          target('R1', 'revenue', '2026-04', 100000),
          target('R1', 'collection_rate', '2026-04', '0.9'),
        ],
      }),
    );
    const april = card(cards, 'R1', '2026-04')!;
    // 15 of 30 days: the revenue target to date is 50,000, so 50,000 scores 100; the rate target is not prorated.
    expect([
      april.complete,
      april.elapsed,
      april.kpis[0]?.target?.toFixed(),
      april.kpis[0]?.score?.toFixed(),
    ]).toEqual([false, { days: 15, of: 30 }, '50000', '100']);
    expect(april.flags).toEqual([]);
  });
});

describe('customers numbered by the log', () => {
  // Customer ids in several spellings, and reps who share customers: R1 wins c-9 (R2 sold to C-9 in
  // March) and converts the leads of cust-7 and CUST-8; R2's April lead of C-10 never buys.
  const activity = [
    act('R2', 'deal', '2026-03-10', { amount: 5000, customer: 'C-9' }),
    act('R1', 'lead', '2026-04-02', { customer: 'cust-7' }),
    act('R1', 'lead', '2026-04-03', { customer: 'Cust-8' }),
    act('R2', 'lead', '2026-04-04', { customer: 'C-10' }),
    act('R1', 'deal', '2026-04-12', { amount: 8000, customer: 'c-9' }),
    act('R1', 'deal', '2026-04-20', { amount: 9000, customer: 'CUST-7' }),
    act('R2', 'deal', '2026-05-02', { amount: 7000, customer: 'cust-8' }),
    act('R1', 'call', '2026-04-21', { customer: 'C-11' }),
  ];
  const input = inputsOf({
    reps: [rep('R1'), rep('R2')],
    kpis: onlyKpis({ new_customers: 10, lead_conversion: 10 }),
    activity,
    targets: ['R1', 'R2'].flatMap((r) => [
      target(r, 'new_customers', '2026-04', 2),
      target(r, 'lead_conversion', '2026-04', '0.5'),
    ]),
  });
  const log = customerNumbers(activity.map((a) => ({ customer_id: a.customer })));
  const actuals = (cards: Scorecard[], r: string) =>
    card(cards, r, '2026-04')?.kpis.map((k) => `${k.kpi} ${k.actual?.toFixed() ?? '-'}`);

  test('the scorecard reads the numbers the whole log gives its customers, to the same figures', () => {
    const own = scorecards(input);
    const shared = scorecards({ ...input, activityCustomers: { numberOf: log.numberOf, count: log.count } });
    expect(actuals(shared, 'R1')).toEqual(['new_customers 1', 'lead_conversion 1']);
    expect(actuals(shared, 'R2')).toEqual(['new_customers 0', 'lead_conversion 0']);
    expect(shared).toEqual(own);
  });
});
