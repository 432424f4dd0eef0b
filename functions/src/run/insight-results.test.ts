import { describe, expect, test } from 'vitest';
import { addDays } from '../domain/days.js';
import { Dec } from '../domain/money.js';
import type { RewardLine } from '../domain/rewards/types.js';
import { ingest } from '../workbook/ingest.js';
import type { RawCell, RawTab } from '../workbook/port.js';
import { insightResults } from './insight-results.js';

const AS_OF = '2026-05-15';
const ACTIVITY_HEADER = ['date', 'rep_id', 'type', 'channel', 'customer_id', 'amount', 'ref', 'variant'];

/** `leads` flyers customers found by S2 on a Monday, `bought` of them buying three days later. */
function flyersWeek(monday: string, leads: number, bought: number): RawCell[][] {
  return Array.from({ length: leads }, (_, i) => {
    const customer = `F${monday}-${i}`;
    const lead: RawCell[] = [monday, 'S2', 'lead', 'flyers', customer];
    return i < bought ? [lead, [addDays(monday, 3), 'S2', 'deal', null, customer, 10_000]] : [lead];
  }).flat();
}

/** `count` mall-expo passers-by met by N1 with a script, `bought` of them buying a week later. */
function scriptArm(variant: string, count: number, bought: number): RawCell[][] {
  return Array.from({ length: count }, (_, i) => {
    const customer = `${variant}${i}`;
    const lead: RawCell[] = ['2026-03-10', 'N1', 'lead', null, customer, null, null, variant];
    return i < bought ? [lead, ['2026-03-17', 'N1', 'deal', null, customer, 50_000]] : [lead];
  }).flat();
}

const ACTIVITY: RawCell[][] = [
  // K1, a company that bought twice from S1 and was last called on 2026-04-01
  ['2025-09-01', 'S1', 'lead', null, 'K1'],
  ['2025-10-01', 'S1', 'deal', null, 'K1', 300_000, 'K1-1'],
  ['2026-02-20', 'S1', 'deal', null, 'K1', 300_000, 'K1-2'],
  ['2026-04-01', 'S1', 'call', null, 'K1'],
  // Four ordinary flyers weeks (20%), then the week of 2026-04-20 (2 of 50)
  ...['2026-03-23', '2026-03-30', '2026-04-06', '2026-04-13'].flatMap((monday) => flyersWeek(monday, 40, 8)),
  ...flyersWeek('2026-04-20', 50, 2),
  // N1, hired 2026-02-01 with mentor S1: 10 passers-by, 4 bought (40%); S1 closed 4 of 5 leads in March (80%)
  ...scriptArm('A', 5, 1),
  ...scriptArm('B', 5, 3),
  ...Array.from({ length: 5 }, (_, i): RawCell[][] => [
    ['2026-03-02', 'S1', 'lead', null, `S1-${i}`],
    ...(i < 4 ? [['2026-03-20', 'S1', 'deal', null, `S1-${i}`, 200_000] as RawCell[]] : []),
  ]).flat(),
  // team_b: 100,000 in 2025-Q4, nothing since
  ['2025-11-01', 'X1', 'lead', null, 'X-C1'],
  ['2025-11-10', 'X1', 'deal', null, 'X-C1', 100_000],
];

function workbook(settings: RawCell[][] = []): RawTab[] {
  return [
    { title: 'Settings', rows: [['key', 'value'], ['locale', 'en'], ...settings] },
    {
      title: 'Reps',
      rows: [
        ['rep_id', 'name', 'team', 'channel', 'mentor_id', 'hire_date', 'plan'],
        ['S1', 'Wang Lei', 'team_a', 'key_accounts', null, '2024-01-01', 'standard'],
        ['S2', 'Li Na', 'team_a', 'flyers', null, '2024-01-01', 'standard'],
        ['N1', 'Zhao Min', 'team_a', 'mall_expo', 'S1', '2026-02-01', 'standard'],
        ['X1', 'Chen Jie', 'team_b', 'cold_calls', null, '2024-01-01', 'standard'],
      ],
    },
    {
      title: 'Channels',
      rows: [
        ['channel', 'name'],
        ['key_accounts', 'Key accounts'],
        ['flyers', 'Flyers'],
        ['mall_expo', 'Mall expo'],
        ['cold_calls', 'Cold calls'],
      ],
    },
    { title: 'Activity', rows: [ACTIVITY_HEADER, ...ACTIVITY] },
    {
      title: 'Goals',
      rows: [
        ['metric', 'team', 'baseline_period', 'change', 'by_date'],
        ['revenue', 'team_b', '2025-Q4', '+25%', '2026-06-30'],
      ],
    },
    {
      title: 'ChannelCosts',
      rows: [
        ['date', 'channel', 'amount'],
        ['2026-03-01', 'flyers', 12_000],
        ['2026-03-01', 'cold_calls', 8_000],
      ],
    },
  ];
}

const card: RewardLine = {
  rule: 'organiser_card',
  kind: 'event_tier',
  recipient: 'external',
  rep_id: 'S1',
  team: 'team_a',
  channel: 'key_accounts',
  day: '2026-03-10',
  window: null,
  amount: new Dec(500),
  source: [{ tab: 'Activity', row: 2 }],
};

function run(settings: RawCell[][] = [], locale: 'en' | 'zh-CN' = 'en') {
  const read = ingest(workbook(settings));
  expect(read.issues).toEqual([]);
  return insightResults(read.inputs, AS_OF, locale, [card]);
}

describe('insightResults', () => {
  const result = run();

  test('raises a medium win-back alert for a core customer silent 30 days or more, to the rep of the last deal', () => {
    const [k1] = result.json.customer_tiers.win_back;
    expect(k1).toMatchObject({
      customer_id: 'K1',
      tier: 'core',
      amount: 600_000,
      purchases: 2,
      days_silent: 44,
      rep_id: 'S1',
    });
    const alert = result.alerts.find((a) => a.rule === 'win_back');
    expect(alert).toMatchObject({ severity: 'medium', rep_id: 'S1', period: null });
    expect(alert?.message.en).toBe(
      'Core customer K1 (600,000 in 2 purchases over 12 months) has had no contact for 44 days, since 2026-04-01 (last deal 2026-02-20): S1 Wang Lei should win them back.',
    );
  });

  test('raises a high alert for the week whose conversion fell, for the channel and for the team', () => {
    const drops = result.alerts.filter((a) => a.rule === 'conversion_drop');
    expect(drops.map((a) => [a.severity, a.figures.kind, a.figures.group, a.figures.week, a.period])).toEqual(
      [
        ['high', 'channel', 'flyers', '2026-04-20', '2026-04'],
        ['high', 'team', 'team_a', '2026-04-20', '2026-04'],
      ],
    );
    expect(drops[0]?.message.en).toMatch(
      /^Lead conversion of channel flyers fell to 4\.0% in the week of 2026-04-20 \(50 leads\), 80% below the mean of the 4 weeks before \(20\.0%/,
    );
  });

  test('raises a medium alert for a goal off pace: team_b’s revenue fell to nothing against +25% wanted', () => {
    const [goal] = result.json.goals;
    expect(goal).toMatchObject({
      metric_id: 'revenue',
      team: 'team_b',
      baseline: 100_000,
      now: 0,
      change_so_far: -1,
      status: 'off_pace',
    });
    expect(result.alerts.filter((a) => a.rule === 'goal_off_pace').map((a) => a.severity)).toEqual([
      'medium',
    ]);
  });

  test('sets a new hire against 60% of the mentor’s close rate over the same months', () => {
    expect(result.json.mentoring).toEqual([
      {
        mentor_id: 'S1',
        met: 0,
        short: 1,
        new_hires: [
          {
            rep_id: 'N1',
            hire_date: '2026-02-01',
            window_end: '2026-04-30',
            complete: true,
            leads: 10,
            deals: 4,
            close_rate: 0.4,
            mentor_leads: 5,
            mentor_deals: 4,
            mentor_close_rate: 0.8,
            target_rate: 0.48,
            status: 'short',
          },
        ],
      },
    ]);
  });

  test('says “not enough data” for an A/B test of 5 leads a side, and gives a verdict once the minimum sample is lowered', () => {
    expect(result.json.ab_tests.map((t) => [t.enough, t.verdict])).toEqual([
      [false, 'Not enough data yet: script A has 5 leads and script B 5; each needs at least 30.'],
    ]);
    const lowered = run([['min_sample', '5']]);
    expect(lowered.json.ab_tests[0]?.verdict).toBe(
      'Script B converts 40.0 points better than script A (60.0% against 20.0%), p = 0.2, 5 and 5 leads: this could still be chance.',
    );
  });

  test('sets each channel’s cost against the revenue of the customers it found first, from the first cost on', () => {
    const { first, last, channels } = result.json.channel_return;
    expect([first, last]).toEqual(['2026-03-01', AS_OF]);
    const of = (id: string) => channels.find((c) => c.channel === id);
    expect(of('cold_calls')).toMatchObject({
      cost: 8000,
      revenue: 0,
      return_on_cost: 0,
      cost_per_deal: null,
      name: 'Cold calls',
    });
    expect(of('flyers')).toMatchObject({
      cost: 12_000,
      deals: 34,
      revenue: 340_000,
      return_on_cost: 28.33,
      cost_per_deal: 352.94,
    });
    expect(of('key_accounts')).toMatchObject({
      cost: 500,
      rewards: 500,
      other: 0,
      revenue: 800_000,
      return_on_cost: 1600,
    });
  });

  test('writes the Insights tab with a summary on top and every section, in the workbook’s language', () => {
    const zh = run([], 'zh-CN').tab;
    expect([result.tab.title, zh.title, result.tab.aliases]).toEqual([
      'Insights',
      '洞察',
      ['Insights', '洞察'],
    ]);
    const titles = result.tab.rows.filter((r) => r[0]?.style === 'title').map((r) => r[0]?.value);
    expect(titles).toHaveLength(10);
    expect(result.tab.rows[0]?.[0]).toEqual({
      value:
        'Customers: 1 core, 4 growth, 38 potential, 1 dormant; 1 core customer has had no contact for 30 days or more: win them back.',
      style: 'note',
    });
    expect(zh.rows.some((r) => r[0]?.value === '客户分层（近12个月成交）')).toBe(true);
  });
});
