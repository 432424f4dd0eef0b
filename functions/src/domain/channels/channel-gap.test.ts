import type { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { Dec, roundHalfUp } from '../money.js';
import { repIndex, type ActivityFields, type RepFields } from '../rewards/records.js';
import type { RewardLine } from '../rewards/types.js';
import { channelLog } from './channel-log.js';
import { channelGap, type ChannelTarget, type GapInputs } from './channel-gap.js';
import { NO_TARGET } from './day-target.js';

const reps: RepFields[] = [
  { rep_id: 'S101', team: 'T1', channel: 'key_accounts', hire_date: '2026-01-05' },
  { rep_id: 'S102', team: 'T1', channel: 'walk_in', hire_date: '2026-01-05' },
];
// A phase beginning on Monday 2026-05-04, and the source's key accounts: 11 a day, 46 on weekdays, 31 at weekends
const phase = { phase: 'registration', start: '2026-05-04', end: '2026-05-31' };
const keyAccounts: ChannelTarget = {
  channel: 'key_accounts',
  phase,
  daily: new Dec(11),
  week: { weekdays: new Dec(46), weekend: new Dec(31) },
  headcount: 2,
  dailyLeadsPerPerson: new Dec(20),
};
/** `perDay` visits by S101 on every day from `first` to `last`. */
function visits(
  first: string,
  last: string,
  perDay: number,
  extra: Partial<ActivityFields> = {},
): ActivityFields[] {
  const rows: ActivityFields[] = [];
  for (
    let d = new Date(`${first}T00:00:00Z`);
    d.toISOString().slice(0, 10) <= last;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    rows.push({
      row: rows.length + 2,
      date: d.toISOString().slice(0, 10),
      rep_id: 'S101',
      type: 'visit',
      quantity: new Dec(perDay),
      ...extra,
    });
  }
  return rows;
}
function inputs(activity: ActivityFields[], asOf: string, rewardLines: RewardLine[] = []): GapInputs {
  return { asOf, activity: channelLog(activity, repIndex(reps), asOf), reps, rewardLines };
}
const fig = (d: Decimal | null | undefined) =>
  d === null || d === undefined ? null : roundHalfUp(d).toFixed();

describe('channelGap', () => {
  // 10 visits every day: ahead of the weekday plan, behind once the weekend's larger share is due
  const steady = visits('2026-05-04', '2026-05-31', 10);

  test('as of a Wednesday, 10 visits a day are ahead of the weekday plan', () => {
    const g = channelGap(keyAccounts, inputs(steady, '2026-05-06'));
    expect([fig(g.targetToDate), fig(g.actualToDate), fig(g.gap), g.status]).toEqual([
      '27.6',
      '30',
      '-2.4',
      'on_track',
    ]);
  });

  test('as of the Sunday after, the same pace is behind the week’s 77', () => {
    const g = channelGap(keyAccounts, inputs(steady, '2026-05-10'));
    expect([fig(g.targetToDate), fig(g.actualToDate), fig(g.gap), fig(g.completion), g.status]).toEqual([
      '77',
      '70',
      '7',
      '0.91',
      'at_risk',
    ]);
  });

  test('works out what is left, what it asks a day, and where the pace leads', () => {
    // As of Sunday 05-10: 7 of 28 days gone; the phase asks 4 weeks × 77 = 308
    const g = channelGap(keyAccounts, inputs(steady, '2026-05-10'));
    expect([fig(g.phaseTarget), fig(g.remainingTarget), g.progress.remainingDays]).toEqual([
      '308',
      '238',
      21,
    ]);
    expect([fig(g.required?.daily), fig(g.required?.weekday), fig(g.required?.weekend)]).toEqual([
      '11.33',
      '9.48',
      '15.97',
    ]); // 238 ÷ 231 planned × 9.2 and × 15.5
    expect(fig(g.projectedTotal)).toBe('280'); // 70 ÷ 7 × 28
  });

  test('a channel far behind is off track', () => {
    const g = channelGap(keyAccounts, inputs(visits('2026-05-04', '2026-05-10', 5), '2026-05-10'));
    expect([fig(g.gap), g.status]).toEqual(['42', 'off_track']);
  });

  test('before the phase starts the target to date is 0, which is on track', () => {
    const g = channelGap(keyAccounts, inputs(steady, '2026-05-03'));
    expect([fig(g.targetToDate), fig(g.actualToDate), g.status, g.projectedTotal]).toEqual([
      '0',
      '0',
      'on_track',
      null,
    ]);
    expect([fig(g.remainingTarget), g.progress.remainingDays, fig(g.required?.daily)]).toEqual([
      '308',
      28,
      '11',
    ]);
  });

  test('a phase that begins midweek counts only its own days of that week', () => {
    // A phase beginning on Thursday 05-07: Thursday, Friday (2 × 9.2) and the weekend (31) as of Sunday
    const midweek = { ...keyAccounts, phase: { ...phase, start: '2026-05-07' } };
    const g = channelGap(midweek, inputs(steady, '2026-05-10'));
    expect([fig(g.targetToDate), fig(g.actualToDate), g.progress.elapsedDays]).toEqual(['49.4', '40', 4]);
  });

  test('a channel with no target is on track and asks nothing, but its visits are counted', () => {
    const walkIn: ChannelTarget = { channel: 'walk_in', phase, daily: null, week: NO_TARGET };
    const g = channelGap(
      walkIn,
      inputs(visits('2026-05-04', '2026-05-10', 3, { rep_id: 'S102' }), '2026-05-10'),
    );
    expect([fig(g.targetToDate), fig(g.actualToDate), fig(g.gap), g.completion, g.status]).toEqual([
      '0',
      '21',
      '-21',
      null,
      'on_track',
    ]);
    expect([fig(g.remainingTarget), fig(g.required?.daily)]).toEqual(['0', '0']);
  });

  test('counts visits by their row’s channel, else their rep’s, and ignores rows after as_of', () => {
    const rows = [
      ...visits('2026-05-04', '2026-05-04', 1), // S101's channel: key accounts
      ...visits('2026-05-05', '2026-05-05', 2, { rep_id: 'S102', channel: 'key_accounts' }), // the row's channel
      ...visits('2026-05-06', '2026-05-06', 4, { channel: 'walk_in' }), // not key accounts
      ...visits('2026-05-07', '2026-05-07', 8), // after as_of
    ];
    expect(fig(channelGap(keyAccounts, inputs(rows, '2026-05-06')).actualToDate)).toBe('3');
  });

  test('sets lead pace and conversion against the plan', () => {
    const rows: ActivityFields[] = [
      ...Array.from({ length: 140 }, (_, i) => ({
        row: 100 + i,
        date: '2026-05-05',
        rep_id: 'S101',
        type: 'lead',
      })),
      ...visits('2026-05-04', '2026-05-10', 10),
      ...Array.from({ length: 21 }, (_, i) => ({
        row: 300 + i,
        date: '2026-05-08',
        rep_id: 'S101',
        type: 'registration',
      })),
    ];
    const planRates = {
      registrationFromVisit: new Dec('0.3'),
      subscriptionFromRegistration: new Dec('0.5'),
      dealFromSubscription: new Dec('0.7'),
    };
    const g = channelGap(keyAccounts, { ...inputs(rows, '2026-05-10'), planRates });
    expect(fig(g.leadsPerPersonDay)).toBe('10'); // 140 ÷ 2 people ÷ 7 days, against 20
    expect([
      fig(g.conversions.visit_to_registration.actual),
      fig(g.conversions.visit_to_registration.plan),
    ]).toEqual(['0.3', '0.3']);
    expect(g.conversions.subscription_to_deal.actual).toBeNull();
  });

  test('a channel’s cost is its external reward lines in the phase, and that per visit', () => {
    const line = (
      amount: number,
      recipient: RewardLine['recipient'],
      channel: string,
      day = '2026-05-09',
    ): RewardLine => ({
      rule: 'card',
      kind: 'event_tier',
      recipient,
      rep_id: 'S101',
      team: 'T1',
      channel,
      day,
      window: null,
      amount: new Dec(amount),
      source: [],
    });
    const lines = [
      line(500, 'external', 'key_accounts'),
      line(600, 'rep', 'key_accounts'),
      line(500, 'external', 'walk_in'),
      line(500, 'external', 'key_accounts', '2026-05-03'),
    ];
    const g = channelGap(keyAccounts, inputs(steady, '2026-05-10', lines));
    expect([fig(g.cost), fig(g.costPerVisit)]).toEqual(['500', '7.14']);
  });
});
