/**
 * Events of the launch that earn rewards or fines (SPEC section 5): viewing tours and seminars, agency
 * stores and agents signed up, referral visits, and the callers' daily dialling.
 */
import { addDays, isoWeekday, type Day } from '../domain/days.js';
import { AS_OF, LAUNCH_DAY, daysFrom } from './calendar.js';
import { launchDays } from './launch.js';
import type { Log } from './log.js';
import { employedOn, type DemoRep } from './people.js';
import { seedOf, seededRandom, type Random } from './random.js';

/** The Mondays of the weeks the log covers. */
function weekStarts(): Day[] {
  return daysFrom(LAUNCH_DAY, AS_OF).filter((d) => isoWeekday(d) === 1);
}

/** The days of a week a rep worked, up to the as-of day. */
function weekDays(rep: DemoRep, monday: Day, weekdays: readonly number[]): Day[] {
  return weekdays.map((w) => addDays(monday, w - 1)).filter((d) => d <= AS_OF && employedOn(rep, d));
}

function tourGroupSize(rng: Random): number {
  const tier = rng.weighted({ small: 0.55, large: 0.38, huge: 0.07 });
  return tier === 'small' ? rng.int(10, 29) : tier === 'large' ? rng.int(30, 99) : rng.int(100, 120);
}

/** Viewing tours at weekends and seminars on weekdays, organised by the sellers and roadshow teams. */
function toursAndSeminars(rng: Random, rep: DemoRep, log: Log): void {
  if (rep.role !== 'sales' && rep.channel !== 'community_roadshow') return;
  for (const monday of weekStarts()) {
    const weekend = weekDays(rep, monday, [6, 7]);
    if (weekend.length > 0 && rng.chance(0.22 * Math.sqrt(rep.quality))) {
      log.add({
        date: rng.pick(weekend),
        rep,
        type: 'tour_group',
        channel: rep.channel,
        quantity: tourGroupSize(rng),
      });
    }
    const midweek = weekDays(rep, monday, [2, 3, 4]);
    if (rep.channel === 'key_accounts' && midweek.length > 0 && rng.chance(0.15)) {
      log.add({
        date: rng.pick(midweek),
        rep,
        type: 'seminar',
        channel: rep.channel,
        quantity: rng.int(50, 100),
      });
    }
  }
}

/** Resale-agency sellers sign up agency stores (5 a week) and agents (25 a week), some weeks short. */
function agencyWork(rng: Random, rep: DemoRep, log: Log): void {
  if (rep.channel !== 'resale_agency') return;
  for (const monday of weekStarts()) {
    const days = weekDays(rep, monday, [1, 2, 3, 4, 5]);
    if (days.length === 0) continue;
    const stores = Math.max(2, Math.round(5 * Math.sqrt(rep.quality) + rng.between(-1.4, 1)));
    const agents = Math.max(12, Math.round(25 * rep.quality ** 0.3 + rng.between(-6, 4)));
    for (let i = 0; i < stores; i++)
      log.add({ date: rng.pick(days), rep, type: 'agency_store', channel: rep.channel, quantity: 1 });
    for (let i = 0; i < agents; i++)
      log.add({ date: rng.pick(days), rep, type: 'agent_added', channel: rep.channel, quantity: 1 });
  }
}

/** Friends that past buyers bring to the showroom (old-brings-new). */
function referralVisits(rng: Random, rep: DemoRep, log: Log): void {
  if (rep.role !== 'sales') return;
  for (const monday of weekStarts()) {
    const days = weekDays(rep, monday, [1, 2, 3, 4, 5, 6, 7]);
    if (days.length > 0 && rng.chance(0.25)) {
      log.add({ date: rng.pick(days), rep, type: 'referral_visit', channel: rep.channel, quantity: 1 });
    }
  }
}

/** A caller logs the day's dialled calls as one row (about 200 a day, fewer on Saturdays). */
function callerDays(rng: Random, rep: DemoRep, log: Log): void {
  if (rep.role !== 'caller') return;
  for (const day of launchDays(rep)) {
    const weekday = isoWeekday(day);
    if (weekday === 7) continue;
    const calls = rng.int(150, 215) * (weekday === 6 ? 0.5 : 1) * Math.min(1, Math.sqrt(rep.quality));
    log.add({ date: day, rep, type: 'call', channel: rep.channel, quantity: Math.round(calls) });
  }
}

/** Every rep's events of the launch, written to the log. */
export function launchEvents(reps: readonly DemoRep[], log: Log): void {
  for (const rep of reps.filter((r) => r.role !== 'manager')) {
    const rng = seededRandom(seedOf(`events ${rep.id}`));
    toursAndSeminars(rng, rep, log);
    agencyWork(rng, rep, log);
    referralVisits(rng, rep, log);
    callerDays(rng, rep, log);
  }
}
