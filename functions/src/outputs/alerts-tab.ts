/** The `Alerts` tab: one row per alert, most severe first. */
import { alerts as spec } from '../../../sheets-templates/output/alerts.js';
import { sortAlerts, type Alert } from '../run/alerts.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import { layoutTab } from './layout.js';

const SEVERITY = {
  high: { en: 'high', 'zh-CN': '高' },
  medium: { en: 'medium', 'zh-CN': '中' },
  low: { en: 'low', 'zh-CN': '低' },
} as const;

/** "revenue=1200; target=1500": the figures that are set, by a loop rather than entries, filter and map per alert. */
function figuresText(figures: Alert['figures']): string {
  let text = '';
  for (const key in figures) {
    const value = figures[key];
    if (value === null || !Object.hasOwn(figures, key)) continue;
    const part = `${key}=${value}`;
    text = text === '' ? part : `${text}; ${part}`;
  }
  return text;
}

export function alertsTab(
  alerts: readonly Alert[],
  names: ReadonlyMap<string, string>,
  locale: Locale,
): OutputTab {
  return layoutTab(
    spec,
    {
      alerts: sortAlerts(alerts).map((a) => ({
        severity: SEVERITY[a.severity][locale],
        rule: a.rule,
        rep_id: a.rep_id,
        name: a.rep_id ? names.get(a.rep_id) : null,
        period: a.period,
        message: a.message[locale],
        figures: figuresText(a.figures),
      })),
    },
    locale,
  );
}
