/**
 * The launch quarter's customers, from lead to deal and collection (2026-02-16 to the as-of day):
 * leads sized so each channel's visits follow its target, journeys drawn step by step, a few refunds.
 */
import { addDays, dayNumber, isWeekend, isoWeekday, type Day } from '../domain/days.js';
import { monthOf } from '../domain/periods.js';
import { AS_OF, LAUNCH_DAY, daysFrom, earlier, later, monthEnd, monthStart, randomDay } from './calendar.js';
import { channelDailyTarget, channelOf, type ChannelId, type ChannelPlan, type Grade } from './campaign.js';
import { dealEntries, type Customer, type Deal, type Log } from './log.js';
import { WEAK, employedOn, type DemoRep } from './people.js';
import { seedOf, seededRandom, type Random } from './random.js';
import { monthTarget } from './targets.js';

/** The months of the launch log. */
const LAUNCH_MONTHS = ['2026-02', '2026-03', '2026-04', '2026-05'] as const;

/** The days of the launch log a rep worked. */
export function launchDays(rep: DemoRep): Day[] {
  return daysFrom(later(rep.hire, LAUNCH_DAY), rep.leave === undefined ? AS_OF : earlier(rep.leave, AS_OF));
}

/** Chances of each step of a journey, for a middling rep; carried-over customers are further along. */
const STEPS: Readonly<
  Record<Grade | 'carried', { visit: number; registration: number; subscription: number; deal: number }>
> = {
  A: { visit: 0.92, registration: 0.72, subscription: 0.72, deal: 0.9 },
  B: { visit: 0.8, registration: 0.45, subscription: 0.55, deal: 0.85 },
  C: { visit: 0.55, registration: 0.22, subscription: 0.4, deal: 0.8 },
  carried: { visit: 0.97, registration: 0.9, subscription: 0.8, deal: 0.9 },
};
/** Chances of a first and a second revisit before registering. */
const REVISITS = [0.7, 0.45] as const;
/** Channels whose customers get a written proposal (group purchases, agency deals). */
const PROPOSAL_CHANNELS: ReadonlySet<ChannelId> = new Set(['key_accounts', 'resale_agency', 'mall_expo']);

/** Visits a lead of the channel brings on average, for a middling rep: used to size lead volumes. */
function visitsPerLead(channel: ChannelPlan): number {
  const revisits = REVISITS[0] * (1 + REVISITS[1]);
  return (Object.entries(channel.grades) as [Grade, number][]).reduce((sum, [grade, share]) => {
    const s = STEPS[grade];
    return sum + share * s.visit * (1 + revisits + s.registration * s.subscription);
  }, 0);
}

const chanceFor = (p: number, quality: number) => Math.min(0.97, p * Math.sqrt(quality));

/** Moves some weekday visits to the next Saturday: buyers like to come at weekends. */
function weekendNudge(rng: Random, day: Day): Day {
  return !isWeekend(day) && rng.chance(0.15) ? addDays(day, 6 - isoWeekday(day)) : day;
}

/** Office work (signing, payments) waits for Monday when it falls on a Sunday. */
export function officeDay(day: Day): Day {
  return isoWeekday(day) === 7 ? addDays(day, 1) : day;
}

/** A day's share of a week's leads: prospecting runs on weekdays, lighter at weekends. */
function leadDayShape(day: Day): number {
  return isWeekend(day) ? (7 / 5.8) * 0.4 : 7 / 5.8;
}

/**
 * The leads a rep finds over the quarter, sized so the channel's visits follow its target; a month's
 * mood moves the volume up or down by up to a tenth.
 */
function leadsOf(rep: DemoRep, reps: readonly DemoRep[]): Customer[] {
  const rng = seededRandom(seedOf(`leads ${rep.id}`));
  const channel = channelOf(rep.channel);
  const posts = reps.filter((r) => r.channel === rep.channel && r.role !== 'manager').length;
  const perVisit = 1 / visitsPerLead(channel);
  const mood = new Map<string, number>(LAUNCH_MONTHS.map((m) => [m, rng.between(0.9, 1.1)]));
  const found: Omit<Customer, 'id' | 'key'>[] = carriedOver(rng, rep, reps);
  for (const day of launchDays(rep)) {
    const visits = (channelDailyTarget(channel, addDays(day, 4)) * channel.effort) / posts;
    const mean =
      visits * perVisit * Math.sqrt(rep.quality) * (mood.get(day.slice(0, 7)) ?? 1) * leadDayShape(day);
    for (let n = rng.poisson(mean); n > 0; n--) {
      const grade = rng.weighted(channel.grades);
      found.push({
        source: rep,
        closer: closerFor(rng, rep, day, reps),
        channel: rep.channel,
        grade,
        lead: day,
        carried: false,
      });
    }
  }
  return found.map((c, i) => ({ ...c, id: '', key: `${rep.id}/${i}` }));
}

/** Hot customers met before the launch office opened, entered on its first two days. */
function carriedOver(rng: Random, rep: DemoRep, reps: readonly DemoRep[]): Omit<Customer, 'id' | 'key'>[] {
  if (!employedOn(rep, LAUNCH_DAY)) return [];
  const count = rng.poisson(3 * Math.sqrt(rep.quality));
  return Array.from({ length: count }, () => {
    const lead = addDays(LAUNCH_DAY, rng.int(0, 1));
    return {
      source: rep,
      closer: closerFor(rng, rep, lead, reps),
      channel: rep.channel,
      grade: 'A' as const,
      lead,
      carried: true,
    };
  });
}

/** Sellers close their own customers; a prospector's or caller's customer goes to a seller of the team. */
function closerFor(rng: Random, rep: DemoRep, day: Day, reps: readonly DemoRep[]): DemoRep {
  if (rep.role === 'sales') return rep;
  const sellers = reps.filter(
    (r) => r.team === rep.team && r.role === 'sales' && employedOn(r, day) && r.leave === undefined,
  );
  return rng.pick(sellers);
}

/** The rep who does a step: the one asked, unless they are not on the books that day. */
function doer(rep: DemoRep, fallback: DemoRep, day: Day): DemoRep {
  return employedOn(rep, day) ? rep : fallback;
}

/**
 * Calls that answer a fresh lead: grade A the same day (now and then the next, or never), grade B
 * within days when no visit is coming soon.
 */
function answerLead(rng: Random, c: Customer, visitLag: number | undefined, log: Log): void {
  const care = WEAK.has(c.source.id) ? 0.8 : 1;
  const call = (lag: number) => {
    const day = addDays(c.lead, lag);
    if (employedOn(c.source, day)) log.add({ date: day, rep: c.source, type: 'call', customer: c });
  };
  if (c.grade === 'A') {
    if (rng.chance(0.9 * care)) call(0);
    else if (rng.chance(0.6)) call(1);
  } else if (c.grade === 'B') {
    const soon = visitLag !== undefined && visitLag <= 5;
    if (rng.chance((soon ? 0.25 : 0.85) * care)) call(rng.int(1, 5));
    else if (!soon && rng.chance(0.3)) call(rng.int(8, 12));
  }
}

/** Days from the lead to the first visit. */
function firstVisitLag(rng: Random, c: Customer): number {
  if (c.carried) return rng.int(0, 4);
  return c.grade === 'A' ? rng.int(0, 2) : c.grade === 'B' ? rng.int(1, 7) : rng.int(2, 12);
}

/** How far a customer went: to a deal, or to a registration or subscription where they stalled. */
interface Journey {
  readonly customer: Customer;
  deal?: Deal;
  readonly stalled?: { readonly day: Day; readonly subscribed: boolean };
}

/** One customer from lead to deal, as far as they go by the as-of day. */
function journey(c: Customer, log: Log, reps: readonly DemoRep[]): Journey {
  const rng = seededRandom(seedOf(`journey ${c.key}`));
  const steps = STEPS[c.carried ? 'carried' : c.grade];
  const visits = rng.chance(chanceFor(steps.visit, c.source.quality));
  const lag = visits ? firstVisitLag(rng, c) : undefined;
  log.add({ date: c.lead, rep: c.source, type: 'lead', channel: c.channel, customer: c, grade: c.grade });
  answerLead(rng, c, lag, log);
  if (lag === undefined) return { customer: c };
  const visit = (day: Day, rep: DemoRep) =>
    log.add({
      date: day,
      rep: doer(rep, c.closer, day),
      type: 'visit',
      channel: c.channel,
      customer: c,
      quantity: 1,
    });

  let day = weekendNudge(rng, addDays(c.lead, lag));
  if (!visit(day, c.source)) return { customer: c };
  for (const p of c.carried ? [] : REVISITS) {
    if (!rng.chance(p)) break;
    day = weekendNudge(rng, addDays(day, rng.int(1, 5)));
    if (!visit(day, c.closer)) return { customer: c };
  }
  // A weak prospector's customers are harder to close, whoever closes them.
  const skill = c.closer === c.source ? c.closer.quality : Math.sqrt(c.closer.quality * c.source.quality);
  if (!rng.chance(chanceFor(steps.registration, skill))) return { customer: c };
  if (rng.chance(0.4)) day = addDays(day, rng.int(1, 3));
  if (!log.add({ date: day, rep: c.closer, type: 'registration', customer: c })) return { customer: c };
  if (PROPOSAL_CHANNELS.has(c.channel) && rng.chance(0.4)) {
    day = addDays(day, rng.int(1, 2));
    if (!log.add({ date: day, rep: c.closer, type: 'proposal', customer: c })) return { customer: c };
    if (rng.chance(0.85))
      log.add({ date: addDays(day, rng.int(1, 3)), rep: c.closer, type: 'call', customer: c });
  }
  if (!rng.chance(chanceFor(steps.subscription, skill)))
    return { customer: c, stalled: { day, subscribed: false } };
  day = weekendNudge(rng, addDays(day, c.carried ? rng.int(1, 5) : rng.int(2, 8)));
  if (!visit(day, c.closer)) return { customer: c };
  log.add({ date: day, rep: c.closer, type: 'subscription', customer: c });
  if (!rng.chance(chanceFor(steps.deal, skill))) return { customer: c, stalled: { day, subscribed: true } };
  const subscribed = day;
  day = officeDay(addDays(day, rng.int(1, 5)));
  return day <= AS_OF
    ? { customer: c, deal: { ...newDeal(rng, c, day, reps), subscribed } }
    : { customer: c };
}

/** A deal amount in whole hundreds, mostly in the lower part of the channel's range. */
function dealAmount(rng: Random, c: Customer): number {
  const [low, high] = channelOf(c.channel).dealAmount;
  const lift = Math.min(1, 0.85 + 0.1 * c.closer.quality);
  return Math.round((low + (high - low) * rng.next() ** 2 * lift) / 100) * 100;
}

/** Who shares the credit: a prospector's customer is often split with the seller who closed it. */
function sharesOf(
  rng: Random,
  c: Customer,
  day: Day,
  reps: readonly DemoRep[],
): readonly (readonly [DemoRep, number])[] {
  if (c.source !== c.closer && employedOn(c.source, day)) {
    const draw = rng.next();
    if (draw < 0.55)
      return [
        [c.closer, 0.6],
        [c.source, 0.4],
      ];
    if (draw < 0.85)
      return [
        [c.closer, 0.5],
        [c.source, 0.5],
      ];
    return [[c.closer, 1]];
  }
  if (c.channel === 'key_accounts' && rng.chance(0.1)) {
    const partner = reps.find(
      (r) =>
        r.team === c.closer.team &&
        r.channel === 'key_accounts' &&
        r.role === 'sales' &&
        r !== c.closer &&
        employedOn(r, day),
    );
    if (partner)
      return [
        [c.closer, 0.5],
        [partner, 0.5],
      ];
  }
  return [[c.closer, 1]];
}

function newDeal(rng: Random, c: Customer, day: Day, reps: readonly DemoRep[]): Deal {
  const amount = dealAmount(rng, c);
  const due = rng.chance(0.25) ? addDays(day, rng.pick([15, 45, 60])) : undefined;
  return {
    ref: '',
    customer: c,
    date: day,
    amount,
    ...(due ? { due } : {}),
    shares: sharesOf(rng, c, day, reps),
  };
}

/** Payments against a deal: mostly a deposit and the rest on time; some late, some partial; a cancelled deal only its deposit. */
function collections(deal: Deal, refund: Refund | undefined, log: Log): void {
  const rng = seededRandom(seedOf(`collections ${deal.customer.key}`));
  const due = deal.due ?? addDays(deal.date, 30);
  const closer = deal.customer.closer;
  const pay = (date: Day, amount: number) =>
    amount > 0 &&
    log.add({
      date: officeDay(date),
      rep: closer,
      type: 'collection',
      customer: deal.customer,
      amount,
      deal,
    });
  const deposit = Math.round((deal.amount * rng.pick([0.2, 0.3])) / 100) * 100;
  const lateness = WEAK.has(closer.id) ? 0.3 : 0.12;
  const draw = rng.next();
  if (refund?.amount === deal.amount) {
    pay(deal.date, deposit);
  } else if (draw < 0.2) {
    pay(addDays(deal.date, rng.int(1, 7)), deal.amount);
  } else if (draw < 0.2 + lateness) {
    pay(deal.date, deposit);
    pay(addDays(due, rng.int(3, 25)), deal.amount - deposit);
  } else if (draw < 0.3 + lateness) {
    pay(deal.date, deposit);
    pay(addDays(deal.date, rng.int(5, 20)), Math.round(((deal.amount - deposit) * 0.5) / 100) * 100);
  } else if (draw < 0.34 + lateness) {
    pay(deal.date, deposit);
  } else {
    pay(deal.date, deposit);
    pay(addDays(due, -rng.int(1, 10)), deal.amount - deposit);
  }
}

interface Refund {
  readonly date: Day;
  readonly amount: number;
}

/** A few deals fall through after signing (full refunds); one gets a price adjustment (partial refund). */
function chooseRefunds(deals: readonly Deal[]): Map<Deal, Refund> {
  const rng = seededRandom(seedOf('refunds'));
  const candidates = deals.filter((d) => d.shares.length === 1 && d.date <= '2026-04-20');
  const refunds = new Map<Deal, Refund>();
  while (refunds.size < Math.min(6, candidates.length)) {
    const deal = rng.pick(candidates);
    if (refunds.has(deal)) continue;
    const amount = refunds.size === 0 ? Math.round((deal.amount * 0.03) / 100) * 100 : deal.amount;
    refunds.set(deal, { date: officeDay(addDays(deal.date, rng.int(7, 20))), amount });
  }
  return refunds;
}

/** The last day of a month the office signs on (it is closed on Sundays). */
function lastOfficeDay(month: string): Day {
  const end = monthEnd(month);
  return isoWeekday(end) === 7 ? addDays(end, -1) : end;
}

/**
 * Signing follows a subscription within three weeks, and reps time it across a month end: a deal that
 * helps someone credited reach the month's target is signed before the month closes; one that only
 * adds to a month already made slips into the next when that helps there. A deal moves by a few days.
 */
function timeSignings(deals: readonly Deal[], ordinary: readonly Deal[]): Deal[] {
  const credit = new Map<string, number>();
  const key = (rep: DemoRep, month: string) => `${rep.id} ${month}`;
  const book = (deal: Deal, sign: 1 | -1) => {
    for (const [rep, share] of deal.shares) {
      const k = key(rep, monthOf(deal.date));
      credit.set(k, (credit.get(k) ?? 0) + sign * deal.amount * share);
    }
  };
  const need = (deal: Deal, month: string) =>
    deal.shares.reduce((sum, [rep, share]) => {
      const target = monthTarget(rep, month)?.revenue;
      return sum + (target ? share * Math.max(0, 1 - (credit.get(key(rep, month)) ?? 0) / target) : 0);
    }, 0);
  for (const deal of [...ordinary, ...deals]) book(deal, 1);
  return deals.map((deal) => {
    if (deal.subscribed === undefined) return deal;
    const first = officeDay(addDays(deal.subscribed, 1));
    const last = earlier(addDays(deal.subscribed, 21), AS_OF);
    const [before, after] = [monthOf(first), monthOf(last)];
    if (before === after) return deal;
    book(deal, -1);
    const [pull, push] = [need(deal, before), need(deal, after)];
    const current = monthOf(deal.date);
    const to =
      pull > 0
        ? current === before
          ? deal.date
          : lastOfficeDay(before)
        : push > 0 && current !== after
          ? officeDay(monthStart(after))
          : deal.date;
    const date = to >= first && to <= last ? to : deal.date;
    const shift = dayNumber(date) - dayNumber(deal.date);
    const moved: Deal = { ...deal, date, ...(deal.due ? { due: addDays(deal.due, shift) } : {}) };
    book(moved, 1);
    return moved;
  });
}

/** Below this share of the month's revenue target near month end, a rep works the customers who stalled. */
const BEHIND = 0.85;
/** …until this share, or until none is left. */
const CAUGHT_UP = 0.95;
/** A registered customer can be won back within this many days, a subscribed one within a month. */
const WIN_BACK_DAYS: Readonly<Record<'registered' | 'subscribed', number>> = {
  registered: 45,
  subscribed: 30,
};
/** The months of the launch that closed by the as-of day. */
const CLOSED_MONTHS = ['2026-02', '2026-03', '2026-04'] as const;

/**
 * A rep well behind target in the last days of a month calls the customers who registered or subscribed
 * and went quiet, most recent first, and wins some back: they subscribe and sign before the month closes.
 * Whoever is credited on the customer (the closer, the prospector who found them) can be the one behind;
 * the weak reps, who are behind for a reason, do not chase.
 */
function winBack(
  journeys: readonly Journey[],
  credited: readonly Deal[],
  reps: readonly DemoRep[],
  log: Log,
): Deal[] {
  const credit = new Map<string, number>();
  const book = (deal: Deal) => {
    for (const [rep, share] of deal.shares) {
      const key = `${rep.id} ${monthOf(deal.date)}`;
      credit.set(key, (credit.get(key) ?? 0) + deal.amount * share);
    }
  };
  credited.forEach(book);
  const won: Deal[] = [];
  for (const month of CLOSED_MONTHS) {
    const end = lastOfficeDay(month);
    for (const rep of reps) {
      const target = monthTarget(rep, month)?.revenue;
      const attainment = () => (credit.get(`${rep.id} ${month}`) ?? 0) / target!;
      if (target === undefined || rep.role === 'manager' || WEAK.has(rep.id) || attainment() >= BEHIND)
        continue;
      const quiet = journeys
        .filter((j) => {
          if (j.deal || !j.stalled || (j.customer.closer !== rep && j.customer.source !== rep)) return false;
          const age = dayNumber(end) - dayNumber(j.stalled.day);
          return age >= 2 && age <= WIN_BACK_DAYS[j.stalled.subscribed ? 'subscribed' : 'registered'];
        })
        .sort(
          (a, b) =>
            b.stalled!.day.localeCompare(a.stalled!.day) || a.customer.key.localeCompare(b.customer.key),
        );
      for (const j of quiet) {
        if (attainment() >= CAUGHT_UP) break;
        const rng = seededRandom(seedOf(`win back ${j.customer.key}`));
        const c = j.customer;
        let day = j.stalled!.day;
        if (!j.stalled!.subscribed) {
          day = randomDay(rng, later(addDays(day, 1), monthStart(month)), addDays(end, -1));
          log.add({ date: day, rep: c.closer, type: 'visit', channel: c.channel, customer: c, quantity: 1 });
          log.add({ date: day, rep: c.closer, type: 'subscription', customer: c });
        }
        const signed = earlier(
          later(officeDay(addDays(day, rng.int(1, 3))), officeDay(monthStart(month))),
          end,
        );
        if (signed <= day || signed > AS_OF) continue;
        j.deal = newDeal(rng, c, signed, reps);
        won.push(j.deal);
        book(j.deal);
      }
    }
  }
  return won;
}

/**
 * The launch's customers and their journeys, written to the log; returns the customers and deals so
 * ids and refs can be numbered over the whole log. `ordinary` are the deals of the ordinary business,
 * which count toward the same monthly targets.
 */
export function launchActivity(
  reps: readonly DemoRep[],
  ordinary: readonly Deal[],
  log: Log,
): { customers: Customer[]; deals: Deal[] } {
  const workers = reps.filter((r) => r.role !== 'manager');
  const customers = workers.flatMap((rep) => leadsOf(rep, reps));
  const journeys = customers.map((c) => journey(c, log, reps));
  const signed = journeys.flatMap((j) => (j.deal ? [j.deal] : []));
  signed.sort((a, b) => a.date.localeCompare(b.date) || a.customer.key.localeCompare(b.customer.key));
  const timed = timeSignings(signed, ordinary);
  const deals = [...timed, ...winBack(journeys, [...ordinary, ...timed], reps, log)];
  deals.sort((a, b) => a.date.localeCompare(b.date) || a.customer.key.localeCompare(b.customer.key));
  const refunds = chooseRefunds(deals);
  for (const deal of deals) {
    dealEntries(deal, log);
    const refund = refunds.get(deal);
    collections(deal, refund, log);
    if (refund)
      log.add({ ...refund, rep: deal.customer.closer, type: 'refund', customer: deal.customer, deal });
  }
  return { customers, deals };
}
