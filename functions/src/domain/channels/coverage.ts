/**
 * Plan coverage of a phase (SPEC section 6): the channels' daily targets added up against the visits a
 * day the phase requires, the shortfall if any, and the pace so far: every visit of the phase to date
 * (whatever its channel) ÷ the days elapsed.
 *
 * @example
 * // Registration phase needs 78 a day; key accounts (11) and mall expo (8) plan 19:
 * //=> { requiredDaily: 78, plannedDaily: 19, shortfallDaily: 59, coverage: 0.2436…, actualDaily: … }
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import type { PhaseCoverage } from '../funnel/channel-plan.js';
import type { PhaseSpan } from '../rewards/records.js';
import { channelCounts } from './channel-counts.js';
import type { ChannelLog } from './channel-log.js';
import { phaseProgress } from './phase-progress.js';

export interface CoverageToDate extends PhaseCoverage {
  /** Visits a day so far in the phase; null before it starts. */
  readonly actualDaily: Decimal | null;
  readonly actualToDate: Decimal | null;
}

export function coverageToDate(
  coverage: PhaseCoverage,
  phase: PhaseSpan,
  activity: ChannelLog,
  asOf: Day,
): CoverageToDate {
  const progress = phaseProgress(phase, asOf);
  if (progress.toDate === null) return { ...coverage, actualDaily: null, actualToDate: null };
  const visits = channelCounts(activity, undefined, progress.toDate).visits;
  return { ...coverage, actualToDate: visits, actualDaily: visits.div(progress.elapsedDays) };
}
