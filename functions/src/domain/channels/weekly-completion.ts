/**
 * The weekly leaderboard of channels and teams (SPEC section 6): per week (starting on Settings
 * `week_starts_on`) that has ended by as_of, completion = visits ÷ target over the week's campaign days,
 * ranked best first; the rank is the pick order of zones in the following week (rank 1 picks first).
 * Ties go to more visits, then to the id, because picks are taken one at a time.
 *
 * A team's target is its share of the channel targets it works: each day, a channel's target is split
 * among the channel's reps on the books that day, and a team carries the shares of its own reps. The
 * teams' targets so add up to the channels' (a vacancy's share is carried by the people there), and
 * teams and channels are judged on the same weekly plan. (Targets rows with metric `visits` and a team
 * are monthly figures for the team's scorecard view, not this weekly race.) A team's visits are those
 * of its reps, whatever the channel.
 *
 * @example
 * // Week of Monday 2026-05-04, key accounts 11 a day (77 a week) and mall expo 8 a day (56):
 * // key accounts 70 visits (90.9%), mall expo 56 (100%)
 * //=> [{ id: 'mall_expo', rank: 1, completion: 1 }, { id: 'key_accounts', rank: 2, completion: 0.909… }]
 * // Team T1 has 2 of the 8 key-accounts reps and 3 of the 12 mall-expo reps that week:
 * // its target is 77 × 2/8 + 56 × 3/12 = 33.25.
 */
import type { Decimal } from 'decimal.js';
import { addDays, type Day } from '../days.js';
import { ZERO } from '../money.js';
import { employedOn, idKey, type RepFields } from '../rewards/records.js';
import { windowOf, type Window } from '../rewards/windows.js';
import type { ChannelTarget } from './channel-gap.js';
import { dayTarget } from './day-target.js';
import { pushTo } from '../lists.js';
import type { ChannelLog, DayVisits } from './channel-log.js';
import { QuantitySum } from './quantity-sum.js';

export interface WeekRank {
  readonly week: Window;
  /** The channel or team. */
  readonly id: string;
  readonly name?: string | undefined;
  readonly target: Decimal;
  readonly actual: Decimal;
  readonly completion: Decimal;
  /** 1 = best; also next week's pick order. */
  readonly rank: number;
}

interface Entry {
  id: string;
  name?: string | undefined;
  target: Decimal;
  actual: Decimal;
}

/** The weeks that have ended by as_of and hold a campaign day. */
function campaignWeeks(targets: readonly ChannelTarget[], asOf: Day, weekStartsOn: number): Window[] {
  if (targets.length === 0) return [];
  const first = targets.reduce((d, t) => (t.phase.start < d ? t.phase.start : d), targets[0]!.phase.start);
  const last = targets.reduce((d, t) => (t.phase.end > d ? t.phase.end : d), targets[0]!.phase.end);
  const weeks: Window[] = [];
  for (
    let w = windowOf(first, 'week', weekStartsOn);
    w.first <= last && w.last <= asOf;
    w = windowOf(addDays(w.last, 1), 'week', weekStartsOn)
  ) {
    weeks.push(w);
  }
  return weeks;
}

/** The days of a week that fall in a phase, each with the channel targets of that day. */
function weekDays(week: Window, targets: readonly ChannelTarget[]): { day: Day; targets: ChannelTarget[] }[] {
  const days: { day: Day; targets: ChannelTarget[] }[] = [];
  for (let day = week.first; day <= week.last; day = addDays(day, 1)) {
    const today = targets.filter((t) => t.phase.start <= day && day <= t.phase.end);
    if (today.length > 0) days.push({ day, targets: today });
  }
  return days;
}

/** Targets and visits added up per id (compared case-insensitively). */
class Tally {
  private readonly entries = new Map<string, Entry>();

  add(id: string, name: string | undefined, target: Decimal, actual: Decimal): void {
    const key = idKey(id);
    const found = this.entries.get(key);
    if (found) {
      // Adding the ZERO a target or a visit total passes for the other figure would change nothing.
      if (target !== ZERO) found.target = found.target.add(target);
      if (actual !== ZERO) found.actual = found.actual.add(actual);
    } else this.entries.set(key, { id, name, target, actual });
  }

  /** Ranked by completion, then visits, then id; entries with no target are left out. */
  ranked(week: Window): WeekRank[] {
    return [...this.entries.values()]
      .filter((e) => e.target.gt(0))
      .map((e) => ({ ...e, week, completion: e.actual.div(e.target) }))
      .sort((a, b) => b.completion.cmp(a.completion) || b.actual.cmp(a.actual) || a.id.localeCompare(b.id))
      .map((e, i) => ({ ...e, rank: i + 1 }));
  }
}

/**
 * The visits of the week's campaign days, summed per group (`groupOf` undefined leaves a key out), in
 * the order each group's first visit comes: the log's daily sums per key (`pick`), merged day by day.
 */
function visitSums<G>(
  log: ChannelLog,
  days: readonly { day: Day }[],
  pick: (visits: DayVisits) => ReadonlyMap<string, QuantitySum>,
  groupOf: (key: string) => G | undefined,
): Map<G, QuantitySum> {
  const sums = new Map<G, QuantitySum>();
  for (const { day } of days) {
    const visits = log.all.byDay.get(day)?.split;
    if (!visits) continue;
    for (const [key, daySum] of pick(visits)) {
      const group = groupOf(key);
      if (group === undefined) continue;
      let sum = sums.get(group);
      if (!sum) sums.set(group, (sum = new QuantitySum()));
      sum.addSum(daySum);
    }
  }
  return sums;
}

/** Channels ranked per week, newest week first. */
export function channelWeeks(
  targets: readonly ChannelTarget[],
  activity: ChannelLog,
  asOf: Day,
  weekStartsOn: number,
): WeekRank[] {
  const names = new Map(targets.map((t) => [idKey(t.channel), t]));
  const targetOf = (channel: string) => names.get(channel);
  const byChannel = (visits: DayVisits) => visits.byChannel;
  return campaignWeeks(targets, asOf, weekStartsOn)
    .reverse()
    .flatMap((week) => {
      const days = weekDays(week, targets);
      const tally = new Tally();
      for (const { day, targets: today } of days)
        for (const t of today) tally.add(t.channel, t.name, dayTarget(t.week, day), ZERO);
      for (const [t, sum] of visitSums(activity, days, byChannel, targetOf))
        tally.add(t.channel, t.name, ZERO, sum.total());
      return tally.ranked(week);
    });
}

interface Staffed {
  readonly rep: RepFields;
  readonly team: string;
}

/** Teams ranked per week, newest week first. */
export function teamWeeks(
  targets: readonly ChannelTarget[],
  activity: ChannelLog,
  reps: readonly RepFields[],
  asOf: Day,
  weekStartsOn: number,
): WeekRank[] {
  // Reps with a team, by the key of their channel, in Reps-tab order.
  const staffed = new Map<string, Staffed[]>();
  for (const rep of reps)
    if (rep.team !== undefined && rep.channel !== undefined)
      pushTo(staffed, idKey(rep.channel), { rep, team: rep.team });
  const byTeam = (visits: DayVisits) => visits.byTeam;
  const asSpelt = (team: string) => team;
  return campaignWeeks(targets, asOf, weekStartsOn)
    .reverse()
    .flatMap((week) => {
      const days = weekDays(week, targets);
      const tally = new Tally();
      for (const { day, targets: today } of days) {
        for (const t of today) {
          // The channel's target of the day, shared among its reps on the books that day
          const onBooks = (staffed.get(idKey(t.channel)) ?? []).filter((s) => employedOn(s.rep, day));
          const share = dayTarget(t.week, day).div(Math.max(onBooks.length, 1));
          for (const s of onBooks) tally.add(s.team, undefined, share, ZERO);
        }
      }
      // Summed per team as spelt: the tally joins spellings of one team in the order they first come.
      for (const [team, sum] of visitSums(activity, days, byTeam, asSpelt))
        tally.add(team, undefined, ZERO, sum.total());
      return tally.ranked(week);
    });
}
