/** The KPIs of the scorecard (SPEC section 3) and how they are configured. */
import type { Decimal } from 'decimal.js';

export const QUANTITATIVE = [
  'revenue_attainment',
  'new_customers',
  'collection_rate',
  'lead_conversion',
] as const;
export const QUALITATIVE = ['customer_satisfaction', 'compliance', 'teamwork', 'learning'] as const;
export type QuantitativeKpi = (typeof QUANTITATIVE)[number];
export type QualitativeKpi = (typeof QUALITATIVE)[number];
export type KpiId = QuantitativeKpi | QualitativeKpi;

/** The Targets `metric` of each quantitative KPI. */
export const TARGET_METRIC: Readonly<Record<QuantitativeKpi, string>> = {
  revenue_attainment: 'revenue',
  new_customers: 'new_customers',
  collection_rate: 'collection_rate',
  lead_conversion: 'lead_conversion',
};

/** Targets that roll up by mean (rates) rather than by sum (amounts, counts). */
export const RATE_METRICS: ReadonlySet<string> = new Set(['collection_rate', 'lead_conversion']);

/** KPIs measured as a rate (a fraction), not an amount or a count. */
export const RATE_KPIS: ReadonlySet<KpiId> = new Set<KpiId>(['collection_rate', 'lead_conversion']);

/** A KPI as the KPIs tab configures it. */
export interface KpiConfig {
  kpi: KpiId;
  group: 'quantitative' | 'qualitative';
  weight: Decimal;
  floor?: Decimal;
  cap?: Decimal;
}
