/** Builders for insight tests: activity rows and reps that read like rows of a workbook. */
import { Dec } from '../money.js';
import { activityIndex, type ActivityIndex } from './activity-index.js';
import type { InsightActivity, InsightRep } from './records.js';

let nextRow = 2;

type Extra = Partial<Omit<InsightActivity, 'amount' | 'share' | 'quantity' | 'row'>> & {
  amount?: number | string;
  share?: number | string;
  quantity?: number;
};

/** An Activity row: `a('2026-03-02', 'S1', 'lead', { customer_id: 'C1' })`. */
export function a(date: string, rep: string, type: string, extra: Extra = {}): InsightActivity {
  const { amount, share, quantity, ...rest } = extra;
  nextRow += 1;
  return {
    row: nextRow,
    date,
    rep_id: rep,
    type,
    ...(amount !== undefined ? { amount: new Dec(amount) } : {}),
    ...(share !== undefined ? { share: new Dec(share) } : {}),
    ...(quantity !== undefined ? { quantity: new Dec(quantity) } : {}),
    ...rest,
  };
}

/** A lead and, when `dealOn` is given, the deal that followed. */
export function journey(
  customer: string,
  rep: string,
  leadOn: string,
  dealOn?: string,
  amount = 100_000,
  extra: Extra = {},
): InsightActivity[] {
  const rows = [a(leadOn, rep, 'lead', { customer_id: customer, ...extra })];
  if (dealOn) rows.push(a(dealOn, rep, 'deal', { customer_id: customer, amount }));
  return rows;
}

export const rep = (id: string, extra: Partial<InsightRep> = {}): InsightRep => ({
  rep_id: id,
  name: id,
  team: 'north',
  channel: 'mall_expo',
  hire_date: '2023-01-01',
  ...extra,
});

export function indexOf(
  rows: readonly InsightActivity[],
  reps: readonly InsightRep[],
  asOf: string,
): ActivityIndex {
  return activityIndex(rows, reps, asOf);
}

/** A hand-worked log for the goal tests: team_a (S1, S2) and team_b (S3) across 2025-Q4 and since. */
export const GOAL_REPS = [
  rep('S1', { team: 'team_a' }),
  rep('S2', { team: 'Team_A', hire_date: '2026-01-01' }),
  rep('S3', { team: 'team_b' }),
];

export const GOAL_ROWS = [
  // 2025-Q4, team_a's leads: C1 buys in 15 days, C2 never, C3 only after the quarter, C4 from team_b's S3
  ...journey('C1', 'S1', '2025-10-05', '2025-10-20'),
  ...journey('C2', 'S1', '2025-11-01'),
  ...journey('C3', 'S1', '2025-12-20', '2026-01-05'),
  a('2025-12-01', 'S1', 'lead', { customer_id: 'C4' }),
  a('2025-12-10', 'S3', 'deal', { customer_id: 'C4', amount: 100_000 }),
  // Since 2026-01-01, S2 (a new hire): C5 in 10 days, C6 never, C7 in 4, C8 in 10; C1 buys again
  ...journey('C5', 'S2', '2026-01-10', '2026-01-20'),
  ...journey('C6', 'S2', '2026-02-01'),
  ...journey('C7', 'S2', '2026-03-01', '2026-03-05'),
  ...journey('C8', 'S2', '2026-04-01', '2026-04-11'),
  a('2026-02-10', 'S1', 'deal', { customer_id: 'C1', amount: 50_000 }),
];
