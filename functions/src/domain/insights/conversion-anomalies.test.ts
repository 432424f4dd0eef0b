import { describe, expect, test } from 'vitest';
import { addDays } from '../days.js';
import { Dec } from '../money.js';
import { conversionAnomalies } from './conversion-anomalies.js';
import type { InsightActivity } from './records.js';
import { indexOf, journey, rep } from './test-support.js';

const rules = { drop: new Dec('0.3'), minSample: 30, significance: 0.05, weekStartsOn: 1 };
const reps = [
  rep('S1', { team: 'team_a', channel: 'flyers' }),
  rep('S2', { team: 'team_b', channel: 'mall_expo' }),
];

let n = 0;
/** `leads` customers found on a Monday by S1, `bought` of them buying `lag` days later. */
function week(monday: string, leads: number, bought: number, lag = 3, rep = 'S1'): InsightActivity[] {
  return Array.from({ length: leads }, (_, i) =>
    journey(`C${++n}`, rep, monday, i < bought ? addDays(monday, lag) : undefined),
  ).flat();
}
/** Four ordinary weeks (40 leads, 8 buy: 20%) from 2026-03-23, then the week of 2026-04-20. */
const ordinary = (lag = 3) =>
  ['2026-03-23', '2026-03-30', '2026-04-06', '2026-04-13'].flatMap((monday) => week(monday, 40, 8, lag));

describe('conversionAnomalies', () => {
  test('flags a week converting far below its four weeks before, for the channel and the team', () => {
    const { anomalies, judged } = conversionAnomalies(
      indexOf([...ordinary(), ...week('2026-04-20', 50, 2)], reps, '2026-05-15'),
      rules,
    );
    expect(judged).toBe(2);
    expect(anomalies.map((x) => [x.kind, x.group, x.week, x.last, x.leads, x.converted])).toEqual([
      ['channel', 'flyers', '2026-04-20', '2026-04-26', 50, 2],
      ['team', 'team_a', '2026-04-20', '2026-04-26', 50, 2],
    ]);
    const [flyers] = anomalies;
    expect([flyers?.rate, flyers?.trailingMean]).toEqual([0.04, 0.2]);
    expect(flyers?.fall).toBeCloseTo(0.8, 12);
    expect(flyers?.trailing.map((t) => t.week)).toEqual([
      '2026-04-13',
      '2026-04-06',
      '2026-03-30',
      '2026-03-23',
    ]);
    // 2/50 against 32/160, one-sided: z = −2.6809 (scipy: norm.cdf gives 0.0036713434830127)
    expect(flyers?.pValue).toBeCloseTo(0.003671343483012675, 12);
  });

  test('a fall of 30% or less is no anomaly', () => {
    // 7 of 50 is 14%: exactly 30% below 20%
    expect(
      conversionAnomalies(indexOf([...ordinary(), ...week('2026-04-20', 50, 7)], reps, '2026-05-15'), rules)
        .anomalies,
    ).toEqual([]);
  });

  test('needs a full trailing window: a week with no lead among the four before is not judged', () => {
    const rows = [
      ...week('2026-03-23', 40, 8),
      ...week('2026-03-30', 40, 8),
      ...week('2026-04-13', 40, 8),
      ...week('2026-04-20', 50, 0),
    ];
    expect(conversionAnomalies(indexOf(rows, reps, '2026-05-15'), rules)).toEqual({
      anomalies: [],
      judged: 0,
    });
  });

  test('judges only weeks that have ended, with the minimum sample, and falls unlikely to be chance', () => {
    const inProgress = conversionAnomalies(
      indexOf([...ordinary(), ...week('2026-04-20', 50, 0)], reps, '2026-04-25'),
      rules,
    );
    expect(inProgress.judged).toBe(0);
    const small = conversionAnomalies(
      indexOf([...ordinary(), ...week('2026-04-20', 5, 0)], reps, '2026-05-15'),
      rules,
    );
    expect(small.judged).toBe(0);
    // 0 of 5 against 20% could well be chance (p ≈ 0.13)
    const chance = conversionAnomalies(
      indexOf([...ordinary(), ...week('2026-04-20', 5, 0)], reps, '2026-05-15'),
      { ...rules, minSample: 5 },
    );
    expect([chance.judged, chance.anomalies.length]).toEqual([2, 0]);
  });

  test('compares weeks at the same age, so a week too recent to have bought is not a fall', () => {
    // Deals come 10 days after the lead; on 2026-04-28 the week of 04-20 has had 8 days, as had each week before at its cut
    const rows = [...ordinary(10), ...week('2026-04-20', 50, 10, 10)];
    expect(conversionAnomalies(indexOf(rows, reps, '2026-04-28'), rules).anomalies).toEqual([]);
    // Read naively, the earlier weeks would have 20% and this one 0%; once it has had its 10 days it is like the rest
    expect(conversionAnomalies(indexOf(rows, reps, '2026-05-15'), rules).anomalies).toEqual([]);
  });
});
