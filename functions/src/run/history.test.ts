import { describe, expect, test } from 'vitest';
import { Dec, ZERO } from '../domain/money.js';
import { encodeFrozen } from '../domain/payouts/period-close.js';
import type { Statement } from '../domain/payouts/statements.js';
import type { Inputs } from '../workbook/ingest.js';
import { closePay } from './history.js';
import { payoutJson, type PayoutResults } from './payout-results.js';
import type { ScorecardJson } from './scorecard-results.js';

const statement = (period: string, rep: string, amount: number): Statement => ({
  period,
  rep,
  name: rep,
  revenue: new Dec(amount * 10),
  tier: null,
  drawBalance: ZERO,
  lines: [{ kind: 'commission', amount: new Dec(amount), source: [{ tab: 'Activity', row: 2 }], detail: {} }],
  total: new Dec(amount),
});
const card = (period: string, rep: string) => ({ period, rep_id: rep }) as ScorecardJson;
const inputsClosing = (...months: string[]) =>
  ({ periods: months.map((period) => ({ period, status: 'closed' })) }) as unknown as Inputs;
const payOf = (statements: Statement[]): PayoutResults => ({
  statements,
  teams: [],
  json: statements.map(payoutJson),
  alerts: [],
});

describe('closePay', () => {
  const fresh = [
    statement('2026-04', 'R2', 200),
    statement('2026-04', 'R1', 100),
    statement('2026-05', 'R1', 150),
    statement('2026-05', 'R2', 250),
  ];
  const cards = [card('2026-04', 'R1'), card('2026-04', 'R2'), card('2026-05', 'R1'), card('2026-05', 'R2')];

  test('a month closed for the first time: statements in order, the same JSON as worked out afresh, nothing carried', () => {
    const { pay, scorecards } = closePay(
      payOf(fresh),
      ['2026-04', '2026-05'],
      inputsClosing('2026-04'),
      [],
      cards,
    );
    expect(pay.statements.map((s) => `${s.period} ${s.rep}`)).toEqual([
      '2026-04 R1',
      '2026-04 R2',
      '2026-05 R1',
      '2026-05 R2',
    ]);
    expect(pay.json).toEqual(pay.statements.map(payoutJson));
    expect(pay.close.carried).toEqual([]);
    expect(pay.close.toFreeze.map((f) => f.period)).toEqual(['2026-04']);
    expect(scorecards).toEqual(cards);
  });

  test('a frozen month that has changed since: the difference carried, the JSON of the amended statement worked out again', () => {
    const frozen = [
      {
        period: '2026-04',
        frozen_at: '',
        run_id: 'r0',
        statements: [statement('2026-04', 'R1', 90), statement('2026-04', 'R2', 200)].map(encodeFrozen),
        scorecards: [card('2026-04', 'R2'), card('2026-04', 'R1')],
      },
    ];
    const { pay, scorecards } = closePay(
      payOf(fresh),
      ['2026-04', '2026-05'],
      inputsClosing('2026-04'),
      frozen,
      cards,
    );
    expect(pay.close.carried.map((c) => `${c.period}→${c.into} ${c.rep} ${c.amount.toFixed(2)}`)).toEqual([
      '2026-04→2026-05 R1 10.00',
    ]);
    expect(pay.json).toEqual(pay.statements.map(payoutJson));
    expect(pay.json.find((j) => j.period === '2026-05' && j.rep_id === 'R1')?.total).toBe(160);
    expect(pay.json.find((j) => j.period === '2026-04' && j.rep_id === 'R1')?.total).toBe(90);
    // The frozen month's cards, put back in the order of the fresh ones.
    expect(scorecards).toEqual(cards);
  });
});
