/**
 * A channel's status (SPEC sections 6 and 13): on track at 100% or more of its target to date, at
 * risk from 85%, off track below; a target to date of 0 is on track.
 *
 * @example
 * gapStatus(new Dec(90), new Dec(100)) //=> 'at_risk'
 * gapStatus(new Dec(0), new Dec(0)) //=> 'on_track'
 */
import type { Decimal } from 'decimal.js';
import { Dec } from '../money.js';

export type GapStatus = 'on_track' | 'at_risk' | 'off_track';

const AT_RISK_FROM = new Dec('0.85');

export function gapStatus(actual: Decimal, targetToDate: Decimal): GapStatus {
  if (targetToDate.lte(0) || actual.gte(targetToDate)) return 'on_track';
  return actual.gte(targetToDate.mul(AT_RISK_FROM)) ? 'at_risk' : 'off_track';
}
