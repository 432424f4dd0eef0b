/**
 * Leads per person per day (SPEC section 6): the channel's lead rows in the phase to date ÷ its
 * headcount ÷ the days elapsed, to set against the channel's `daily_leads_per_person`.
 *
 * @example
 * // Mall expo: 24 people, 8,640 leads over the first 12 days of the phase:
 * leadsPerPersonDay(8640, 24, 12) //=> 30 (against a plan of 50)
 */
import type { Decimal } from 'decimal.js';
import { Dec } from '../money.js';

/** Null when nobody works the channel or no day has passed. */
export function leadsPerPersonDay(leads: number, headcount: number, elapsedDays: number): Decimal | null {
  if (headcount <= 0 || elapsedDays <= 0) return null;
  return new Dec(leads).div(headcount).div(elapsedDays);
}
