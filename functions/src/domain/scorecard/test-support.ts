/** Builders for scorecard tests: plain records that read like rows of a workbook. */
import type { ActivityRecord, RepRecord } from '../activity.js';
import { Dec } from '../money.js';
import { defaultGrades, defaultKpis } from '../../../../sheets-templates/index.js';
import type { GradeRule } from './grade.js';
import type { KpiConfig, KpiId } from './kpis.js';
import type { ScorecardInputs } from './scorecards.js';

let row = 1;

export function act(rep: string, type: string, day: string, extra: Partial<Omit<ActivityRecord, 'amount' | 'share'>> & { amount?: number | string; share?: number | string } = {}): ActivityRecord {
  const { amount, share, ...rest } = extra;
  row += 1;
  return { rep, type, day, share: new Dec(share ?? 1), ...(amount !== undefined ? { amount: new Dec(amount) } : {}), row, ...rest };
}

export const rep = (id: string, extra: Partial<RepRecord> = {}): RepRecord => ({ rep: id, name: id, team: 'north', hire: '2024-01-01', ...extra });

export const DEFAULT_GRADES: GradeRule[] = defaultGrades.map((g) => ({
  grade: g.grade,
  minScore: new Dec(g.min_score),
  bonusMultiplier: new Dec(Number.parseFloat(g.bonus_multiplier)).div(100),
}));

export const DEFAULT_KPIS: KpiConfig[] = defaultKpis.map((k) => ({
  kpi: k.kpi as KpiId,
  group: k.group,
  weight: new Dec(k.weight),
  floor: new Dec(k.floor),
  cap: new Dec(k.cap),
}));

/** Only the named KPIs, each with the weight given. */
export function onlyKpis(weights: Partial<Record<KpiId, number>>): KpiConfig[] {
  return DEFAULT_KPIS.filter((k) => weights[k.kpi] !== undefined).map((k) => ({ ...k, weight: new Dec(weights[k.kpi]!) }));
}

export function inputsOf(partial: Partial<ScorecardInputs>): ScorecardInputs {
  return {
    reps: [rep('R1')],
    activity: [],
    targets: [],
    reviews: [],
    kpis: DEFAULT_KPIS,
    grades: DEFAULT_GRADES,
    asOf: '2026-06-30',
    firstDay: '2026-04-01',
    paymentTermsDays: 30,
    validCustomerMinAmount: new Dec(0),
    teamworkExcellent: new Dec(90),
    ...partial,
  };
}

export const target = (rep: string, metric: string, period: string, base: number | string) => ({ rep, metric, period, base: new Dec(base), row: 0 });
