/**
 * Pay inquiries in a run (SPEC section 11): the alert of an open inquiry past its answer limit, the
 * alert of a resolved one whose pay change cannot be paid for want of its day, and the reason an
 * answered one carries onto the statement.
 *
 * @example
 * // S203 asked on Wednesday 2026-05-06 about the April bonus, still open as of Friday 2026-05-15
 * // (the make-up Saturday 05-09 counted):
 * // { severity: 'medium', rule: 'inquiry_overdue', rep_id: 'S203', period: '2026-04',
 * //   figures: { raised_on: '2026-05-06', line: 'performance bonus', answer_due: '2026-05-12',
 * //              age_working_days: 8, working_days_overdue: 3, row: 3 }, … }
 */
import type { Day } from '../domain/days.js';
import type { InquiryRecord } from '../domain/inquiries/inquiry-adjustment.js';
import type { InquiryAge } from '../domain/inquiries/inquiry-age.js';
import { roundHalfUp } from '../domain/money.js';
import type { Locale } from '../workbook/messages.js';
import type { Alert } from './alerts.js';
import { workingDaysEn } from './appraisal-alerts.js';

/** What the inquiry is about: its line and period, e.g. `commission 2026-03` / `2026-03 提成`. */
function subject(inquiry: InquiryRecord, locale: Locale): string {
  if (locale === 'zh-CN') return `${inquiry.period} ${inquiry.line ?? '薪酬'}`;
  return `${inquiry.line ?? 'pay'} ${inquiry.period}`;
}

/** The reason of the statement line of an answered inquiry, naming it. */
export function inquiryReason(inquiry: InquiryRecord, locale: Locale): string {
  const text = inquiry.text ? `${locale === 'zh-CN' ? '：' : ': '}${inquiry.text}` : '';
  return locale === 'zh-CN'
    ? `薪酬异议（${inquiry.day} 提出，${subject(inquiry, locale)}）${text}`
    : `inquiry of ${inquiry.day} on ${subject(inquiry, locale)}${text}`;
}

/** An open inquiry past its limit, or a resolved one with a pay change and no day: its alert. */
export function inquiryAlert(
  inquiry: InquiryRecord,
  age: InquiryAge,
  rep: string,
  limit: number,
  asOf: Day,
): Alert | undefined {
  const { en, zh } = { en: subject(inquiry, 'en'), zh: subject(inquiry, 'zh-CN') };
  const base = { rep_id: inquiry.rep, period: inquiry.period };
  if (age.open && age.workingDaysOverdue > 0) {
    const n = age.workingDaysOverdue;
    return {
      ...base,
      severity: 'medium',
      rule: 'inquiry_overdue',
      figures: {
        raised_on: inquiry.day,
        line: inquiry.line ?? null,
        answer_due: age.answerDue,
        age_working_days: age.ageWorkingDays,
        working_days_overdue: n,
        row: inquiry.row,
      },
      message: {
        en: `The pay inquiry of ${rep} raised on ${inquiry.day} about ${en} is still open after ${workingDaysEn(age.ageWorkingDays ?? 0)}: it was due an answer by ${age.answerDue} (${limit} working days), ${workingDaysEn(n)} overdue as of ${asOf}.`,
        'zh-CN': `${rep} 于 ${inquiry.day} 提出的薪酬异议（${zh}）已${age.ageWorkingDays ?? 0}个工作日未处理：应于 ${age.answerDue} 前答复（${limit}个工作日），截至 ${asOf} 已逾期${n}个工作日。`,
      },
    };
  }
  if (!age.open && age.resolvedOn === null && inquiry.amount !== undefined && !inquiry.amount.isZero()) {
    const amount = roundHalfUp(inquiry.amount).toFixed(2);
    return {
      ...base,
      severity: 'low',
      rule: 'inquiry_resolved_undated',
      figures: { raised_on: inquiry.day, line: inquiry.line ?? null, amount, row: inquiry.row },
      message: {
        en: `The pay inquiry of ${rep} raised on ${inquiry.day} about ${en} is marked resolved with a pay change of ${amount} but without the day it was resolved: the change is paid once that day is filled in.`,
        'zh-CN': `${rep} 于 ${inquiry.day} 提出的薪酬异议（${zh}）已标记为解决，调整金额 ${amount}，但未填写解决日期：填写后才会计入薪酬。`,
      },
    };
  }
  return undefined;
}
