/**
 * Pay adjustments (fines for missed check-ins, a few bonuses), the team pool of the key-account group
 * purchases, and resource claims.
 */
import { isoWeekday, type Day } from '../domain/days.js';
import type { TemplateRow } from '../template/template.js';
import type { Locale } from '../workbook/messages.js';
import { AS_OF, HISTORY_START, daysFrom, monthEnd, monthStart, monthsFrom } from './calendar.js';
import type { Entry } from './log.js';
import { WEAK, employedSpan, type DemoRep } from './people.js';
import { seedOf, seededRandom } from './random.js';

const REASONS = {
  missedCheckIn: { 'zh-CN': '未打卡', en: 'missed check-in' },
  groupPurchase: { 'zh-CN': '大客户团购签约奖励', en: 'key-account group purchase bonus' },
  mentor: { 'zh-CN': '新人带教奖励', en: 'mentoring a new hire' },
  expo: { 'zh-CN': '商超外展补位奖励', en: 'covering the mall expo stand' },
} as const satisfies Readonly<Record<string, Readonly<Record<Locale, string>>>>;

/** Fines for missed check-ins (20 yuan, 30 from the second in a month), weak reps more often, and a few bonuses. */
export function demoAdjustments(reps: readonly DemoRep[], locale: Locale): TemplateRow[] {
  const fines = reps
    .filter((r) => r.role !== 'manager')
    .flatMap((rep) => {
      const rng = seededRandom(seedOf(`adjustments ${rep.id}`));
      return monthsFrom(HISTORY_START.slice(0, 7), AS_OF.slice(0, 7)).flatMap((month) => {
        const span = employedSpan(
          rep,
          monthStart(month),
          month === AS_OF.slice(0, 7) ? AS_OF : monthEnd(month),
        );
        const days = span ? daysFrom(span.first, span.last).filter((d) => isoWeekday(d) <= 6) : [];
        const count = days.length === 0 ? 0 : Math.min(4, rng.poisson(WEAK.has(rep.id) ? 1.2 : 0.2));
        const chosen = [...new Set(Array.from({ length: count }, () => rng.pick(days)))].sort();
        const reason = REASONS.missedCheckIn[locale];
        return chosen.map((date, i) => ({ date, rep_id: rep.id, amount: i === 0 ? -20 : -30, reason }));
      });
    });
  const bonuses = [
    { date: '2026-03-31', rep_id: 'S101', amount: 1500, reason: REASONS.groupPurchase[locale] },
    { date: '2026-04-30', rep_id: 'S201', amount: 500, reason: REASONS.mentor[locale] },
    { date: '2026-04-30', rep_id: 'S303', amount: 300, reason: REASONS.expo[locale] },
  ];
  return [...fines, ...bonuses].sort(
    (a, b) => a.date.localeCompare(b.date) || a.rep_id.localeCompare(b.rep_id),
  );
}

/** Team A's key-account pool for the second quarter's group purchases. */
export const POOLS: readonly TemplateRow[] = [
  { date: '2026-04-30', pool: 'pool_ka_q2', amount: 10_000, rep_id: 'S101', role: 'lead' },
  { date: '2026-04-30', pool: 'pool_ka_q2', amount: 10_000, rep_id: 'S102', role: 'support' },
  { date: '2026-04-30', pool: 'pool_ka_q2', amount: 10_000, rep_id: 'S103', role: 'support' },
];

/** The first customer a rep found on or after a day, for a claim that protects it. */
function firstLeadOf(activity: readonly Entry[], repId: string, from: Day): string {
  const lead = activity.find((e) => e.type === 'lead' && e.rep.id === repId && e.date >= from);
  if (!lead?.customer) throw new RangeError(`No lead of ${repId} from ${from}`);
  return lead.customer.id;
}

/**
 * Resource claims on organisations (group purchases) and customers: two claims rejected inside the
 * 5-day window (org_xinghai_tech, org_city_no2_hospital) and one taking over after it (org_huaxin_pharma).
 */
export function demoClaims(activity: readonly Entry[]): TemplateRow[] {
  const claims: readonly [resource: string, rep: string, at: string][] = [
    ['org_xinghai_tech', 'S101', '2026-03-03 10:15'],
    ['org_city_no2_hospital', 'S302', '2026-03-05 09:20'],
    ['org_xinghai_tech', 'S201', '2026-03-06 16:40'],
    ['org_city_no2_hospital', 'S102', '2026-03-09 11:05'],
    ['org_jinling_bank_west', 'S202', '2026-03-12 14:30'],
    ['org_no3_middle_school', 'S402', '2026-03-18 10:00'],
    ['org_power_supply_bureau', 'S301', '2026-03-26 15:45'],
    ['org_tianyi_logistics', 'S102', '2026-04-02 09:30'],
    [firstLeadOf(activity, 'S104', '2026-04-07'), 'S104', '2026-04-07 18:20'],
    ['org_huaxin_pharma', 'S401', '2026-04-13 09:00'],
    ['org_metro_line_ops', 'S201', '2026-04-16 11:10'],
    ['org_huaxin_pharma', 'S202', '2026-04-20 14:30'],
    ['org_university_staff_union', 'S101', '2026-04-27 10:40'],
    [firstLeadOf(activity, 'S204', '2026-05-06'), 'S204', '2026-05-06 17:05'],
    ['org_tax_bureau_west', 'S302', '2026-05-11 09:50'],
  ];
  return claims.map(([resource, rep_id, claimed_at]) => ({ resource, rep_id, claimed_at }));
}
