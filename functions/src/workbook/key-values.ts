/**
 * Key-value tabs (Settings, Campaign): each key read by its declared type. A refused or unknown key is
 * a Data Issue; a Settings key that is missing or refused takes its default.
 */
import type { KeySpec } from '../../../sheets-templates/define.js';
import { settingKeys } from '../../../sheets-templates/index.js';
import { isTimeZone } from '../domain/days.js';
import { readCell } from './cells.js';
import type { DataIssue } from './issues.js';
import type { Locale } from './messages.js';
import { normaliseName } from './names.js';
import type { ValueOf } from './read-tab.js';

interface KeyValueRow {
  readonly key: string;
  readonly value: string | undefined;
  readonly row: number;
}

type SettingSpec = (typeof settingKeys)[number];

/** Every setting, its default applied: `settings.funnel_rounding`, `settings.timezone`, … */
export type Settings = {
  readonly [K in SettingSpec as K['key']]: K extends { default: string }
    ? ValueOf<K['type']>
    : ValueOf<K['type']> | undefined;
} & { readonly locale: Locale };

export interface KeyValues {
  values: Map<string, unknown>;
  /** Sheet row of each key read. */
  rows: Map<string, number>;
  issues: DataIssue[];
  /** Rows used and skipped, for the run's counts. */
  used: number;
  skipped: number;
}

/** Extra checks a type cannot express. */
function refuse(spec: KeySpec, value: unknown): boolean {
  if (spec.key === 'timezone') return typeof value !== 'string' || !isTimeZone(value);
  if (spec.key === 'week_starts_on') return typeof value !== 'number' || value < 1 || value > 7;
  return false;
}

/** Reads the rows of a key-value tab against its keys. Duplicated keys are handled by the tab's key. */
export function readKeyValues(
  tab: string,
  keys: readonly KeySpec[],
  rows: readonly KeyValueRow[],
): KeyValues {
  const byName = new Map<string, KeySpec>();
  for (const k of keys) {
    byName.set(normaliseName(k.key), k);
    byName.set(normaliseName(k.zh), k);
  }
  const out: KeyValues = { values: new Map(), rows: new Map(), issues: [], used: 0, skipped: 0 };
  for (const r of rows) {
    const spec = byName.get(normaliseName(r.key));
    const at = { tab, row: r.row, column: 'value' as string | null };
    if (!spec) {
      out.issues.push({ ...at, column: 'key', value: r.key, code: 'unknown_setting', action: 'skipped_row' });
      out.skipped += 1;
      continue;
    }
    if (r.value === undefined) {
      // A key left without a value is not set: a setting keeps its default, a campaign key is missing.
      out.used += 1;
      continue;
    }
    const result = readCell(r.value, {
      id: spec.key,
      zh: spec.zh,
      type: spec.type,
      ...(spec.values ? { values: spec.values } : {}),
    });
    if (!result.ok || result.value === undefined || refuse(spec, result.value)) {
      const hasDefault = 'default' in spec && spec.default !== undefined;
      out.issues.push({
        ...at,
        value: r.value,
        code: 'bad_setting',
        action: hasDefault ? 'used_default' : 'skipped_row',
        params: { key: spec.key, default: spec.default ?? '—' },
      });
      // A row whose default stands in is used (as for any cell read as its default); else it is skipped.
      if (hasDefault) out.used += 1;
      else out.skipped += 1;
      continue;
    }
    out.values.set(spec.key, result.value);
    out.rows.set(spec.key, r.row);
    out.used += 1;
  }
  return out;
}

/** Settings with every missing key at its default (SPEC section 2). */
export function settingsOf(read: KeyValues | undefined): Settings {
  const settings: Record<string, unknown> = {};
  for (const spec of settingKeys) {
    const value = read?.values.get(spec.key);
    if (value !== undefined) settings[spec.key] = value;
    else if ('default' in spec) {
      const d = readCell(spec.default, {
        id: spec.key,
        zh: spec.zh,
        type: spec.type,
        ...('values' in spec ? { values: spec.values } : {}),
      });
      if (d.ok) settings[spec.key] = d.value;
    }
  }
  return settings as Settings;
}
