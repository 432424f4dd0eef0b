/**
 * A channel's visit target for each calendar day (SPEC section 6): a week's target is 7 × the daily
 * target, of which the weekday part falls evenly on Monday–Friday and the weekend part on Saturday and
 * Sunday. The parts are the channel plan's whole-visit split (weekday_share and weekend_share of the
 * week, as the Funnel Plan tab shows them), so a full week always adds up to 7 × daily.
 *
 * @example
 * // The source: 11 a day → 77 a week → 46 on weekdays (9.2 a day), 31 at weekends (15.5 a day).
 * targetBetween({ weekdays: 46, weekend: 31 }, '2026-05-11', '2026-05-13') //=> 27.6 (Monday to Wednesday)
 * targetBetween({ weekdays: 46, weekend: 31 }, '2026-05-11', '2026-05-17') //=> 77 (Monday to Sunday)
 */
import type { Decimal } from 'decimal.js';
import { addDays, isWeekend, type Day } from '../days.js';
import { Dec, ZERO } from '../money.js';

/** What a channel's week asks of its five weekdays together and of its weekend together. */
export interface WeekPlan {
  readonly weekdays: Decimal;
  readonly weekend: Decimal;
}

const FIVE = new Dec(5);
const TWO = new Dec(2);

/** A channel with no target asks nothing of any day. */
export const NO_TARGET: WeekPlan = { weekdays: ZERO, weekend: ZERO };

/** The target of each of Monday–Friday. */
export const weekdayTarget = (week: WeekPlan): Decimal => week.weekdays.div(FIVE);

/** The target of Saturday and of Sunday. */
export const weekendDayTarget = (week: WeekPlan): Decimal => week.weekend.div(TWO);

/** The target of one calendar day. */
export function dayTarget(week: WeekPlan, day: Day): Decimal {
  return isWeekend(day) ? weekendDayTarget(week) : weekdayTarget(week);
}

/** The target of the days `first` … `last`, both included; 0 when `last` is before `first`. */
export function targetBetween(week: WeekPlan, first: Day, last: Day): Decimal {
  let total = ZERO;
  for (let day = first; day <= last; day = addDays(day, 1)) total = total.add(dayTarget(week, day));
  return total;
}
