import { describe, expect, it } from 'vitest';
import { listIssues, type DataIssue } from './issues.js';

const issue = (row: number, column: string, code: DataIssue['code']): DataIssue => ({
  tab: 'Activity',
  row,
  column,
  value: `v${row}`,
  code,
  action: 'skipped_row',
});

describe('listIssues', () => {
  it('keeps each kind’s first issues in order and counts the rest of each kind in one issue after them', () => {
    const issues = [
      issue(2, 'rep_id', 'unknown_rep'),
      issue(3, 'date', 'not_a_date'),
      issue(4, 'rep_id', 'unknown_rep'),
      issue(5, 'rep_id', 'unknown_rep'),
      issue(6, 'date', 'not_a_date'),
      issue(7, 'rep_id', 'unknown_rep'),
      issue(8, 'due_date', 'not_a_date'),
    ];
    expect(listIssues(issues, 2).map((i) => `${i.row ?? '-'} ${i.column} ${i.code} ${i.value}`)).toEqual([
      '2 rep_id unknown_rep v2',
      '3 date not_a_date v3',
      '4 rep_id unknown_rep v4',
      '- rep_id more_issues 2',
      '6 date not_a_date v6',
      '8 due_date not_a_date v8',
    ]);
    expect(listIssues(issues, 2)[3]?.params).toEqual({ count: 2, listed: 2, reason: 'unknown_rep' });
  });

  it('lists every issue when no kind passes the bound', () => {
    const issues = [issue(2, 'rep_id', 'unknown_rep'), issue(3, 'rep_id', 'unknown_rep')];
    expect(listIssues(issues)).toEqual(issues);
  });
});
