/**
 * What a channel must bring each day from now on (SPEC sections 6 and 13): the remaining target ÷ the
 * remaining calendar days, and the same target spread over the remaining days in the channel's
 * weekday/weekend pattern, so a weekend day asks more than a weekday when the plan does.
 *
 * @example
 * // 200 visits left over Saturday 05-16 … Friday 05-22 (7 days), plan 46 on weekdays / 31 at weekends:
 * requiredDaily(new Dec(200), { weekdays: 46, weekend: 31 }, { first: '2026-05-16', last: '2026-05-22' })
 * //=> { daily: 28.57…, weekday: 23.90… (200 ÷ 77 × 9.2), weekend: 40.25… (200 ÷ 77 × 15.5) }
 */
import type { Decimal } from 'decimal.js';
import { daysInclusive } from '../days.js';
import type { Window } from '../rewards/windows.js';
import { targetBetween, weekdayTarget, weekendDayTarget, type WeekPlan } from './day-target.js';

export interface RequiredDaily {
  readonly daily: Decimal;
  readonly weekday: Decimal;
  readonly weekend: Decimal;
}

/** Null once no day remains. */
export function requiredDaily(
  remainingTarget: Decimal,
  week: WeekPlan,
  remaining: Window | null,
): RequiredDaily | null {
  if (remaining === null) return null;
  const daily = remainingTarget.div(daysInclusive(remaining.first, remaining.last));
  const planned = targetBetween(week, remaining.first, remaining.last);
  // With no pattern to follow (no plan, or nothing left), every day asks the same.
  if (planned.isZero() || remainingTarget.isZero()) return { daily, weekday: daily, weekend: daily };
  const scale = remainingTarget.div(planned);
  return { daily, weekday: scale.mul(weekdayTarget(week)), weekend: scale.mul(weekendDayTarget(week)) };
}
