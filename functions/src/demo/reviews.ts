/**
 * The managers' monthly reviews (customer satisfaction, compliance, teamwork, learning, 0–100), for every
 * month a rep is on targets from 2024-01 through April 2026: May's are written at the end of May, so
 * the month in progress is scored on its figures alone. Managers are reviewed by the sales director.
 */
import type { Period } from '../domain/periods.js';
import type { TemplateRow } from '../template/template.js';
import { HISTORY_START, monthEnd, monthStart, monthsFrom } from './calendar.js';
import { formIn, type Forms } from './form.js';
import { daysEmployed, type DemoRep } from './people.js';
import { seedOf, seededRandom } from './random.js';
import { planStart } from './targets.js';

/** The last month reviewed by the as-of day. */
const LAST_REVIEWED: Period = '2026-04';
/** Managers are judged on their reviews alone (their teams' figures feed the team views). */
const MANAGER_REVIEW = 90;

/** Every rep's monthly review: around the centre their form gives, managers around 90. */
export function demoReviews(reps: readonly DemoRep[], forms: Forms): TemplateRow[] {
  return reps.flatMap((rep) => {
    const rng = seededRandom(seedOf(`reviews ${rep.id}`));
    const score = (centre: number, spread: number) =>
      Math.min(100, Math.max(50, Math.round(centre + rng.between(-spread, spread))));
    return monthsFrom(HISTORY_START.slice(0, 7), LAST_REVIEWED)
      .filter((m) => daysEmployed(rep, monthStart(m), monthEnd(m)) > 0 && monthEnd(m) >= planStart(rep))
      .map((period) => {
        if (rep.role === 'manager') {
          return {
            period,
            rep_id: rep.id,
            customer_satisfaction: score(MANAGER_REVIEW, 4),
            compliance: score(MANAGER_REVIEW + 2, 4),
            teamwork: score(MANAGER_REVIEW + 1, 4),
            learning: score(MANAGER_REVIEW - 2, 4),
          };
        }
        const form = formIn(forms, rep, period);
        return {
          period,
          rep_id: rep.id,
          customer_satisfaction: score(form.review, 6),
          compliance: score(form.review + 4, 5),
          teamwork: score(form.teamwork, 4),
          learning: score(form.review - 2, 6),
        };
      });
  });
}
