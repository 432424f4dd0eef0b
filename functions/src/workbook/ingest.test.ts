import { describe, expect, test } from 'vitest';
import { ingest, matchTabs } from './ingest.js';
import type { RawTab } from './port.js';

/** A small workbook as a manager types it, with a bad amount, a repeated row and a stray tab. */
function workbook(): RawTab[] {
  return [
    {
      title: 'Settings',
      rows: [
        ['key', 'value'],
        ['locale', 'en'],
      ],
    },
    {
      title: 'Reps',
      rows: [
        ['rep_id', 'name', 'hire_date', 'plan'],
        ['S1', 'Wang Lei', '2025-01-06', 'standard'],
        ['S2', 'Li Na', '2025-03-03', 'standard'],
      ],
    },
    {
      title: 'Activity',
      rows: [
        ['date', 'rep_id', 'type', 'customer_id', 'amount', 'id'],
        ['2026-03-02', 'S1', 'lead', 'C7', null, 'A1'],
        ['2026-03-09', 'S1', 'deal', 'c7', 120000, 'A2'],
        ['2026-03-09', 'S1', 'deal', 'C7', 120000, 'A2'],
        [],
        ['2026-03-10', 'S2', 'deal', 'C8', 'about 50k', 'A3'],
        ['2026-03-11', 'S2', 'visit', 'C8', null, 'A4'],
      ],
    },
    { title: 'Notes', rows: [['call the printer']] },
  ];
}

describe('ingest', () => {
  test('checks a workbook alike when it lets each row go as it reads it, and leaves the rows read empty', () => {
    const kept = ingest(workbook());
    const tabs = workbook();
    const consumed = ingest(tabs, { consume: true });
    // The same rows, issues (the bad amount named by its cell), counts and hashes
    expect(consumed).toEqual(kept);
    expect(consumed.issues.map((i) => `${i.tab}!${i.cell ?? `row ${i.row}`} ${i.code}`)).toEqual([
      'Notes!row null unknown_tab',
      'Activity!E6 not_a_number',
      'Activity!row 4 duplicate_key',
    ]);
    expect(consumed.inputs.activity.map((a) => a.row)).toEqual([2, 3, 7]);
    // The Activity tab keeps its header; every row below it is now empty
    const activity = tabs.find((t) => t.title === 'Activity')!;
    expect(activity.rows[0]).toEqual(['date', 'rep_id', 'type', 'customer_id', 'amount', 'id']);
    expect(activity.rows.slice(1).every((r) => r.length === 0)).toBe(true);
  });

  test('hashes the tabs when it matches them, before any is read: the hashes the check reports', () => {
    const matched = matchTabs(workbook());
    expect(Object.keys(matched.tabHashes)).toEqual(['Settings', 'Reps', 'Activity']);
    expect(ingest(matched, { consume: true }).tabHashes).toEqual(matched.tabHashes);
    expect(ingest(workbook()).tabHashes).toEqual(matched.tabHashes);
  });
});
