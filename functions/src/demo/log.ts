/**
 * The activity log being written: customers, deals and the entries that become Activity rows.
 */
import type { Day } from '../domain/days.js';
import type { TemplateRow } from '../template/template.js';
import { AS_OF } from './calendar.js';
import type { ChannelId, Grade } from './campaign.js';
import type { DemoRep } from './people.js';
import { compact } from './rows.js';

export interface Customer {
  id: string;
  /** A key of its own (the source rep and a count), which seeds the customer's journey. */
  readonly key: string;
  readonly source: DemoRep;
  /** The seller who takes the customer from the first visit on. */
  readonly closer: DemoRep;
  readonly channel: ChannelId;
  readonly grade: Grade;
  readonly lead: Day;
  /** A customer carried over from before the office opened, already close to buying. */
  readonly carried: boolean;
}

export interface Deal {
  ref: string;
  readonly customer: Customer;
  readonly date: Day;
  readonly amount: number;
  readonly due?: Day;
  /** The day the customer subscribed, for a launch deal: the signing follows within three weeks. */
  readonly subscribed?: Day;
  /** Who is credited and with what share; one rep with share 1 when not split. */
  readonly shares: readonly (readonly [DemoRep, number])[];
}

export type ActivityType =
  | 'lead'
  | 'call'
  | 'visit'
  | 'proposal'
  | 'registration'
  | 'subscription'
  | 'deal'
  | 'collection'
  | 'refund'
  | 'tour_group'
  | 'seminar'
  | 'agency_store'
  | 'agent_added'
  | 'referral_visit';

/** Same-day rows are listed in the order a customer goes through them. */
const TYPE_ORDER: readonly ActivityType[] = [
  'lead',
  'call',
  'visit',
  'proposal',
  'registration',
  'subscription',
  'deal',
  'collection',
  'refund',
  'tour_group',
  'seminar',
  'agency_store',
  'agent_added',
  'referral_visit',
];

export interface Entry {
  readonly date: Day;
  readonly rep: DemoRep;
  readonly type: ActivityType;
  readonly channel?: ChannelId;
  readonly customer?: Customer;
  readonly grade?: Grade;
  readonly amount?: number;
  readonly quantity?: number;
  readonly share?: number;
  readonly deal?: Deal;
  readonly due?: Day;
}

/** The activity log being written: entries after the as-of day are never written. */
export class Log {
  readonly entries: Entry[] = [];

  add(entry: Entry): boolean {
    if (entry.date > AS_OF) return false;
    this.entries.push(entry);
    return true;
  }

  /** The entries by day, same-day rows in the order a customer goes through them, then as written. */
  ordered(): Entry[] {
    const order = (e: Entry) => TYPE_ORDER.indexOf(e.type);
    return this.entries
      .map((entry, seq) => ({ entry, seq }))
      .sort(
        (a, b) =>
          a.entry.date.localeCompare(b.entry.date) || order(a.entry) - order(b.entry) || a.seq - b.seq,
      )
      .map(({ entry }) => entry);
  }
}

/** One deal row per credited rep, each with the whole amount and, when split, its share. */
export function dealEntries(deal: Deal, log: Log): void {
  for (const [rep, share] of deal.shares) {
    const split = deal.shares.length > 1 ? { share } : {};
    const due = deal.due ? { due: deal.due } : {};
    log.add({
      date: deal.date,
      rep,
      type: 'deal',
      customer: deal.customer,
      amount: deal.amount,
      deal,
      ...split,
      ...due,
    });
  }
}

export function activityRow(entry: Entry, index: number): TemplateRow {
  return compact({
    date: entry.date,
    rep_id: entry.rep.id,
    type: entry.type,
    channel: entry.channel,
    customer_id: entry.customer?.id,
    lead_grade: entry.grade,
    amount: entry.amount,
    quantity: entry.quantity,
    share: entry.share,
    ref: entry.deal?.ref,
    due_date: entry.due,
    id: `A${String(index + 1).padStart(6, '0')}`,
  });
}
