/**
 * Data issues: every cell the engine could not use, with a reason code, where it is, and what the
 * engine did about it. Sentences for people live in `messages.ts`, in English and Chinese.
 */
import type { CellCode } from './cells.js';

export type IssueCode =
  | CellCode
  | 'required_missing'
  | 'missing_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'mixed_header_languages'
  | 'unknown_tab'
  | 'duplicate_tab'
  | 'duplicate_key'
  | 'unknown_rep'
  | 'unknown_manager'
  | 'unknown_mentor'
  | 'unknown_plan'
  | 'unknown_channel'
  | 'unknown_phase'
  | 'unknown_type'
  | 'unknown_setting'
  | 'bad_setting'
  | 'missing_campaign_key'
  | 'leave_before_hire'
  | 'target_without_owner'
  | 'target_with_two_owners'
  | 'tiers_out_of_order'
  | 'missing_amount'
  | 'negative_amount'
  | 'negative_quantity'
  | 'score_out_of_range'
  | 'rule_incomplete'
  | 'phase_ends_before_start'
  | 'phase_shares_not_100'
  | 'week_shares_not_100'
  | 'weights_not_100'
  | 'unknown_kpi'
  | 'wrong_kpi_group'
  | 'floor_above_cap'
  | 'overlapping_grades'
  | 'grades_out_of_order'
  | 'no_grades'
  | 'plan_missing_rate'
  | 'plan_missing_draw_kind'
  | 'split_not_100'
  | 'holiday_and_workday'
  | 'more_issues';

export type IssueAction =
  | 'skipped_row' // the row is not used
  | 'kept_blank' // the row is used as if the cell were empty
  | 'used_default' // a default value replaced the cell
  | 'clamped' // the value was brought into its range
  | 'accepted' // read as it is; worth a look
  | 'ignored_column'
  | 'ignored_tab'
  | 'skipped_tab' // the tab cannot be read: all its rows are skipped
  | 'stopped_run'; // a rule table cannot work: the run stopped and wrote nothing

/** Values a message may quote. */
export type IssueParams = Readonly<Record<string, string | number>>;

export interface DataIssue {
  /** English id of the tab (or the title as found, for an unknown tab). */
  tab: string;
  /** 1-based sheet row; null when the issue concerns the whole tab. */
  row: number | null;
  /** English id of the column (or the header as found); null for a whole row or tab. */
  column: string | null;
  /** A1 reference of the cell or range, for messages. */
  cell?: string;
  /** The cell as the user sees it. */
  value: string;
  code: IssueCode;
  action: IssueAction;
  params?: IssueParams;
}

/** A rule table that cannot work: the run stops and leaves the previous outputs in place. */
export class RuleTableError extends Error {
  constructor(
    readonly issues: readonly DataIssue[],
    message: string,
  ) {
    super(message);
    this.name = 'RuleTableError';
  }
}

/**
 * Issues listed of one kind (tab, column, reason and action); past it the rest of the kind are one
 * issue (`more_issues`) with their count, right after the last one listed. A log whose every row has
 * the same fault (its reps' tab emptied by mistake) would otherwise list a million rows: more than a
 * run's memory holds as sentences and tab rows, and more cells than a Google spreadsheet may have.
 */
export const ISSUES_LISTED_PER_KIND = 1000;

/** The issues as listed: each kind's first `perKind`, then one `more_issues` with the count of the rest. */
export function listIssues(issues: readonly DataIssue[], perKind = ISSUES_LISTED_PER_KIND): DataIssue[] {
  const seen = new Map<string, number>();
  const more = new Map<string, { issue: DataIssue; reason: IssueCode; count: number }>();
  const out: DataIssue[] = [];
  for (const issue of issues) {
    const kind = `${issue.tab}\u0000${issue.column ?? ''}\u0000${issue.code}\u0000${issue.action}`;
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    if (n <= perKind) {
      out.push(issue);
      continue;
    }
    let rest = more.get(kind);
    if (rest === undefined) {
      const { tab, column, action } = issue;
      rest = {
        issue: { tab, row: null, column, value: '', code: 'more_issues', action },
        reason: issue.code,
        count: 0,
      };
      more.set(kind, rest);
      out.push(rest.issue);
    }
    rest.count += 1;
  }
  for (const { issue, reason, count } of more.values()) {
    issue.value = String(count);
    issue.params = { count, listed: perKind, reason };
  }
  return out;
}
