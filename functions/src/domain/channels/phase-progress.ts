/**
 * Where a phase stands as of a day (SPEC sections 6 and 13): "to date" runs from the phase's first
 * day through as_of, both included; the remaining days follow as_of to the phase's last day.
 *
 * @example
 * // Registration phase 2026-03-24 … 2026-06-08 (77 days), as of Friday 2026-05-15:
 * phaseProgress(registration, '2026-05-15')
 * //=> { state: 'in_progress', toDate: { first: '2026-03-24', last: '2026-05-15' }, elapsedDays: 53,
 * //     remaining: { first: '2026-05-16', last: '2026-06-08' }, remainingDays: 24, phaseDays: 77 }
 */
import { addDays, daysInclusive, type Day } from '../days.js';
import type { PhaseSpan } from '../rewards/records.js';
import type { Window } from '../rewards/windows.js';

export interface PhaseProgress {
  readonly state: 'upcoming' | 'in_progress' | 'ended';
  /** The days counted to date; null before the phase starts. */
  readonly toDate: Window | null;
  readonly elapsedDays: number;
  /** The days still to come; null once the phase has ended. */
  readonly remaining: Window | null;
  readonly remainingDays: number;
  readonly phaseDays: number;
}

export function phaseProgress(phase: PhaseSpan, asOf: Day): PhaseProgress {
  const phaseDays = daysInclusive(phase.start, phase.end);
  if (asOf < phase.start) {
    return {
      state: 'upcoming',
      toDate: null,
      elapsedDays: 0,
      remaining: { first: phase.start, last: phase.end },
      remainingDays: phaseDays,
      phaseDays,
    };
  }
  if (asOf >= phase.end) {
    return {
      state: 'ended',
      toDate: { first: phase.start, last: phase.end },
      elapsedDays: phaseDays,
      remaining: null,
      remainingDays: 0,
      phaseDays,
    };
  }
  const elapsedDays = daysInclusive(phase.start, asOf);
  return {
    state: 'in_progress',
    toDate: { first: phase.start, last: asOf },
    elapsedDays,
    remaining: { first: addDays(asOf, 1), last: phase.end },
    remainingDays: phaseDays - elapsedDays,
    phaseDays,
  };
}
