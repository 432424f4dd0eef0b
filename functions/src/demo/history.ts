/**
 * The team's ordinary business from 2024-01-01 until the launch's registration phase: the last units of
 * the earlier phases and resale referrals, lighter than the launch (a few deals a month per rep), at half
 * volume during the launch's warm-up. Each rep-month is written from its planned form (form.ts) against
 * its targets (targets.ts): deals that add up to the planned revenue, a lead for each buying customer and
 * enough leads that did not buy to give the planned conversion, follow-ups within the lead rules, visits,
 * collections by or after the due day as planned, a few refunds. Prospectors' and callers' customers are
 * closed by a seller of the team, who shares the credit.
 */
import { addDays, dayNumber, isoWeekday, type Day } from '../domain/days.js';
import { monthOf, type Period } from '../domain/periods.js';
import {
  HISTORY_START,
  ORDINARY_END,
  daysFrom,
  earlier,
  later,
  monthEnd,
  monthStart,
  monthsFrom,
  roundTo,
} from './calendar.js';
import { channelOf, type Grade } from './campaign.js';
import { formIn, type Form, type Forms } from './form.js';
import { officeDay } from './launch.js';
import { dealEntries, type Customer, type Deal, type Log } from './log.js';
import { employedOn, employedSpan, type DemoRep } from './people.js';
import { seedOf, seededRandom, type Random } from './random.js';
import { historyTarget, type MonthTarget } from './targets.js';

interface RepMonth {
  readonly rep: DemoRep;
  readonly month: Period;
  /** The rep's working days of ordinary business in the month (Sundays off). */
  readonly days: readonly Day[];
  readonly target: MonthTarget;
  readonly form: Form;
}

/** A deal before it is written: who sourced the customer, who closed, when and for how much. */
interface PlannedDeal {
  readonly source: DemoRep;
  readonly closer: DemoRep;
  readonly month: Period;
  readonly date: Day;
  readonly amount: number;
  /** The source's share when a prospector's customer is split with the closer. */
  readonly sourceShare?: number;
}

/** The months of ordinary business a rep is on the books, with their targets and form. */
function repMonths(rep: DemoRep, forms: Forms): RepMonth[] {
  return monthsFrom(HISTORY_START.slice(0, 7), ORDINARY_END.slice(0, 7)).flatMap((month) => {
    const span = employedSpan(
      rep,
      later(monthStart(month), HISTORY_START),
      earlier(monthEnd(month), ORDINARY_END),
    );
    const target = historyTarget(rep, month);
    if (!span || !target) return [];
    const days = daysFrom(span.first, span.last).filter((d) => isoWeekday(d) !== 7);
    return days.length === 0 ? [] : [{ rep, month, days, target, form: formIn(forms, rep, month) }];
  });
}

/** Amounts in whole hundreds, one per share, varied and scaled so Σ amount × share is `total`. */
function amountsFor(rng: Random, total: number, shares: readonly number[]): number[] {
  const weights = shares.map(() => rng.between(0.6, 1.4));
  const scale = total / weights.reduce((s, w, i) => s + w * shares[i]!, 0);
  return weights.map((w) => Math.max(100, roundTo(w * scale, 100)));
}

/** How many deals make `revenue`: about the `wanted` number, each of `low` to `high` credit. */
function dealCount(wanted: number, revenue: number, low: number, high: number): number {
  if (revenue < low / 2) return 0;
  const fewest = Math.ceil(revenue / high);
  const most = Math.max(1, Math.floor(revenue / low));
  return Math.min(most, Math.max(fewest, wanted, 1));
}

/** A seller of the team, there at least a week and staying, to close a prospector's customer. */
function closerOf(rng: Random, source: DemoRep, day: Day, reps: readonly DemoRep[]): DemoRep | undefined {
  const sellers = reps.filter(
    (r) =>
      r.team === source.team && r.role === 'sales' && r.hire <= addDays(day, -7) && r.leave === undefined,
  );
  return sellers.length > 0 ? rng.pick(sellers) : undefined;
}

/** Prospectors' and callers' customers, split with the seller who closes them. */
function sourcedDeals(months: readonly RepMonth[], reps: readonly DemoRep[]): PlannedDeal[] {
  return months.flatMap(({ rep, month, days, target, form }) => {
    const rng = seededRandom(seedOf(`history sourced ${rep.id} ${month}`));
    const [low, high] = channelOf(rep.channel).dealAmount;
    const shares = () => (rng.chance(0.6) ? 0.4 : 0.5);
    const revenue = target.revenue * form.sales;
    const wanted = Math.round(target.customers * form.sales * rng.between(0.9, 1.1));
    const count = dealCount(wanted, revenue, low * 0.45, high * 0.45);
    const split = Array.from({ length: count }, shares);
    return amountsFor(rng, revenue, split).flatMap((amount, i): PlannedDeal[] => {
      const date = rng.pick(days);
      const closer = closerOf(rng, rep, date, reps);
      return closer ? [{ source: rep, closer, month, date, amount, sourceShare: split[i]! }] : [];
    });
  });
}

/** Sellers' own customers: what their targets ask beyond the credit from the team's prospectors. */
function ownDeals(months: readonly RepMonth[], sourced: readonly PlannedDeal[]): PlannedDeal[] {
  const received = new Map<string, { revenue: number; customers: number }>();
  for (const d of sourced) {
    const key = `${d.closer.id} ${monthOf(d.date)}`;
    const r = received.get(key) ?? { revenue: 0, customers: 0 };
    received.set(key, {
      revenue: r.revenue + d.amount * (1 - (d.sourceShare ?? 0)),
      customers: r.customers + 1,
    });
  }
  return months.flatMap(({ rep, month, days, target, form }) => {
    const rng = seededRandom(seedOf(`history own ${rep.id} ${month}`));
    const [low, high] = channelOf(rep.channel).dealAmount;
    const got = received.get(`${rep.id} ${month}`) ?? { revenue: 0, customers: 0 };
    const revenue = target.revenue * form.sales - got.revenue;
    const wanted = Math.round(target.customers * form.sales * rng.between(0.9, 1.1)) - got.customers;
    const count = dealCount(wanted, revenue, low, high);
    return amountsFor(
      rng,
      revenue,
      Array.from({ length: count }, () => 1),
    ).map((amount): PlannedDeal => ({ source: rep, closer: rep, month, date: rng.pick(days), amount }));
  });
}

/** Days from a lead to the deal, by the lead's grade. */
const LEAD_TO_DEAL: Readonly<Record<Grade, readonly [number, number]>> = {
  A: [2, 12],
  B: [5, 21],
  C: [10, 30],
};

/**
 * The first follow-up of a lead, within the lead rules: a grade-A lead is called the same day (now and
 * then the next), a grade-B lead within five days, a grade-C lead now and then within the week.
 */
function followUp(rng: Random, c: Customer, last: Day, log: Log): void {
  const lag =
    c.grade === 'A'
      ? rng.chance(0.85)
        ? 0
        : 1
      : c.grade === 'B'
        ? rng.int(1, 5)
        : rng.chance(0.15)
          ? rng.int(1, 7)
          : undefined;
  if (lag === undefined) return;
  const day = earlier(addDays(c.lead, lag), last);
  if (employedOn(c.source, day)) log.add({ date: day, rep: c.source, type: 'call', customer: c });
}

/** A customer who buys: lead, follow-up, a visit with the source and one with the closer, the deal. */
function buyingCustomer(plan: PlannedDeal, key: string, sameMonth: boolean, log: Log): Deal {
  const rng = seededRandom(seedOf(`history customer ${key}`));
  const { source, closer, date } = plan;
  const grade = rng.weighted(channelOf(source.channel).grades);
  const [shortest, longest] = LEAD_TO_DEAL[grade];
  const earliest = later(source.hire, sameMonth ? monthStart(monthOf(date)) : HISTORY_START);
  const lead = later(addDays(date, -rng.int(shortest, longest)), earliest);
  const customer: Customer = {
    id: '',
    key,
    source,
    closer,
    channel: source.channel,
    grade,
    lead,
    carried: false,
  };
  log.add({ date: lead, rep: source, type: 'lead', channel: source.channel, customer, grade });
  followUp(rng, customer, date, log);
  const gap = dayNumber(date) - dayNumber(lead);
  const firstVisit = addDays(lead, Math.min(gap, rng.int(1, 6)));
  log.add({ date: firstVisit, rep: source, type: 'visit', channel: source.channel, customer, quantity: 1 });
  if (closer !== source || rng.chance(0.3)) {
    const second = addDays(firstVisit, rng.int(0, dayNumber(date) - dayNumber(firstVisit)));
    if (employedOn(closer, second))
      log.add({ date: second, rep: closer, type: 'visit', channel: source.channel, customer, quantity: 1 });
  }
  const due = rng.chance(0.4) ? addDays(date, rng.pick([15, 30, 45, 60])) : undefined;
  const shares: Deal['shares'] =
    plan.sourceShare === undefined
      ? [[closer, 1]]
      : [
          [closer, 1 - plan.sourceShare],
          [source, plan.sourceShare],
        ];
  return { ref: '', customer, date, amount: plan.amount, ...(due ? { due } : {}), shares };
}

/** Grade-A and grade-B leads that did not buy are looked at now and then. */
const LOOKED_AT: Readonly<Record<Grade, number>> = { A: 0.3, B: 0.15, C: 0 };

/**
 * Leads that did not buy, so a month's leads convert as planned: of the buying customers' leads in the
 * month, the planned share of conversion; a month without a buying lead still has a few.
 */
function otherLeads(months: readonly RepMonth[], buying: readonly Customer[], log: Log): Customer[] {
  const converted = new Map<string, number>();
  for (const c of buying)
    converted.set(
      `${c.source.id} ${monthOf(c.lead)}`,
      (converted.get(`${c.source.id} ${monthOf(c.lead)}`) ?? 0) + 1,
    );
  return months.flatMap(({ rep, month, days, target, form }) => {
    const rng = seededRandom(seedOf(`history leads ${rep.id} ${month}`));
    const bought = converted.get(`${rep.id} ${month}`) ?? 0;
    const rate = Math.min(0.9, target.conversion * form.conversion);
    const count =
      bought > 0 ? Math.round((bought * (1 - rate)) / rate) : Math.max(1, Math.round(days.length / 6));
    return Array.from({ length: count }, (_, i): Customer => {
      const lead = rng.pick(days);
      const grade = rng.weighted(channelOf(rep.channel).grades);
      const customer: Customer = {
        id: '',
        key: `H/${rep.id}/${month}/lead ${i}`,
        source: rep,
        closer: rep,
        channel: rep.channel,
        grade,
        lead,
        carried: false,
      };
      log.add({ date: lead, rep, type: 'lead', channel: rep.channel, customer, grade });
      followUp(rng, customer, addDays(lead, 7), log);
      if (rng.chance(LOOKED_AT[grade])) {
        const visit = addDays(lead, rng.int(1, 6));
        if (employedOn(rep, visit))
          log.add({ date: visit, rep, type: 'visit', channel: rep.channel, customer, quantity: 1 });
      }
      return customer;
    });
  });
}

/**
 * Payments: a deposit at signing (some pay in full within the week), the balance by the due day. Each
 * closer's deals falling due in a month are collected on time up to the share their form plans; the
 * rest of each balance comes late.
 */
function collections(deals: readonly Deal[], cancelled: ReadonlySet<Deal>, forms: Forms, log: Log): void {
  const byDue = new Map<string, Deal[]>();
  for (const deal of deals) {
    const key = `${deal.customer.closer.id} ${monthOf(dueOf(deal))}`;
    byDue.set(key, [...(byDue.get(key) ?? []), deal]);
  }
  for (const [key, group] of byDue) {
    const rng = seededRandom(seedOf(`history collections ${key}`));
    const closer = group[0]!.customer.closer;
    const goal = formIn(forms, closer, key.slice(-7)).collected * group.reduce((s, d) => s + d.amount, 0);
    const pay = (deal: Deal, date: Day, amount: number) =>
      amount > 0 &&
      log.add({
        date: officeDay(date),
        rep: closer,
        type: 'collection',
        customer: deal.customer,
        amount,
        deal,
      });
    let onTime = 0;
    const balances: [Deal, number][] = [];
    for (const deal of group) {
      const due = dueOf(deal);
      if (!cancelled.has(deal) && rng.chance(0.25) && dayNumber(due) - dayNumber(deal.date) > 8) {
        pay(deal, addDays(deal.date, rng.int(1, 7)), deal.amount);
        onTime += deal.amount;
        continue;
      }
      const deposit = roundTo(deal.amount * rng.pick([0.2, 0.3]), 100);
      pay(deal, deal.date, deposit);
      onTime += deposit;
      if (!cancelled.has(deal)) balances.push([deal, deal.amount - deposit]);
    }
    // Every balance falling due is paid on time in the same proportion, the rest of it late.
    const owed = balances.reduce((sum, [, balance]) => sum + balance, 0);
    const share = owed > 0 ? Math.min(1, Math.max(0, (goal - onTime) / owed)) : 1;
    for (const [deal, balance] of balances) {
      const due = dueOf(deal);
      const onTimePart = Math.min(balance, roundTo(balance * share, 100));
      if (onTimePart > 0) pay(deal, later(addDays(due, -rng.int(1, 10)), addDays(deal.date, 1)), onTimePart);
      if (balance > onTimePart) pay(deal, addDays(due, rng.int(3, 25)), balance - onTimePart);
    }
  }
}

const dueOf = (deal: Deal): Day => deal.due ?? addDays(deal.date, 30);

/**
 * Refunds: a few price adjustments after signing and two cancellations (a mortgage refused), in months
 * the seller was well ahead, refunded within the month.
 */
function refunds(deals: readonly Deal[], forms: Forms, log: Log): Set<Deal> {
  const rng = seededRandom(seedOf('history refunds'));
  const ahead = deals.filter(
    (d) =>
      d.shares.length === 1 &&
      d.customer.closer.role === 'sales' &&
      Number(d.date.slice(8)) <= 10 &&
      formIn(forms, d.customer.closer, monthOf(d.date)).sales >= 1.12,
  );
  const chosen = new Set<Deal>();
  while (chosen.size < Math.min(10, ahead.length)) chosen.add(rng.pick(ahead));
  const cancelled = new Set([...chosen].slice(0, 2));
  for (const deal of chosen) {
    const date = officeDay(addDays(deal.date, rng.int(5, 15)));
    const amount = cancelled.has(deal) ? deal.amount : roundTo(deal.amount * rng.between(0.02, 0.05), 100);
    log.add({ date, rep: deal.customer.closer, type: 'refund', customer: deal.customer, amount, deal });
  }
  return cancelled;
}

/** Callers log their dialling once a week (the old dialler's weekly export), on the week's last working day. */
function dialling(months: readonly RepMonth[], log: Log): void {
  for (const { rep, month, days, form } of months) {
    if (rep.role !== 'caller') continue;
    const rng = seededRandom(seedOf(`history dialling ${rep.id} ${month}`));
    const weekEnds = days.filter(
      (d, i) => isoWeekday(d) === 6 || i === days.length - 1 || isoWeekday(days[i + 1]!) < isoWeekday(d),
    );
    for (const day of weekEnds) {
      const worked = days.filter((d) => d <= day && dayNumber(day) - dayNumber(d) < 7).length;
      log.add({
        date: day,
        rep,
        type: 'call',
        channel: rep.channel,
        quantity: Math.round(rng.int(150, 200) * worked * Math.sqrt(form.sales)),
      });
    }
  }
}

/** The ordinary business before the launch, written to the log; returns its customers and deals. */
export function historyActivity(
  reps: readonly DemoRep[],
  forms: Forms,
  log: Log,
): { customers: Customer[]; deals: Deal[] } {
  const workers = reps.filter((r) => r.role !== 'manager');
  const months = workers.flatMap((rep) => repMonths(rep, forms));
  const sellers = months.filter((m) => m.rep.role === 'sales');
  const sourced = sourcedDeals(
    months.filter((m) => m.rep.role !== 'sales'),
    reps,
  );
  const planned = [...sourced, ...ownDeals(sellers, sourced)].sort(
    (a, b) => a.date.localeCompare(b.date) || a.source.id.localeCompare(b.source.id) || a.amount - b.amount,
  );
  // A source's first customer of each month found them that month, so no month is without a lead that bought.
  const covered = new Set<string>();
  const counts = new Map<string, number>();
  const deals = planned.map((plan) => {
    const month = `${plan.source.id} ${monthOf(plan.date)}`;
    const n = counts.get(`${plan.source.id} ${plan.month}`) ?? 0;
    counts.set(`${plan.source.id} ${plan.month}`, n + 1);
    const deal = buyingCustomer(
      plan,
      `H/${plan.source.id}/${plan.month}/deal ${n}`,
      !covered.has(month),
      log,
    );
    covered.add(month);
    covered.add(`${plan.source.id} ${monthOf(deal.customer.lead)}`);
    return deal;
  });
  for (const deal of deals) dealEntries(deal, log);
  const cancelled = refunds(deals, forms, log);
  collections(deals, cancelled, forms, log);
  const others = otherLeads(
    months,
    deals.map((d) => d.customer),
    log,
  );
  dialling(months, log);
  return { customers: [...deals.map((d) => d.customer), ...others], deals };
}
