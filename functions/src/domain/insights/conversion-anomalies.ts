/**
 * Conversion anomalies (SPEC section 12; the plan: 转化率骤降自动标红): a team's or channel's weekly lead
 * conversion falling more than `anomaly_drop` below the mean of its four weeks before.
 *
 * A week's conversion: of the customers with a lead in the week (the team of the lead's rep; the lead
 * row's channel, else the rep's), the share with a deal by any rep on or after the lead. Recent leads
 * have had less time to buy, so the four weeks before are counted as they stood at the same age: week
 * W is read as of `as_of`, the week k weeks before it as of `as_of` − 7k days. Only weeks that have
 * ended are judged, and only with a full trailing window (each of the four weeks has leads). A fall is
 * an anomaly when the week has at least `min_sample` leads and the fall is unlikely to be chance: the
 * one-sided two-proportion test of the week against the four weeks together gives p below
 * `significance_level`.
 *
 * @example
 * // flyers, week of 2026-04-20: 3 of 92 leads bought (3.3%); the four weeks before, at the same age,
 * // 18%, 21%, 17% and 20% (mean 19%); drop 30%, minimum 30 leads, significance 5%:
 * //=> [{ kind: 'channel', group: 'flyers', week: '2026-04-20', rate: 0.0326, trailingMean: 0.19, fall: 0.83, pValue: 0.0001 }]
 */
import type { Decimal } from 'decimal.js';
import { dayFromNumber, dayNumber, type Day } from '../days.js';
import { ratioOf } from '../ratio.js';
import { dealOnOrAfter, type ActivityIndex } from './activity-index.js';
import { keyOf } from './records.js';
import { twoProportionTest } from './two-proportion-test.js';

export type AnomalyKind = 'team' | 'channel';

export interface AnomalyRules {
  /** The fall below the trailing mean that counts, as a fraction (0.3). */
  readonly drop: Decimal;
  readonly minSample: number;
  /** The p-value below which a fall is not chance (0.05). */
  readonly significance: number;
  /** ISO weekday weeks start on. */
  readonly weekStartsOn: number;
}

export interface WeekRate {
  /** The week's first day. */
  readonly week: Day;
  readonly leads: number;
  readonly converted: number;
  readonly rate: number;
}

export interface ConversionAnomaly extends WeekRate {
  readonly kind: AnomalyKind;
  /** The team or channel as first spelt. */
  readonly group: string;
  readonly last: Day;
  /** The four weeks before, the nearest first, each at the same age as this one. */
  readonly trailing: readonly WeekRate[];
  readonly trailingMean: number;
  /** 1 − rate ÷ trailing mean. */
  readonly fall: number;
  /** One-sided p-value of the fall. */
  readonly pValue: number;
}

export interface AnomalyScan {
  readonly anomalies: ConversionAnomaly[];
  /** Weeks judged: ended, with a full trailing window and the minimum sample. */
  readonly judged: number;
}

const TRAILING = 4;
/** ISO weekday of a day number (1970-01-01 was a Thursday). */
const weekdayOf = (n: number): number => ((((n + 3) % 7) + 7) % 7) + 1;

/**
 * `dayNumber` (which remembers each day's number), with the last day asked for answered without a
 * lookup: customers come in the order of their first rows, so the leads read one after the other are
 * mostly of the same day.
 */
function dayNumbers(): (day: Day) => number {
  let lastDay: Day | undefined;
  let last = 0;
  return (day) => {
    if (day !== lastDay) {
      last = dayNumber(day);
      lastDay = day;
    }
    return last;
  };
}

/** Whether leads are already by day (rows mostly are): then they need no sorted copy. */
function inDayOrder(leads: readonly { readonly day: Day }[]): boolean {
  for (let i = 1; i < leads.length; i++) if (leads[i - 1]!.day > leads[i]!.day) return false;
  return true;
}

interface Group {
  readonly kind: AnomalyKind;
  readonly group: string;
  /** By the day number a week starts on: the day each of its leads bought (Infinity when it has not). */
  readonly weeks: Map<number, number[]>;
}

/**
 * Each team's and channel's leads by week, one a customer (its first lead in the week), with the day
 * the customer bought on or after it. Customer by customer, so a customer's few leads are all there is
 * to look through for repeats.
 */
function collectLeads(index: ActivityIndex, weekStartsOn: number): Group[] {
  // One for the leads' days and one for the deals': each keeps its own last day.
  const leadDayNumber = dayNumbers();
  const dealDayNumber = dayNumbers();
  const groups = new Map<string, Group>();
  const groupOf = (kind: AnomalyKind, group: string): Group => {
    const key = `${kind}\u0000${keyOf(group)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind, group, weeks: new Map() }));
    return g;
  };
  // Null for a rep without a team: one lookup a lead either way.
  const teams = new Map<string, Group | null>();
  const teamOf = (rep: string): Group | null => {
    let g = teams.get(rep);
    if (g === undefined) {
      const team = index.reps.get(rep)?.team;
      teams.set(rep, (g = team === undefined ? null : groupOf('team', team)));
    }
    return g;
  };
  const channels = new Map<string, Group>();
  const channelOf = (channel: string): Group => {
    let g = channels.get(channel);
    if (!g) channels.set(channel, (g = groupOf('channel', index.channelNames.get(channel) ?? channel)));
    return g;
  };
  // The (group, week) pairs the customer has been counted in, as two parallel lists reused for every
  // customer: no object per lead. The first `counted` places are this customer's; the lists are not
  // emptied between customers, as setting a length of 0 gives up their storage and the next push
  // would allocate it again, twice a customer.
  const countedGroups: Group[] = [];
  const countedWeeks: number[] = [];
  let counted = 0;
  const count = (group: Group | null, week: number, bought: number) => {
    if (!group) return;
    for (let i = 0; i < counted; i++) if (countedGroups[i] === group && countedWeeks[i] === week) return;
    countedGroups[counted] = group;
    countedWeeks[counted] = week;
    counted += 1;
    let days = group.weeks.get(week);
    if (!days) group.weeks.set(week, (days = []));
    days.push(bought);
  };
  // Indexed loops: no iterator results per customer and lead, even before the loops are optimised.
  const customers = index.customerList;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    if (c.leads.length === 0) continue;
    const leads = inDayOrder(c.leads)
      ? c.leads
      : [...c.leads].sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
    counted = 0;
    for (let j = 0; j < leads.length; j++) {
      const lead = leads[j]!;
      const day = leadDayNumber(lead.day);
      const week = day - ((weekdayOf(day) - weekStartsOn + 7) % 7);
      const deal = dealOnOrAfter(c, lead.day);
      const bought = deal ? dealDayNumber(deal.day) : Infinity;
      count(teamOf(lead.rep), week, bought);
      if (lead.channel !== undefined) count(channelOf(lead.channel), week, bought);
    }
  }
  return [...groups.values()];
}

export function conversionAnomalies(index: ActivityIndex, rules: AnomalyRules): AnomalyScan {
  const asOf = dayNumber(index.asOf);
  const keep = ratioOf(1).sub(ratioOf(rules.drop));
  const anomalies: ConversionAnomaly[] = [];
  let judged = 0;
  for (const { kind, group, weeks } of collectLeads(index, rules.weekStartsOn)) {
    const rateAt = (week: number, cut: number): WeekRate | undefined => {
      const days = weeks.get(week);
      if (!days || days.length === 0) return undefined;
      let converted = 0;
      for (let i = 0; i < days.length; i++) if (days[i]! <= cut) converted += 1;
      return { week: dayFromNumber(week), leads: days.length, converted, rate: converted / days.length };
    };
    for (const week of weeks.keys()) {
      if (week + 6 > asOf) continue;
      const current = rateAt(week, asOf)!;
      const trailing = Array.from({ length: TRAILING }, (_, i) =>
        rateAt(week - 7 * (i + 1), asOf - 7 * (i + 1)),
      );
      if (current.leads < rules.minSample || trailing.some((t) => t === undefined)) continue;
      judged += 1;
      const before = trailing as WeekRate[];
      const mean = before
        .reduce((sum, t) => sum.add(ratioOf(t.converted).div(t.leads)), ratioOf(0))
        .div(TRAILING);
      if (mean.valueOf() === 0 || ratioOf(current.converted).div(current.leads).compare(mean.mul(keep)) >= 0)
        continue;
      const pooled = before.reduce((s, t) => ({ x: s.x + t.converted, n: s.n + t.leads }), { x: 0, n: 0 });
      const test = twoProportionTest(current.converted, current.leads, pooled.x, pooled.n);
      if (!test || test.pFirstLower >= rules.significance) continue;
      const trailingMean = Number(mean.valueOf());
      anomalies.push({
        ...current,
        kind,
        group,
        last: dayFromNumber(week + 6),
        trailing: before,
        trailingMean,
        fall: 1 - current.rate / trailingMean,
        pValue: test.pFirstLower,
      });
    }
  }
  anomalies.sort(
    (a, b) => b.week.localeCompare(a.week) || a.kind.localeCompare(b.kind) || a.group.localeCompare(b.group),
  );
  return { anomalies, judged };
}
