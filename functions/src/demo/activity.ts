/**
 * The whole activity log: two years of ordinary business, then the launch quarter and its events,
 * ordered by day, with customer ids and deal refs numbered over all of it.
 */
import { launchEvents } from './events.js';
import type { Forms } from './form.js';
import { historyActivity } from './history.js';
import { launchActivity } from './launch.js';
import { Log, type Entry } from './log.js';
import type { DemoRep } from './people.js';

/** The activity log's entries in sheet order. */
export function demoActivity(reps: readonly DemoRep[], forms: Forms): Entry[] {
  const log = new Log();
  const history = historyActivity(reps, forms, log);
  const launch = launchActivity(reps, history.deals, log);
  launchEvents(reps, log);

  const customers = [...history.customers, ...launch.customers];
  customers.sort((a, b) => a.lead.localeCompare(b.lead) || a.key.localeCompare(b.key));
  customers.forEach((c, i) => (c.id = `C${String(i + 1).padStart(5, '0')}`));
  const deals = [...history.deals, ...launch.deals];
  deals.sort((a, b) => a.date.localeCompare(b.date) || a.customer.id.localeCompare(b.customer.id));
  deals.forEach((deal, i) => (deal.ref = `D${String(i + 1).padStart(5, '0')}`));
  return log.ordered();
}
