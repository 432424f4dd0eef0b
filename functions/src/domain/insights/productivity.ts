/**
 * Revenue per active rep (SPEC section 12; the plan's 人均产能): per team and month, the team's net
 * revenue (deals − refunds, each row at amount × share, by the reps of the team) divided by its active
 * reps, those who logged at least one Activity row that month. Reps without a team are left out.
 *
 * @example
 * // team_a in 2026-04: S101 brought 300,000 and S102 100,000, S105 only logged leads, S100 logged nothing:
 * //=> { team: 'team_a', month: '2026-04', revenue: 400000, activeReps: 3, perRep: 133333.33… }
 */
import type { Decimal } from 'decimal.js';
import { monthOf, type Period } from '../periods.js';
import type { ActivityIndex } from './activity-index.js';
import { DecimalSum } from '../decimal-sum.js';
import { keyOf } from './records.js';

export interface TeamMonth {
  /** The team as the Reps tab first spells it. */
  readonly team: string;
  readonly month: Period;
  readonly revenue: Decimal;
  readonly activeReps: number;
  /** Null when no rep was active. */
  readonly perRep: Decimal | null;
}

interface Group {
  readonly team: string;
  readonly month: Period;
  readonly revenue: DecimalSum;
  active: number;
}

export function revenuePerActiveRep(index: ActivityIndex): TeamMonth[] {
  const groups = new Map<string, Group>();
  const group = (team: string, month: Period): Group => {
    const key = `${keyOf(team)}\u0000${month}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { team, month, revenue: new DecimalSum(), active: 0 }));
    return g;
  };
  const spelling = new Map<string, string>();
  for (const [repKey, rep] of index.reps) {
    if (rep.team === undefined) continue;
    const team = spelling.get(keyOf(rep.team)) ?? rep.team;
    spelling.set(keyOf(team), team); // the first spelling names the team
    for (const month of index.activeMonths.get(repKey) ?? []) group(team, month).active += 1;
    // A rep's days come mostly in date order: the group is looked up again only when the month changes
    // (monthOf gives one shared string a month). forEach: no entry array per day.
    let lastMonth: Period | undefined;
    let g: Group | undefined;
    index.revenue.get(repKey)?.forEach((amount, day) => {
      if (monthOf(day) !== lastMonth) g = group(team, (lastMonth = monthOf(day)));
      g!.revenue.add(amount);
    });
  }
  return [...groups.values()]
    .map((g) => {
      const revenue = g.revenue.total();
      return {
        team: g.team,
        month: g.month,
        revenue,
        activeReps: g.active,
        perRep: g.active > 0 ? revenue.div(g.active) : null,
      };
    })
    .sort((a, b) => b.month.localeCompare(a.month) || a.team.localeCompare(b.team));
}
