/**
 * The appraisal workflow and pay inquiries of a run (SPEC section 11): each round's deadlines and
 * statuses on the workbook's working-day calendar (`Holidays`, `Workdays`), their alerts, the text of
 * the Scorecard's `appraisal` column, the pay lines of answered inquiries, and the JSON of both.
 *
 * Readings: a round is judged for every row of the `Appraisals` tab, whatever its period; a scorecard
 * without an Appraisals row raises nothing and shows an empty `appraisal` cell (most workbooks start
 * the tab long after their first scorecard, and a rep new in the month is often left out of its
 * round on purpose). The appraisal rules are the defaults of SPEC section 11 (no Settings key yet).
 *
 * @example
 * const { alerts, scorecardStatus, inquiryAdjustments } = appraisalResults(inputs, '2026-05-15', 'en');
 * scorecardStatus.get('S105\u00002026-03')
 * //=> 'complete: self-review 1 working day late (due 2026-04-03, done 2026-04-07)'
 */
import type { Decimal } from 'decimal.js';
import {
  appraisalRound,
  DEFAULT_APPRAISAL_RULES,
  type AppraisalRound,
  type AppraisalRules,
} from '../domain/appraisals/appraisal-round.js';
import type { StepJudgement, StepStatus } from '../domain/appraisals/step-status.js';
import { workingCalendar } from '../domain/calendar/working-days.js';
import type { Day } from '../domain/days.js';
import {
  INQUIRIES_TAB,
  inquiryAdjustment,
  type InquiryRecord,
} from '../domain/inquiries/inquiry-adjustment.js';
import { inquiryAge, INQUIRY_ANSWER_DAYS, type InquiryAge } from '../domain/inquiries/inquiry-age.js';
import { roundHalfUp, toReportNumber } from '../domain/money.js';
import { monthOf, type Period } from '../domain/periods.js';
import type { Inputs } from '../workbook/ingest.js';
import type { Locale } from '../workbook/messages.js';
import type { Alert } from './alerts.js';
import { roundAlerts, type RoundPeople } from './appraisal-alerts.js';
import { roundState, roundStatusText, type RoundState } from './appraisal-status-text.js';
import { inquiryAlert, inquiryReason } from './inquiry-alerts.js';

/** The tab an inquiry's pay line names as its source (`Inquiries <row>`). */
export { INQUIRIES_TAB };

export interface AppraisalStepJson {
  deadline: Day | null;
  day: Day | null;
  status: StepStatus;
  working_days_late: number;
}

export interface AppraisalJson {
  period: Period;
  rep_id: string;
  row: number;
  period_end: Day;
  status: RoundState;
  self_review: AppraisalStepJson;
  manager_review: AppraisalStepJson;
  one_on_one: AppraisalStepJson & { minutes: number | null; short: boolean };
  appeal: AppraisalStepJson;
  appeal_answer: AppraisalStepJson & { outcome: string | null };
}

export interface InquiryJson {
  row: number;
  date: Day;
  rep_id: string;
  period: Period;
  line: string | null;
  status: 'open' | 'resolved';
  /** Still open as of `as_of` (a resolved day after `as_of` is not known yet). */
  open: boolean;
  resolved: Day | null;
  age_working_days: number | null;
  answer_due: Day;
  working_days_overdue: number;
  amount: number | null;
  /** The month whose statement carries the pay change, when there is one. */
  paid_in: Period | null;
}

/** An answered inquiry's pay line, shaped like an `AdjustmentRecord` of the statements. */
export interface InquiryAdjustment {
  day: Day;
  rep: string;
  amount: Decimal;
  reason: string;
  row: number;
  /** Always `Inquiries`: the statement line's source is `Inquiries <row>`. */
  tab: string;
}

export interface AppraisalResults {
  alerts: Alert[];
  /** Text of the Scorecard's `appraisal` column, in the locale, by `${rep_id}\u0000${period}`. */
  scorecardStatus: Map<string, string>;
  inquiryAdjustments: InquiryAdjustment[];
  json: { appraisals: AppraisalJson[]; inquiries: InquiryJson[] };
}

const stepJson = (s: StepJudgement): AppraisalStepJson => ({
  deadline: s.deadline,
  day: s.day,
  status: s.status,
  working_days_late: s.workingDaysLate,
});

export function appraisalJson(round: AppraisalRound): AppraisalJson {
  const { steps } = round;
  return {
    period: round.period,
    rep_id: round.rep,
    row: round.row,
    period_end: round.periodEnd,
    status: roundState(round),
    self_review: stepJson(steps.self_review),
    manager_review: stepJson(steps.manager_review),
    one_on_one: { ...stepJson(steps.one_on_one), minutes: round.oneOnOneMinutes, short: round.short },
    appeal: stepJson(steps.appeal),
    appeal_answer: { ...stepJson(steps.appeal_answer), outcome: round.appealOutcome },
  };
}

function inquiryJson(inquiry: InquiryRecord, age: InquiryAge, paid: boolean): InquiryJson {
  return {
    row: inquiry.row,
    date: inquiry.day,
    rep_id: inquiry.rep,
    period: inquiry.period,
    line: inquiry.line ?? null,
    status: inquiry.status,
    open: age.open,
    resolved: inquiry.resolved ?? null,
    age_working_days: age.ageWorkingDays,
    answer_due: age.answerDue,
    working_days_overdue: age.workingDaysOverdue,
    amount: inquiry.amount ? toReportNumber(roundHalfUp(inquiry.amount)) : null,
    paid_in: paid && age.resolvedOn !== null ? monthOf(age.resolvedOn) : null,
  };
}

/** Rounds, inquiries and their alerts as of `asOf`; `locale` picks the Scorecard text's language. */
export function appraisalResults(
  inputs: Inputs,
  asOf: Day,
  locale: Locale,
  rules: AppraisalRules = DEFAULT_APPRAISAL_RULES,
): AppraisalResults {
  const calendar = workingCalendar(
    inputs.holidays.map((h) => h.date),
    inputs.workdays.map((w) => w.date),
  );
  const reps = new Map(inputs.reps.map((r) => [r.rep_id.toLowerCase(), r]));
  const canonical = (id: string) => reps.get(id.toLowerCase())?.rep_id ?? id;
  const label = (id: string) => {
    const rep = reps.get(id.toLowerCase());
    return rep ? `${rep.rep_id} ${rep.name}` : id;
  };

  const alerts: Alert[] = [];
  const scorecardStatus = new Map<string, string>();
  const appraisals: AppraisalJson[] = [];
  for (const a of inputs.appraisals) {
    const rep = canonical(a.rep_id);
    const round = appraisalRound(
      {
        period: a.period,
        rep,
        selfSubmitted: a.self_submitted,
        managerReviewed: a.manager_reviewed,
        oneOnOne: a.one_on_one,
        oneOnOneMinutes: a.one_on_one_minutes,
        appealFiled: a.appeal_filed,
        appealResolved: a.appeal_resolved,
        appealOutcome: a.appeal_outcome,
        row: a.row,
      },
      calendar,
      asOf,
      rules,
    );
    const managerId = reps.get(rep.toLowerCase())?.manager_id ?? null;
    const people: RoundPeople = {
      rep: label(rep),
      manager: managerId ? label(managerId) : null,
      managerId: managerId ? canonical(managerId) : null,
    };
    alerts.push(...roundAlerts(round, people, asOf, rules.oneOnOneMinutes));
    scorecardStatus.set(`${rep}\u0000${round.period}`, roundStatusText(round, locale, rules.oneOnOneMinutes));
    appraisals.push(appraisalJson(round));
  }

  const inquiryAdjustments: InquiryAdjustment[] = [];
  const inquiries: InquiryJson[] = [];
  for (const q of inputs.inquiries) {
    const inquiry: InquiryRecord = {
      day: q.date,
      rep: canonical(q.rep_id),
      period: q.period,
      line: q.line,
      text: q.text,
      status: q.status === 'resolved' ? 'resolved' : 'open',
      resolved: q.resolved,
      amount: q.amount,
      row: q.row,
    };
    const age = inquiryAge(calendar, inquiry, asOf);
    const alert = inquiryAlert(inquiry, age, label(inquiry.rep), INQUIRY_ANSWER_DAYS, asOf);
    if (alert) alerts.push(alert);
    const line = inquiryAdjustment(inquiry, asOf, inquiryReason(inquiry, locale));
    if (line) inquiryAdjustments.push({ ...line, tab: INQUIRIES_TAB });
    inquiries.push(inquiryJson(inquiry, age, line !== undefined));
  }

  return { alerts, scorecardStatus, inquiryAdjustments, json: { appraisals, inquiries } };
}
