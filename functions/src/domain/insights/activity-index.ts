/**
 * One pass over the activity log for every insight (SPEC section 12): each customer's first lead, deals
 * (a split deal once, at Σ amount × share), refunds, latest row and A/B script; each rep's leads, net
 * revenue by day and active months; each channel's visits by day. Rows after `as_of` are left out.
 *
 * @example
 * // C1: a lead by S1 on 03-02 (mall_expo), a deal split 60/40 between S1 and S2 on 03-20 (ref D1, 100,000):
 * activityIndex(rows, reps, '2026-05-15').customers.get('c1')
 * //=> { id: 'C1', key: 'c1', firstLead: { day: '2026-03-02', rep: 's1', channel: 'mall_expo' },
 * //     deals: [{ ref: 'd1', day: '2026-03-20', amount: 100000, credits: [{ rep: 's1', share: 0.6 }, { rep: 's2', share: 0.4 }] }], … }
 */
import type { Decimal } from 'decimal.js';
import type { Day } from '../days.js';
import { QuantitySum } from '../channels/quantity-sum.js';
import { customerNumbers, type CustomerNumbers } from '../leads/customer-numbers.js';
import { memo } from '../memo.js';
import { addToSum, credited, Dec, ONE, ZERO } from '../money.js';
import { monthOf, type Period } from '../periods.js';
import { keyOf, type InsightActivity, type InsightRep } from './records.js';

export interface LeadFacts {
  readonly day: Day;
  /** Rep key. */
  readonly rep: string;
  /** Channel key: the row's channel, else the rep's. */
  readonly channel: string | undefined;
  readonly row: number;
}

export interface DealFacts {
  /** The ref key its rows share; undefined for a row without one, a deal of its own. */
  readonly ref: string | undefined;
  /** The earliest day among its rows. */
  day: Day;
  /** Σ amount × share over its rows: a split deal counted once. */
  amount: Decimal;
  /** Rep keys and shares, in row order. */
  readonly credits: { readonly rep: string; readonly share: Decimal }[];
}

export interface CustomerFacts {
  /** The id as first written. */
  readonly id: string;
  /** The customer key: the id in lower case. */
  readonly key: string;
  firstLead: LeadFacts | undefined;
  /** By day once the index is built. */
  deals: readonly DealFacts[];
  /** Refunds at Σ amount × share. */
  refunds: readonly { readonly day: Day; readonly amount: Decimal }[];
  /** Every lead row of the customer, in row order. */
  leads: readonly RepLead[];
  /** The latest day with any row for the customer, and the rep of that row. */
  lastActivity: Day;
  lastRep: string;
  /** The first row carrying a variant: the script the customer was worked with. */
  variant: { readonly key: string; readonly day: Day; readonly row: number } | undefined;
}

/** A lead row with a customer, as its rep logged it. */
export interface RepLead {
  readonly customer: string;
  /** Rep key. */
  readonly rep: string;
  readonly day: Day;
  /** Channel key: the row's channel, else the rep's. */
  readonly channel: string | undefined;
}

export interface ActivityIndex {
  readonly asOf: Day;
  /** The earliest day of the log, if it has a row. */
  readonly firstDay: Day | undefined;
  /** By customer key. */
  readonly customers: ReadonlyMap<string, CustomerFacts>;
  /** The same customers in the same order, as a list: a rule that reads them all makes no iterator garbage. */
  readonly customerList: readonly CustomerFacts[];
  /** By rep key: every lead row with a customer. */
  readonly leads: ReadonlyMap<string, readonly RepLead[]>;
  /** By rep key, then day: deals − refunds, each row at amount × share. */
  readonly revenue: ReadonlyMap<string, ReadonlyMap<Day, Decimal>>;
  /** By rep key: the months the rep logged any row in. */
  readonly activeMonths: ReadonlyMap<string, ReadonlySet<Period>>;
  /** By channel key, then day: Σ quantity of visit rows (the row's channel, else the rep's). */
  readonly visits: ReadonlyMap<string, ReadonlyMap<Day, Decimal>>;
  /** By rep key. */
  readonly reps: ReadonlyMap<string, InsightRep>;
  /** The first spelling of each channel and variant key. */
  readonly channelNames: ReadonlyMap<string, string>;
  readonly variantNames: ReadonlyMap<string, string>;
}

/** Most customers never buy or get a refund: they share one empty list until they do. */
const NONE: readonly never[] = Object.freeze([]);

/** A first item makes a list of just its size: most customers have one lead and one deal at most. */
function push<T>(list: readonly T[], item: T): T[] {
  if (list === NONE) return [item];
  const out = list as T[];
  out.push(item);
  return out;
}

/** Most days of a rep hold one deal: its amount is kept as it is, with no new Decimal. */
function addTo<K>(map: Map<K, Decimal>, key: K, amount: Decimal): void {
  map.set(key, addToSum(map.get(key), amount));
}

function inner<K, V>(map: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  return m;
}

/**
 * The index's customers by key, read through the log's customer numbers rather than kept in a map of
 * their own: putting a few hundred thousand customers into a new Map was a quarter of the pass, and
 * the rules read customers in order (`customerList`) or a few by key. Iterating builds that map once.
 */
class CustomersByKey implements ReadonlyMap<string, CustomerFacts> {
  private map: Map<string, CustomerFacts> | undefined;

  constructor(
    private readonly numbers: CustomerNumbers,
    private readonly byNumber: readonly (CustomerFacts | undefined)[],
    private readonly list: readonly CustomerFacts[],
  ) {}

  get size(): number {
    return this.list.length;
  }

  /** Only by the key itself, as a Map keyed by keys would: another spelling of the id finds nothing. */
  get(key: string): CustomerFacts | undefined {
    const n = this.numbers.find(key);
    return n === undefined || this.numbers.keys[n] !== key ? undefined : this.byNumber[n];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  forEach(
    f: (value: CustomerFacts, key: string, map: ReadonlyMap<string, CustomerFacts>) => void,
    thisArg?: unknown,
  ): void {
    for (const c of this.list) f.call(thisArg, c, c.key, this);
  }

  private asMap(): Map<string, CustomerFacts> {
    return (this.map ??= new Map(this.list.map((c) => [c.key, c])));
  }

  entries() {
    return this.asMap().entries();
  }

  keys() {
    return this.asMap().keys();
  }

  values() {
    return this.asMap().values();
  }

  [Symbol.iterator]() {
    return this.asMap()[Symbol.iterator]();
  }
}

/**
 * What the pass keeps of one rep, found with one lookup a row rather than one per map the rep is in.
 * Its lists and maps are put in the index's maps when first needed, so the index's maps keep the order
 * of the rows that first filled them.
 */
interface RepState {
  readonly key: string;
  readonly row: InsightRep | undefined;
  readonly months: Set<Period>;
  /** The day of the rep's last row seen: rows come mostly in date order, so most share the last's month. */
  lastDay: Day | undefined;
  leads: RepLead[] | undefined;
  revenue: Map<Day, Decimal> | undefined;
}

export function activityIndex(
  rows: readonly InsightActivity[],
  reps: readonly InsightRep[],
  asOf: Day,
): ActivityIndex {
  const repByKey = new Map(reps.map((r) => [keyOf(r.rep_id), r]));
  const leads = new Map<string, RepLead[]>();
  const revenue = new Map<string, Map<Day, Decimal>>();
  const activeMonths = new Map<string, Set<Period>>();
  const visits = new Map<string, Map<Day, Decimal>>();
  const channelNames = new Map<string, string>();
  const variantNames = new Map<string, string>();
  const channelKey = memo((channel: string) => {
    const key = keyOf(channel);
    if (!channelNames.has(key)) channelNames.set(key, channel);
    return key;
  });
  const lower = memo(keyOf);
  // Customers by the number of their id, shared with the follow-up index: a row costs no map lookup.
  const numbers = customerNumbers(rows);
  const customerList: CustomerFacts[] = [];
  // The customers with more than one deal, whose deals are put in day order at the end: a few of all.
  const severalDeals: CustomerFacts[] = [];
  const byNumber: (CustomerFacts | undefined)[] = new Array<CustomerFacts | undefined>(numbers.count).fill(
    undefined,
  );
  const month = memo(monthOf);
  const states = new Map<string, RepState>();
  const repState = memo((repId: string): RepState => {
    const key = keyOf(repId);
    let st = states.get(key);
    if (!st)
      states.set(
        key,
        (st = {
          key,
          row: repByKey.get(key),
          months: new Set(),
          lastDay: undefined,
          leads: undefined,
          revenue: undefined,
        }),
      );
    return st;
  });
  // Visits without a quantity are counted as whole numbers, and so are those of quantity 1 (most of
  // the rest): only other quantities are added exactly. Two maps keep the order of the index's days
  // as it has always been: those with a quantity first, in row order, then those without.
  const quantityVisits = new Map<string, Map<Day, QuantitySum>>();
  const plainVisits = new Map<string, Map<Day, number>>();
  let firstDay: Day | undefined;

  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    if (a.date > asOf) continue;
    if (firstDay === undefined || a.date < firstDay) firstDay = a.date;
    const st = repState(a.rep_id);
    const rep = st.key;
    const type = lower(a.type);
    if (st.lastDay === undefined) activeMonths.set(rep, st.months);
    if (a.date !== st.lastDay) {
      st.lastDay = a.date;
      st.months.add(month(a.date));
    }
    const channelId = a.channel ?? st.row?.channel;
    const channel = channelId === undefined ? undefined : channelKey(channelId);

    if (type === 'visit' && channel !== undefined) {
      if (a.quantity) {
        const days = inner(quantityVisits, channel);
        let sum = days.get(a.date);
        if (!sum) days.set(a.date, (sum = new QuantitySum()));
        sum.add(a.quantity);
      } else {
        const days = inner(plainVisits, channel);
        days.set(a.date, (days.get(a.date) ?? 0) + 1);
      }
    }
    // A whole share (blank, most rows) leaves the amount as it is: no new Decimal, and no comparison
    // with 1 (which copies its argument) for a blank one.
    const credit =
      (type === 'deal' || type === 'refund') && a.amount !== undefined
        ? a.share === undefined
          ? a.amount
          : credited(a.amount, a.share)
        : undefined;
    if (credit) {
      if (!st.revenue) revenue.set(rep, (st.revenue = new Map()));
      addTo(st.revenue, a.date, type === 'refund' ? credit.neg() : credit);
    }

    const n = numbers.numberOf[i]!;
    if (a.customer_id === undefined || n < 0) continue;
    let c = byNumber[n];
    if (!c) {
      c = {
        id: a.customer_id,
        key: numbers.keys[n]!,
        firstLead: undefined,
        deals: NONE,
        refunds: NONE,
        leads: NONE,
        lastActivity: a.date,
        lastRep: rep,
        variant: undefined,
      };
      byNumber[n] = c;
      customerList.push(c);
    }
    if (a.date >= c.lastActivity) {
      c.lastActivity = a.date;
      c.lastRep = rep;
    }
    if (
      a.variant !== undefined &&
      (c.variant === undefined ||
        a.date < c.variant.day ||
        (a.date === c.variant.day && a.row < c.variant.row))
    ) {
      const variant = keyOf(a.variant);
      if (!variantNames.has(variant)) variantNames.set(variant, a.variant);
      c.variant = { key: variant, day: a.date, row: a.row };
    }
    if (type === 'lead') {
      const first = c.firstLead;
      if (first === undefined || a.date < first.day || (a.date === first.day && a.row < first.row))
        c.firstLead = { day: a.date, rep, channel, row: a.row };
      if (!st.leads) leads.set(rep, (st.leads = []));
      const lead: RepLead = { customer: c.key, rep, day: a.date, channel };
      st.leads.push(lead);
      c.leads = push(c.leads, lead);
    } else if (type === 'deal') {
      const ref = a.ref === undefined ? undefined : keyOf(a.ref);
      const deal = ref === undefined ? undefined : dealByRef(c.deals, ref);
      const amount = credit ?? ZERO;
      if (deal) {
        deal.amount = deal.amount.add(amount);
        deal.credits.push({ rep, share: a.share ?? ONE });
        if (a.date < deal.day) deal.day = a.date;
      } else {
        c.deals = push(c.deals, { ref, day: a.date, amount, credits: [{ rep, share: a.share ?? ONE }] });
        if (c.deals.length === 2) severalDeals.push(c);
      }
    } else if (type === 'refund') {
      c.refunds = push(c.refunds, { day: a.date, amount: credit ?? ZERO });
    }
  }
  for (const [channel, days] of quantityVisits) {
    const out = inner(visits, channel);
    for (const [day, sum] of days) out.set(day, sum.total());
  }
  for (const [channel, days] of plainVisits) {
    for (const [day, n] of days) addTo(inner(visits, channel), day, new Dec(n));
  }
  for (let i = 0; i < severalDeals.length; i++)
    (severalDeals[i]!.deals as DealFacts[]).sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
  const customers = new CustomersByKey(numbers, byNumber, customerList);
  return {
    asOf,
    firstDay,
    customers,
    customerList,
    leads,
    revenue,
    activeMonths,
    visits,
    reps: repByKey,
    channelNames,
    variantNames,
  };
}

/**
 * The customer's deal of a ref, before the deals are sorted. A customer's deals are few and the rows of
 * a split deal mostly come together, so a scan from the latest finds it at once, with no key string
 * built per row.
 */
function dealByRef(deals: readonly DealFacts[], ref: string): DealFacts | undefined {
  for (let i = deals.length - 1; i >= 0; i--) if (deals[i]!.ref === ref) return deals[i];
  return undefined;
}

/** The customers with a deal, in the index's order: worked out once per index for every rule that reads deals. */
const buyerLists = new WeakMap<ActivityIndex, readonly CustomerFacts[]>();

/**
 * The customers who have a deal, in the index's order. Most customers never buy, and rules that read
 * only buyers (standings, deal cycles, goals, each up to twice) read this shorter list rather than skip
 * the others every time.
 */
export function buyersOf(index: ActivityIndex): readonly CustomerFacts[] {
  let list = buyerLists.get(index);
  if (!list) buyerLists.set(index, (list = index.customerList.filter((c) => c.deals.length > 0)));
  return list;
}

/** The customer's first deal on or after a day, if any. */
export function dealOnOrAfter(c: CustomerFacts, day: Day): DealFacts | undefined {
  // Deals are few per customer: a scan beats a search. Indexed, so no iterator even unoptimised.
  const deals = c.deals;
  for (let i = 0; i < deals.length; i++) if (deals[i]!.day >= day) return deals[i];
  return undefined;
}
