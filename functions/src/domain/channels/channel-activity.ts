/**
 * The activity log as the channel views read it (SPEC sections 6 and 13): each row of a funnel stage
 * (visit, lead, registration, subscription, deal) dated on or before as_of with its type, quantity,
 * and two channels:
 * - `channel`, the channel the row counts for: its own, else its rep's (how visits and leads count);
 * - `customerChannel`, for the later stages (registration, subscription, deal), which a seller usually
 *   logs for a customer some channel brought: the row's own channel, else the channel of the
 *   customer's first lead, else the rep's. So a flyer customer's registration counts for flyers, not for
 *   the key-accounts seller who signed it, and conversion rates compare like with like.
 *
 * @example
 * // C00042's first lead came through flyers; key-accounts seller S101 logs the registration:
 * eachChannelRow(log, reps, asOf, visit) // calls visit(row, 'registration', 'key_accounts', 'flyers', S101)
 */
import type { Day } from '../days.js';
import { customerNumbers, type CustomerNumbers } from '../leads/customer-numbers.js';
import { memo } from '../memo.js';
import { idKey, rowChannel, type ActivityFields, type RepFields } from '../rewards/records.js';

/** The stages of the funnel the channel views count; the rest of the log (calls, collections, …) is left out. */
const FUNNEL_TYPES: ReadonlySet<string> = new Set(['visit', 'lead', 'registration', 'subscription', 'deal']);

/**
 * Keys worked out once per distinct id: reps, types and channels repeat on every row, and lower-casing
 * an id with capitals makes a new string each time.
 */
function keys() {
  const key = memo(idKey);
  return { key, keyOf: (id: string | undefined) => (id === undefined ? undefined : key(id)) };
}

/**
 * The channel of each customer's first lead (earliest day, then sheet row), by customer number (the
 * log's numbering, shared with the follow-up and insight views).
 */
function firstLeadChannels(
  activity: readonly ActivityFields[],
  customers: CustomerNumbers,
  reps: ReadonlyMap<string, RepFields>,
  asOf: Day,
): (string | undefined)[] {
  const { key, keyOf } = keys();
  const first: (ActivityFields | undefined)[] = new Array<ActivityFields | undefined>(customers.count).fill(
    undefined,
  );
  for (let at = 0; at < activity.length; at++) {
    const row = activity[at]!;
    const customer = customers.numberOf[at]!;
    if (customer < 0 || row.date > asOf || key(row.type) !== 'lead') continue;
    const seen = first[customer];
    if (!seen || row.date < seen.date || (row.date === seen.date && row.row < seen.row))
      first[customer] = row;
  }
  return first.map((lead) => (lead ? keyOf(rowChannel(lead, reps.get(key(lead.rep_id)))) : undefined));
}

/** What a row's rep gives it, found with one lookup per row: the rep, and the key of the rep's channel. */
interface RepOfRow {
  readonly rep: RepFields | undefined;
  readonly channel: string | undefined;
}

/** A row of the log as the channel views read it: its type (lower case) and channels keyed, its rep. */
export type ChannelRowVisitor = (
  row: ActivityFields,
  type: string,
  channel: string | undefined,
  customerChannel: string | undefined,
  rep: RepFields | undefined,
) => void;

/**
 * Hands each row that the channel views count to `visit`, in log order, with its type in lower case,
 * the keys of its two channels and its rep, without making an object per row (the views add rows up as
 * they come: see `channel-log.ts`).
 */
export function eachChannelRow(
  activity: readonly ActivityFields[],
  reps: ReadonlyMap<string, RepFields>,
  asOf: Day,
  visit: ChannelRowVisitor,
): void {
  const customers = customerNumbers(activity);
  const leadChannel = firstLeadChannels(activity, customers, reps, asOf);
  const { key, keyOf } = keys();
  // Per spelling of a type, of a rep id: one lookup a row for each, rather than a key and then a
  // lookup by the key (a million rows, most of them repeating a few dozen types and reps).
  const funnelType = memo((type: string): string | undefined => {
    const k = key(type);
    return FUNNEL_TYPES.has(k) ? k : undefined;
  });
  const repOf = memo((repId: string): RepOfRow => {
    const rep = reps.get(key(repId));
    return { rep, channel: keyOf(rep?.channel) };
  });
  for (let at = 0; at < activity.length; at++) {
    const row = activity[at]!;
    if (row.date > asOf) continue;
    const type = funnelType(row.type);
    if (type === undefined) continue;
    const { rep, channel: repChannel } = repOf(row.rep_id);
    // The row's own channel, else its rep's (`rowChannel`), keyed.
    const own = keyOf(row.channel);
    const number = customers.numberOf[at]!;
    const customer = number < 0 ? undefined : leadChannel[number];
    visit(row, type, own ?? repChannel, own ?? customer ?? repChannel, rep);
  }
}
