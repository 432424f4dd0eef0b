/**
 * Alerts (SPEC section 7): scorecard flags, missing inputs, lead follow-ups, channel status. Each is one
 * row with its severity, rule, rep, period, the figures that triggered it and a sentence in the
 * workbook's language.
 */
import { collationRanks } from '../outputs/collation.js';
import type { Locale } from '../workbook/messages.js';

export type Severity = 'high' | 'medium' | 'low';

export interface Alert {
  severity: Severity;
  /** The rule that raised it: a flag name (`pip`), `missing_input`, `lead_sla_a`, … */
  rule: string;
  rep_id: string | null;
  period: string | null;
  /** The figures behind it, by name (numbers as reported: money to 2 decimals, rates as fractions). */
  figures: Readonly<Record<string, string | number | null>>;
  /** The sentence a manager reads, in both languages; the workbook's locale picks one. */
  message: Readonly<Record<Locale, string>>;
}

export interface AlertJson {
  severity: Severity;
  rule: string;
  rep_id: string | null;
  period: string | null;
  message: string;
  figures: Readonly<Record<string, string | number | null>>;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

/**
 * Alerts in the order a manager works through them: most severe first, then by period and rep. By
 * each period's, rep's and rule's place in the collation, found once, as a run raises tens of
 * thousands of alerts.
 */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  const periods = collationRanks(alerts.map((a) => a.period ?? ''));
  const reps = collationRanks(alerts.map((a) => a.rep_id ?? ''));
  const rules = collationRanks(alerts.map((a) => a.rule));
  const keyed = alerts.map((alert) => ({
    alert,
    severity: SEVERITY_ORDER[alert.severity],
    period: periods.get(alert.period ?? '')!,
    rep: reps.get(alert.rep_id ?? '')!,
    rule: rules.get(alert.rule)!,
  }));
  keyed.sort((a, b) => a.severity - b.severity || b.period - a.period || a.rep - b.rep || a.rule - b.rule);
  return keyed.map((k) => k.alert);
}

export function alertJson(alert: Alert, locale: Locale): AlertJson {
  return {
    severity: alert.severity,
    rule: alert.rule,
    rep_id: alert.rep_id,
    period: alert.period,
    message: alert.message[locale],
    figures: alert.figures,
  };
}
