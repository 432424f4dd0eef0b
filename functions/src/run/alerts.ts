/**
 * Alerts (SPEC section 7): scorecard flags, missing inputs, lead follow-ups, channel status. Each is one
 * row with its severity, rule, rep, period, the figures that triggered it and a sentence in the
 * workbook's language.
 */
import { compareText } from '../outputs/layout.js';
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

/** Alerts in the order a manager works through them: most severe first, then by period and rep. */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(b.period ?? '', a.period ?? '') ||
      compareText(a.rep_id ?? '', b.rep_id ?? '') ||
      compareText(a.rule, b.rule),
  );
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
