import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec, ZERO, roundHalfUp } from '../money.js';
import { act, DEFAULT_GRADES, target } from '../scorecard/test-support.js';
import { marginalCommission } from './marginal-commission.js';
import type { Plan } from './plan.js';
import { retroactiveCommission } from './retroactive-commission.js';
import { statements } from './statements.js';

/** An amount in fen (cents) as a decimal in yuan. */
const money = (max: number) => fc.integer({ min: 0, max }).map((fen) => new Dec(fen).div(100));
const rate = fc.integer({ min: 0, max: 3000 }).map((bp) => new Dec(bp).div(10_000));

describe('payout properties', () => {
  test('a statement’s lines always sum to its total', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom('deal', 'refund'),
            fen: fc.integer({ min: 1, max: 50_000_000 }),
            day: fc.integer({ min: 1, max: 30 }),
          }),
          { maxLength: 30 },
        ),
        fc.array(fc.integer({ min: -100_000, max: 100_000 }), { maxLength: 5 }),
        rate,
        (deals, adjustments, baseRate) => {
          const plan: Plan = {
            plan: 'p',
            mode: 'retroactive',
            belowBaseRate: new Dec('0.01'),
            baseRate,
            row: 2,
          };
          const {
            statements: [s],
          } = statements({
            months: ['2026-04'],
            asOf: '2026-04-30',
            reps: [
              {
                rep: 'R1',
                name: 'R1',
                hire: '2024-01-01',
                plan: 'p',
                monthlyBonusBase: new Dec('3333.33'),
                row: 2,
              },
            ],
            activity: deals.map((d) =>
              act('R1', d.type, `2026-04-${String(d.day).padStart(2, '0')}`, {
                amount: new Dec(d.fen).div(100).toFixed(2),
              }),
            ),
            targets: [target('R1', 'revenue', '2026-04', 100000)],
            plans: [plan],
            grades: DEFAULT_GRADES,
            scorecards: [],
            rewards: [],
            rewardRows: new Map(),
            pools: [],
            adjustments: adjustments.map((fen, i) => ({
              day: '2026-04-15',
              rep: 'R1',
              amount: new Dec(fen).div(100),
              reason: 'x',
              row: i + 2,
            })),
            settings: {
              autoRateRaise: false,
              rateRaiseMultiplier: new Dec(1),
              lowGradePolicy: 'flag',
              rateCutMultiplier: new Dec(1),
            },
          });
          expect(s!.lines.reduce((sum, l) => sum.add(l.amount), ZERO).eq(s!.total)).toBe(true);
          for (const l of s!.lines) expect(l.amount.decimalPlaces()).toBeLessThanOrEqual(2);
        },
      ),
    );
  });

  test('for rates that rise with the tiers, marginal commission never exceeds retroactive', () => {
    fc.assert(
      fc.property(
        money(1_000_000_00),
        fc.tuple(rate, rate, rate, rate),
        fc.tuple(money(200_000_00), money(200_000_00), money(200_000_00)),
        (revenue, rates, steps) => {
          const [below, base, challenge, sprint] = [...rates].sort((a, b) => a.comparedTo(b));
          const plan: Plan = {
            plan: 'p',
            mode: 'marginal',
            belowBaseRate: below!,
            baseRate: base!,
            challengeRate: challenge!,
            sprintRate: sprint!,
            row: 2,
          };
          const baseTarget = steps[0].add('0.01');
          const tiers = {
            base: baseTarget,
            challenge: baseTarget.add(steps[1]),
            sprint: baseTarget.add(steps[1]).add(steps[2]),
          };
          expect(
            marginalCommission(revenue, plan, tiers).amount.lte(
              retroactiveCommission(revenue, plan, tiers).amount,
            ),
          ).toBe(true);
        },
      ),
    );
  });

  test('no drift of a fen over 10,000 random lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), {
          minLength: 10_000,
          maxLength: 10_000,
        }),
        (thousandths) => {
          // Amounts with a third decimal, rounded half-up once per line, summed as decimals and as integer fen.
          const lines = thousandths.map((t) => roundHalfUp(new Dec(t).div(1000)));
          const total = lines.reduce((s, l) => s.add(l), ZERO);
          const fen = lines.reduce((s, l) => s + BigInt(l.mul(100).toFixed(0)), 0n);
          expect(total.mul(100).toFixed(0)).toBe(fen.toString());
        },
      ),
      { numRuns: 5 },
    );
  });
});
