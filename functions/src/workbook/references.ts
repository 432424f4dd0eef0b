/**
 * Checks across tabs and within rows: ids that name nothing, activity types no rule knows, targets
 * without an owner, deal splits that do not make 100%, phases that end before they start.
 */
import * as tabs from '../../../sheets-templates/index.js';
import { dayNumber } from '../domain/days.js';
import { memo } from '../domain/memo.js';
import { Dec, HUNDRED, ZERO } from '../domain/money.js';
import type { RawTab } from './port.js';
import type { RowOf } from './read-tab.js';
import type { Table } from './table.js';
import { pushTo } from '../domain/lists.js';

/** Activity types the engine itself understands (SPEC section 1). */
export const CORE_TYPES: ReadonlySet<string> = new Set([
  'lead',
  'call',
  'visit',
  'registration',
  'subscription',
  'deal',
  'refund',
  'collection',
  'proposal',
]);
const NEEDS_AMOUNT: ReadonlySet<string> = new Set(['deal', 'refund', 'collection']);
const ONE = new Dec(1);

interface Tables {
  reps: Table<RowOf<typeof tabs.reps>>;
  targets: Table<RowOf<typeof tabs.targets>>;
  activity: Table<RowOf<typeof tabs.activity>>;
  reviews: Table<RowOf<typeof tabs.reviews>>;
  rewards: Table<RowOf<typeof tabs.rewards>>;
  adjustments: Table<RowOf<typeof tabs.adjustments>>;
  pools: Table<RowOf<typeof tabs.pools>>;
  phases: Table<RowOf<typeof tabs.phases>>;
  channels: Table<RowOf<typeof tabs.channels>>;
  claims: Table<RowOf<typeof tabs.claims>>;
  periods: Table<RowOf<typeof tabs.periods>>;
  plans: Table<RowOf<typeof tabs.commissionPlans>>;
  holidays: Table<RowOf<typeof tabs.holidays>>;
  workdays: Table<RowOf<typeof tabs.workdays>>;
  appraisals: Table<RowOf<typeof tabs.appraisals>>;
  inquiries: Table<RowOf<typeof tabs.inquiries>>;
  goals: Table<RowOf<typeof tabs.goals>>;
  channelCosts: Table<RowOf<typeof tabs.channelCosts>>;
}

const lower = (s: string) => s.toLowerCase();

/** Runs every cross-tab check and returns the rows that survive them. */
export function checkReferences(t: Tables, found: ReadonlyMap<string, RawTab>) {
  // Rep ids repeat on every row of the log: each is lowered once per run.
  const repKey = memo(lower);
  const channelIds = new Set(t.channels.rows.map((c) => lower(c.channel)));
  const checkChannels = found.has(tabs.channels.id);
  const unknownChannel = (c: string | undefined) =>
    c !== undefined && checkChannels && !channelIds.has(lower(c));

  checkPhases(t.phases);
  checkChannelShares(t.channels);
  const phaseIds = new Set(t.phases.rows.map((p) => lower(p.phase)));

  // Reps first: every other tab refers to them.
  const planIds = new Set(t.plans.rows.map((p) => lower(p.plan)));
  const repIds = new Set(t.reps.rows.map((r) => lower(r.rep_id)));
  for (const r of t.reps.rows) {
    if (r.manager_id !== undefined && !repIds.has(lower(r.manager_id))) {
      t.reps.amend(
        r,
        { manager_id: undefined },
        { column: 'manager_id', value: r.manager_id, code: 'unknown_manager', action: 'kept_blank' },
      );
    }
    if (r.mentor_id !== undefined && !repIds.has(lower(r.mentor_id))) {
      t.reps.amend(
        r,
        { mentor_id: undefined },
        { column: 'mentor_id', value: r.mentor_id, code: 'unknown_mentor', action: 'kept_blank' },
      );
    }
    if (found.has(tabs.commissionPlans.id) && !planIds.has(lower(r.plan))) {
      t.reps.amend(r, {}, { column: 'plan', value: r.plan, code: 'unknown_plan', action: 'accepted' });
    }
    if (unknownChannel(r.channel)) {
      t.reps.amend(
        r,
        { channel: undefined },
        { column: 'channel', value: r.channel ?? '', code: 'unknown_channel', action: 'kept_blank' },
      );
    }
    if (r.leave_date !== undefined && dayNumber(r.leave_date) < dayNumber(r.hire_date)) {
      t.reps.amend(
        r,
        { leave_date: undefined },
        {
          column: 'leave_date',
          value: r.leave_date,
          code: 'leave_before_hire',
          action: 'kept_blank',
          params: { hire: r.hire_date },
        },
      );
    }
  }

  const dropUnknownRep = <R extends { readonly row: number; readonly rep_id?: string | undefined }>(
    table: Table<R>,
  ) => {
    for (const r of table.rows) {
      if (r.rep_id !== undefined && !repIds.has(lower(r.rep_id)))
        table.drop(r, { column: 'rep_id', value: r.rep_id, code: 'unknown_rep' });
    }
  };
  [t.targets, t.reviews, t.adjustments, t.pools, t.claims, t.appraisals, t.inquiries].forEach((table) =>
    dropUnknownRep(table as Table<{ row: number; rep_id?: string }>),
  );

  checkTargets(t.targets, unknownChannel);
  const holidayRows = new Map(t.holidays.rows.map((h) => [h.date, h.row]));
  for (const w of t.workdays.rows) {
    const holiday = holidayRows.get(w.date);
    if (holiday !== undefined)
      t.workdays.drop(w, { column: 'date', value: w.date, code: 'holiday_and_workday', params: { holiday } });
  }
  for (const c of t.channelCosts.rows) {
    if (unknownChannel(c.channel))
      t.channelCosts.drop(c, { column: 'channel', value: c.channel, code: 'unknown_channel' });
  }
  checkRewards(t.rewards, phaseIds, unknownChannel);
  checkReviews(t.reviews);

  const triggers = new Set(t.rewards.rows.map((r) => lower(r.trigger)));
  for (const a of t.activity.rows) {
    if (!repIds.has(repKey(a.rep_id))) {
      t.activity.drop(a, { column: 'rep_id', value: a.rep_id, code: 'unknown_rep' });
    } else if (!CORE_TYPES.has(lower(a.type)) && !triggers.has(lower(a.type))) {
      t.activity.drop(a, { column: 'type', value: a.type, code: 'unknown_type' });
    } else if (NEEDS_AMOUNT.has(lower(a.type)) && a.amount === undefined) {
      t.activity.drop(a, { column: 'amount', value: '', code: 'missing_amount', params: { type: a.type } });
    } else if (a.amount?.isNegative()) {
      t.activity.drop(a, { column: 'amount', value: a.amount.toFixed(), code: 'negative_amount' });
    } else if (a.quantity?.isNegative()) {
      t.activity.drop(a, { column: 'quantity', value: a.quantity.toFixed(), code: 'negative_quantity' });
    } else if (unknownChannel(a.channel)) {
      t.activity.amend(
        a,
        { channel: undefined },
        { column: 'channel', value: a.channel ?? '', code: 'unknown_channel', action: 'kept_blank' },
      );
    }
  }
  checkSplits(t.activity);

  return {
    reps: [...t.reps.rows],
    targets: [...t.targets.rows],
    activity: [...t.activity.rows],
    reviews: [...t.reviews.rows],
    rewards: [...t.rewards.rows],
    adjustments: [...t.adjustments.rows],
    pools: [...t.pools.rows],
    phases: [...t.phases.rows],
    channels: [...t.channels.rows],
    claims: [...t.claims.rows],
    periods: [...t.periods.rows],
    holidays: [...t.holidays.rows],
    workdays: [...t.workdays.rows],
    appraisals: [...t.appraisals.rows],
    inquiries: [...t.inquiries.rows],
    goals: [...t.goals.rows],
    channelCosts: [...t.channelCosts.rows],
  };
}

function checkPhases(phases: Table<RowOf<typeof tabs.phases>>): void {
  for (const p of phases.rows) {
    if (dayNumber(p.end) < dayNumber(p.start))
      phases.drop(p, {
        column: 'end',
        value: p.end,
        code: 'phase_ends_before_start',
        params: { start: p.start },
      });
  }
  const total = phases.rows.reduce((sum, p) => sum.add(p.visit_share), ZERO);
  if (phases.rows.length > 0 && !total.eq(1)) {
    phases.issues.push({
      tab: phases.tab,
      row: null,
      column: 'visit_share',
      value: `${total.mul(HUNDRED).toFixed()}%`,
      code: 'phase_shares_not_100',
      action: 'accepted',
    });
  }
}

function checkChannelShares(channels: Table<RowOf<typeof tabs.channels>>): void {
  for (const c of channels.rows) {
    if (c.weekday_share === undefined && c.weekend_share === undefined) continue;
    const weekday = c.weekday_share ?? ONE.sub(c.weekend_share ?? ZERO);
    const weekend = c.weekend_share ?? ONE.sub(weekday);
    const total = weekday.add(weekend);
    if (!total.eq(1) || weekday.isNegative() || weekend.isNegative()) {
      channels.amend(
        c,
        { weekday_share: undefined, weekend_share: undefined },
        {
          column: 'weekday_share',
          value: `${total.mul(HUNDRED).toFixed()}%`,
          code: 'week_shares_not_100',
          action: 'used_default',
        },
      );
    } else {
      channels.amend(c, { weekday_share: weekday, weekend_share: weekend });
    }
  }
}

function checkTargets(
  targets: Table<RowOf<typeof tabs.targets>>,
  unknownChannel: (c: string | undefined) => boolean,
): void {
  for (const r of targets.rows) {
    const owners = [r.rep_id, r.team, r.channel].filter((o) => o !== undefined).length;
    if (owners === 0) targets.drop(r, { column: null, value: '', code: 'target_without_owner' });
    else if (owners > 1)
      targets.drop(r, {
        column: null,
        value: [r.rep_id, r.team, r.channel].filter(Boolean).join(', '),
        code: 'target_with_two_owners',
      });
    else if (unknownChannel(r.channel))
      targets.drop(r, { column: 'channel', value: r.channel ?? '', code: 'unknown_channel' });
    else if ((r.challenge && r.challenge.lt(r.base)) || (r.sprint && r.sprint.lt(r.challenge ?? r.base))) {
      const levels = [r.base, r.challenge, r.sprint]
        .filter((l) => l !== undefined)
        .map((l) => l.toFixed())
        .join(' / ');
      targets.drop(r, { column: 'challenge', value: levels, code: 'tiers_out_of_order' });
    }
  }
}

const RULE_NEEDS: Readonly<Record<string, readonly ('min' | 'window' | 'top_n')[]>> = {
  event_tier: ['min'],
  per_unit: ['window', 'min'],
  shortfall: ['window', 'min'],
  rank: ['window', 'top_n'],
};

function checkRewards(
  rewards: Table<RowOf<typeof tabs.rewards>>,
  phaseIds: ReadonlySet<string>,
  unknownChannel: (c: string | undefined) => boolean,
): void {
  for (const r of rewards.rows) {
    const missing = (RULE_NEEDS[r.kind] ?? []).filter((k) => r[k] === undefined);
    if (missing.length > 0)
      rewards.drop(r, {
        column: missing[0]!,
        value: '',
        code: 'rule_incomplete',
        params: { kind: r.kind, needs: missing.join(', ') },
      });
    else if (r.phase !== undefined && !phaseIds.has(lower(r.phase)))
      rewards.drop(r, { column: 'phase', value: r.phase, code: 'unknown_phase' });
    else if (unknownChannel(r.channel))
      rewards.drop(r, { column: 'channel', value: r.channel ?? '', code: 'unknown_channel' });
  }
}

const SCORES = ['customer_satisfaction', 'compliance', 'teamwork', 'learning'] as const;

function checkReviews(reviews: Table<RowOf<typeof tabs.reviews>>): void {
  for (const r of reviews.rows) {
    for (const kpi of SCORES) {
      const score = r[kpi];
      if (score === undefined || (score.gte(0) && score.lte(100))) continue;
      const clamped = score.isNegative() ? ZERO : HUNDRED;
      reviews.amend(
        r,
        { [kpi]: clamped },
        {
          column: kpi,
          value: score.toFixed(),
          code: 'score_out_of_range',
          action: 'clamped',
          params: { clamped: clamped.toFixed() },
        },
      );
    }
  }
}

/** A deal split between reps (rows sharing a `ref`) must give out exactly 100%. */
function checkSplits(activity: Table<RowOf<typeof tabs.activity>>): void {
  const byRef = new Map<string, RowOf<typeof tabs.activity>[]>();
  for (const a of activity.rows) {
    if (lower(a.type) !== 'deal') continue;
    const key = a.ref ?? `#row${a.row}`;
    // Pushed, not copied: a ref shared by many rows would otherwise cost a copy per row.
    pushTo(byRef, key, a);
  }
  for (const [ref, rows] of byRef) {
    const total = rows.reduce((sum, a) => sum.add(a.share ?? ONE), ZERO);
    if (total.eq(1)) continue;
    const cells = rows.map((a) => `${tabs.activity.id}!row ${a.row}`).join(', ');
    activity.issues.push({
      tab: tabs.activity.id,
      row: rows[0]!.row,
      column: 'share',
      value: ref.startsWith('#row') ? `(row ${rows[0]!.row})` : ref,
      code: 'split_not_100',
      action: 'stopped_run',
      params: { total: `${total.mul(HUNDRED).toFixed()}%`, cells },
    });
  }
}
