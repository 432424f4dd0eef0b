/**
 * The demo organisation: the launch sales team of a real-estate project (SPEC appendix), 40 people in
 * 4 teams working 8 acquisition channels, over one quarter (2026-02-16 to 2026-05-15). Customers flow
 * from lead to visit, registration, subscription, deal and collection; the rules are the customer's own.
 * Every figure is drawn from seeded pseudo-random numbers, so the demo is the same on every call.
 */
import * as tabs from '../../../sheets-templates/index.js';
import { addDays, dayNumber, daysInclusive, isWeekend, isoWeekday, type Day } from '../domain/days.js';
import type { TemplateRow, TemplateRows, TemplateValue } from '../template/template.js';
import type { Locale } from '../workbook/messages.js';
import { seedOf, seededRandom, type Random } from './random.js';

/** The day the demo is recalculated as of. */
export const DEMO_AS_OF = '2026-05-15';
/** The first day of the activity log: the day the sales office opened for the launch. */
const FIRST_DAY = '2026-02-16';
const MONTHS = ['2026-02', '2026-03', '2026-04', '2026-05'] as const;

// ---------------------------------------------------------------------------------------------
// The campaign and its channels (SPEC section 6 and appendix)

const CAMPAIGN = {
  totalValue: 960_000_000,
  sellThrough: 0.85,
  units: 900,
  dealFromSubscription: 0.7,
  subscriptionFromRegistration: 0.5,
  registrationFromVisit: 0.3,
};
const PHASES = [
  { phase: 'registration', start: '2026-03-24', end: '2026-06-08', visitShare: 0.7 },
  { phase: 'subscription', start: '2026-06-09', end: '2026-06-23', visitShare: 0.3 },
] as const;
const REGISTRATION = PHASES[0];
/** Before the registration phase the channels warm up at a bit under half their phase target. */
const WARM_UP = 0.35;

type ChannelId =
  | 'key_accounts'
  | 'mall_expo'
  | 'community_roadshow'
  | 'resale_agency'
  | 'flyers'
  | 'cold_calls'
  | 'street_intercept'
  | 'competitor_intercept';
type Grade = 'A' | 'B' | 'C';

interface ChannelPlan {
  readonly id: ChannelId;
  readonly zh: string;
  readonly en: string;
  readonly headcount: number;
  readonly dailyVisitTarget?: number;
  readonly visitShare: number;
  readonly dailyLeadsPerPerson: number;
  /** How likely each lead grade is among the channel's leads. */
  readonly grades: Readonly<Record<Grade, number>>;
  /**
   * Leads per post, relative to what the visit target needs from a middling rep. Above 1 makes up
   * for vacancies and weaker reps; cold calls and competitor interception are left behind on purpose.
   */
  readonly effort: number;
  /** Lowest and highest deal amount of the channel's customers. */
  readonly dealAmount: readonly [number, number];
}

const CHANNELS: readonly ChannelPlan[] = [
  {
    id: 'key_accounts', zh: '大客户', en: 'Key accounts', headcount: 16, dailyVisitTarget: 11, visitShare: 0.15, dailyLeadsPerPerson: 20,
    grades: { A: 0.45, B: 0.4, C: 0.15 }, effort: 0.84, dealAmount: [100_000, 500_000],
  },
  {
    id: 'mall_expo', zh: '商超外展', en: 'Mall expo', headcount: 24, dailyVisitTarget: 8, visitShare: 0.1, dailyLeadsPerPerson: 50,
    grades: { A: 0.3, B: 0.45, C: 0.25 }, effort: 1.17, dealAmount: [60_000, 320_000],
  },
  {
    id: 'community_roadshow', zh: '社区巡展', en: 'Community roadshow', headcount: 24, visitShare: 0.12, dailyLeadsPerPerson: 50,
    grades: { A: 0.3, B: 0.45, C: 0.25 }, effort: 1.22, dealAmount: [60_000, 300_000],
  },
  {
    id: 'resale_agency', zh: '二手房推介', en: 'Resale agency referral', headcount: 8, visitShare: 0.1, dailyLeadsPerPerson: 10,
    grades: { A: 0.4, B: 0.45, C: 0.15 }, effort: 1.07, dealAmount: [100_000, 400_000],
  },
  {
    id: 'flyers', zh: '派单', en: 'Flyers', headcount: 20, visitShare: 0.12, dailyLeadsPerPerson: 40,
    grades: { A: 0.25, B: 0.45, C: 0.3 }, effort: 1.25, dealAmount: [50_000, 260_000],
  },
  {
    id: 'cold_calls', zh: '电开', en: 'Cold calls', headcount: 20, visitShare: 0.1, dailyLeadsPerPerson: 20,
    grades: { A: 0.25, B: 0.45, C: 0.3 }, effort: 0.82, dealAmount: [50_000, 260_000],
  },
  {
    id: 'street_intercept', zh: '动线拦截', en: 'Street interception', headcount: 20, visitShare: 0.12, dailyLeadsPerPerson: 30,
    grades: { A: 0.25, B: 0.45, C: 0.3 }, effort: 1.1, dealAmount: [50_000, 280_000],
  },
  {
    id: 'competitor_intercept', zh: '竞品拦截', en: 'Competitor interception', headcount: 8, visitShare: 0.08, dailyLeadsPerPerson: 15,
    grades: { A: 0.35, B: 0.45, C: 0.2 }, effort: 0.91, dealAmount: [80_000, 360_000],
  },
];
const CHANNEL_BY_ID = new Map(CHANNELS.map((c) => [c.id, c]));

function channelOf(id: ChannelId): ChannelPlan {
  const channel = CHANNEL_BY_ID.get(id);
  if (!channel) throw new RangeError(`No demo channel ${id}`);
  return channel;
}

/** Visits a day the funnel asks of the registration phase (6,000 over 77 days). */
function registrationDailyVisits(): number {
  const visits = CAMPAIGN.units / CAMPAIGN.dealFromSubscription / CAMPAIGN.subscriptionFromRegistration / CAMPAIGN.registrationFromVisit;
  return (visits * REGISTRATION.visitShare) / daysInclusive(REGISTRATION.start, REGISTRATION.end);
}

/** A channel's visit target for one day: its own daily target, else its share of the phase. */
function channelDailyTarget(channel: ChannelPlan, day: Day): number {
  const daily = channel.dailyVisitTarget ?? registrationDailyVisits() * channel.visitShare;
  return day >= REGISTRATION.start ? daily : daily * WARM_UP;
}

// ---------------------------------------------------------------------------------------------
// The people

type Role = 'manager' | 'sales' | 'prospector' | 'caller';
type PlanId = 'standard' | 'marginal_ka' | 'trainee';

interface DemoRep {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly team: string;
  readonly channel: ChannelId;
  readonly role: Role;
  readonly managerId?: string;
  readonly mentorId?: string;
  readonly hire: Day;
  readonly leave?: Day;
  readonly plan: PlanId;
  readonly senior: boolean;
  /** How good the rep is: 1 is the middle of the pack, stars near 1.5, the weak near 0.5. */
  readonly quality: number;
}

type Name = readonly [zh: string, en: string];

const TEAMS: readonly { id: string; manager: Name; members: readonly Name[] }[] = [
  {
    id: 'team_a',
    manager: ['陈志强', 'Chen Zhiqiang'],
    members: [
      ['王磊', 'Wang Lei'], ['李娜', 'Li Na'], ['赵敏', 'Zhao Min'], ['黄鹏', 'Huang Peng'], ['周婷', 'Zhou Ting'],
      ['吴昊', 'Wu Hao'], ['徐丽', 'Xu Li'], ['孙浩', 'Sun Hao'], ['马超', 'Ma Chao'],
    ],
  },
  {
    id: 'team_b',
    manager: ['刘洋', 'Liu Yang'],
    members: [
      ['胡晓燕', 'Hu Xiaoyan'], ['朱建华', 'Zhu Jianhua'], ['郭雪', 'Guo Xue'], ['何俊', 'He Jun'], ['高翔', 'Gao Xiang'],
      ['林芳', 'Lin Fang'], ['罗刚', 'Luo Gang'], ['郑凯', 'Zheng Kai'], ['梁晨', 'Liang Chen'],
    ],
  },
  {
    id: 'team_c',
    manager: ['张伟', 'Zhang Wei'],
    members: [
      ['谢丹', 'Xie Dan'], ['宋佳', 'Song Jia'], ['唐亮', 'Tang Liang'], ['许文博', 'Xu Wenbo'], ['韩冰', 'Han Bing'],
      ['冯磊', 'Feng Lei'], ['邓宇', 'Deng Yu'], ['曹雨', 'Cao Yu'], ['彭飞', 'Peng Fei'],
    ],
  },
  {
    id: 'team_d',
    manager: ['杨静', 'Yang Jing'],
    members: [
      ['曾琳', 'Zeng Lin'], ['萧然', 'Xiao Ran'], ['田野', 'Tian Ye'], ['董欣', 'Dong Xin'], ['袁博', 'Yuan Bo'],
      ['潘婷', 'Pan Ting'], ['蒋涛', 'Jiang Tao'], ['蔡明轩', 'Cai Mingxuan'], ['余洁', 'Yu Jie'],
    ],
  },
];

/** The nine posts of every team, in roster order; the first is the team's senior key-account seller. */
const POSTS: readonly { channel: ChannelId; role: Role }[] = [
  { channel: 'key_accounts', role: 'sales' },
  { channel: 'key_accounts', role: 'sales' },
  { channel: 'mall_expo', role: 'sales' },
  { channel: 'resale_agency', role: 'sales' },
  { channel: 'community_roadshow', role: 'prospector' },
  { channel: 'flyers', role: 'prospector' },
  { channel: 'cold_calls', role: 'caller' },
  { channel: 'street_intercept', role: 'prospector' },
  { channel: 'competitor_intercept', role: 'prospector' },
];
const STARS: ReadonlySet<string> = new Set(['S101', 'S202', 'S301', 'S404']);
const WEAK: ReadonlySet<string> = new Set(['S109', 'S306', 'S407']);
const QUARTER_HIRES: Readonly<Record<string, Day>> = { S203: '2026-03-02', S405: '2026-04-13' };
const LEAVERS: Readonly<Record<string, Day>> = { S306: '2026-04-30' };
const KEY_ACCOUNT_PLAN: ReadonlySet<string> = new Set(['S101', 'S301', 'S401']);
/** Reps hired from this day on are new hires with a mentor. */
const MENTORED_FROM = '2025-09-01';

function randomDay(rng: Random, first: Day, last: Day): Day {
  return addDays(first, rng.int(0, dayNumber(last) - dayNumber(first)));
}

function qualityOf(rng: Random, id: string, trainee: boolean): number {
  if (STARS.has(id)) return rng.between(1.45, 1.6);
  if (WEAK.has(id)) return rng.between(0.5, 0.6);
  if (trainee) return rng.between(0.7, 0.8);
  return rng.between(0.85, 1.15);
}

/** The 40 people of the demo: a manager and nine posts per team. */
function demoReps(): DemoRep[] {
  const rng = seededRandom(seedOf('reps'));
  return TEAMS.flatMap((team, t) => {
    const managerId = `S${t + 1}00`;
    const seniorId = `S${t + 1}01`;
    const manager: DemoRep = {
      id: managerId, zh: team.manager[0], en: team.manager[1], team: team.id, channel: 'key_accounts', role: 'manager',
      hire: randomDay(rng, '2023-02-01', '2023-09-30'), plan: 'standard', senior: true, quality: 1.1,
    };
    const members = team.members.map((name, i): DemoRep => {
      const id = `S${t + 1}${String(i + 1).padStart(2, '0')}`;
      const post = POSTS[i]!;
      const hire = QUARTER_HIRES[id] ?? (i === 0 ? randomDay(rng, '2024-02-01', '2024-08-31') : randomDay(rng, '2024-03-01', '2025-11-30'));
      const trainee = id in QUARTER_HIRES;
      const leave = LEAVERS[id];
      return {
        id, zh: name[0], en: name[1], team: team.id, channel: post.channel, role: post.role, managerId,
        ...(hire >= MENTORED_FROM ? { mentorId: seniorId } : {}),
        hire,
        ...(leave ? { leave } : {}),
        plan: trainee ? 'trainee' : KEY_ACCOUNT_PLAN.has(id) ? 'marginal_ka' : 'standard',
        senior: hire < '2025-01-01',
        quality: qualityOf(rng, id, trainee),
      };
    });
    return [manager, ...members];
  });
}

function employedOn(rep: DemoRep, day: Day): boolean {
  return day >= rep.hire && (rep.leave === undefined || day <= rep.leave);
}

/** Every day from `first` to `last`, both included. */
function daysFrom(first: Day, last: Day): Day[] {
  const days: Day[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The days of the log a rep worked. */
function workedDays(rep: DemoRep): Day[] {
  const first = rep.hire > FIRST_DAY ? rep.hire : FIRST_DAY;
  const last = rep.leave !== undefined && rep.leave < DEMO_AS_OF ? rep.leave : DEMO_AS_OF;
  return daysFrom(first, last);
}

function monthEnd(month: string): Day {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return addDays(`${m === 12 ? year + 1 : year}-${String((m % 12) + 1).padStart(2, '0')}-01`, -1);
}

/** Share of a month's days the rep is on the books and the log runs (February's log starts on the 16th). */
function monthFraction(rep: DemoRep, month: string): number {
  const first = [`${month}-01`, rep.hire, FIRST_DAY].reduce((a, b) => (a > b ? a : b));
  const end = monthEnd(month);
  const last = rep.leave !== undefined && rep.leave < end ? rep.leave : end;
  return Math.max(0, daysInclusive(first, last)) / daysInclusive(`${month}-01`, end);
}

function repRow(rep: DemoRep, locale: Locale): TemplateRow {
  const pay = PAY[rep.plan === 'trainee' ? 'trainee' : rep.role];
  return compact({
    rep_id: rep.id,
    name: locale === 'zh-CN' ? rep.zh : rep.en,
    email: `${rep.en.toLowerCase().replace(' ', '.')}@example.com`,
    team: rep.team,
    channel: rep.channel,
    role: rep.role,
    manager_id: rep.managerId,
    mentor_id: rep.mentorId,
    hire_date: rep.hire,
    leave_date: rep.leave,
    base_salary: pay.base + (rep.senior && rep.role !== 'manager' ? 500 : 0),
    monthly_bonus_base: pay.bonus,
    plan: rep.plan,
  });
}

const PAY: Readonly<Record<Role | 'trainee', { base: number; bonus: number }>> = {
  manager: { base: 9000, bonus: 4000 },
  sales: { base: 7000, bonus: 3000 },
  prospector: { base: 6000, bonus: 2500 },
  caller: { base: 6000, bonus: 2000 },
  trainee: { base: 6000, bonus: 2000 },
};

// ---------------------------------------------------------------------------------------------
// Customers and their journeys

interface Customer {
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

interface Deal {
  ref: string;
  readonly customer: Customer;
  readonly date: Day;
  readonly amount: number;
  readonly due?: Day;
  /** Who is credited and with what share; one rep with share 1 when not split. */
  readonly shares: readonly (readonly [DemoRep, number])[];
}

type ActivityType =
  | 'lead' | 'call' | 'visit' | 'proposal' | 'registration' | 'subscription' | 'deal' | 'collection' | 'refund'
  | 'tour_group' | 'seminar' | 'agency_store' | 'agent_added' | 'referral_visit';

/** Same-day rows are listed in the order a customer goes through them. */
const TYPE_ORDER: readonly ActivityType[] = [
  'lead', 'call', 'visit', 'proposal', 'registration', 'subscription', 'deal', 'collection', 'refund',
  'tour_group', 'seminar', 'agency_store', 'agent_added', 'referral_visit',
];

interface Entry {
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
class Log {
  readonly entries: Entry[] = [];

  add(entry: Entry): boolean {
    if (entry.date > DEMO_AS_OF) return false;
    this.entries.push(entry);
    return true;
  }
}

/** Chances of each step of a journey, for a middling rep; carried-over customers are further along. */
const STEPS: Readonly<Record<Grade | 'carried', { visit: number; registration: number; subscription: number; deal: number }>> = {
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
function officeDay(day: Day): Day {
  return isoWeekday(day) === 7 ? addDays(day, 1) : day;
}

/** A day's share of a week's leads: prospecting runs on weekdays, lighter at weekends. */
function leadDayShape(day: Day): number {
  return isWeekend(day) ? 7 / 5.8 * 0.4 : 7 / 5.8;
}

/**
 * The leads a rep finds over the quarter, sized so the channel's visits follow its target; a month's
 * mood moves the volume up or down by up to a fifth.
 */
function leadsOf(rep: DemoRep, reps: readonly DemoRep[]): Customer[] {
  const rng = seededRandom(seedOf(`leads ${rep.id}`));
  const channel = channelOf(rep.channel);
  const posts = POSTS.filter((p) => p.channel === rep.channel).length * TEAMS.length;
  const perVisit = 1 / visitsPerLead(channel);
  const mood = new Map<string, number>(MONTHS.map((m) => [m, rng.between(0.8, 1.2)]));
  const found: Omit<Customer, 'id' | 'key'>[] = carriedOver(rng, rep, reps);
  for (const day of workedDays(rep)) {
    const visits = (channelDailyTarget(channel, addDays(day, 4)) * channel.effort) / posts;
    const mean = visits * perVisit * Math.sqrt(rep.quality) * (mood.get(day.slice(0, 7)) ?? 1) * leadDayShape(day);
    for (let n = rng.poisson(mean); n > 0; n--) {
      const grade = rng.weighted(channel.grades);
      found.push({ source: rep, closer: closerFor(rng, rep, day, reps), channel: rep.channel, grade, lead: day, carried: false });
    }
  }
  return found.map((c, i) => ({ ...c, id: '', key: `${rep.id}/${i}` }));
}

/** Hot customers met before the launch office opened, entered on its first two days. */
function carriedOver(rng: Random, rep: DemoRep, reps: readonly DemoRep[]): Omit<Customer, 'id' | 'key'>[] {
  if (!employedOn(rep, FIRST_DAY)) return [];
  const count = rng.poisson(3 * Math.sqrt(rep.quality));
  return Array.from({ length: count }, () => {
    const lead = addDays(FIRST_DAY, rng.int(0, 1));
    return { source: rep, closer: closerFor(rng, rep, lead, reps), channel: rep.channel, grade: 'A' as const, lead, carried: true };
  });
}

/** Sellers close their own customers; a prospector's or caller's customer goes to a seller of the team. */
function closerFor(rng: Random, rep: DemoRep, day: Day, reps: readonly DemoRep[]): DemoRep {
  if (rep.role === 'sales') return rep;
  const sellers = reps.filter((r) => r.team === rep.team && r.role === 'sales' && employedOn(r, day) && r.leave === undefined);
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

/** One customer from lead to deal, as far as they go by the as-of day. */
function journey(c: Customer, log: Log, reps: readonly DemoRep[]): Deal | undefined {
  const rng = seededRandom(seedOf(`journey ${c.key}`));
  const steps = STEPS[c.carried ? 'carried' : c.grade];
  const visits = rng.chance(chanceFor(steps.visit, c.source.quality));
  const lag = visits ? firstVisitLag(rng, c) : undefined;
  log.add({ date: c.lead, rep: c.source, type: 'lead', channel: c.channel, customer: c, grade: c.grade });
  answerLead(rng, c, lag, log);
  if (lag === undefined) return undefined;
  const visit = (day: Day, rep: DemoRep) =>
    log.add({ date: day, rep: doer(rep, c.closer, day), type: 'visit', channel: c.channel, customer: c, quantity: 1 });

  let day = weekendNudge(rng, addDays(c.lead, lag));
  if (!visit(day, c.source)) return undefined;
  for (const p of c.carried ? [] : REVISITS) {
    if (!rng.chance(p)) break;
    day = weekendNudge(rng, addDays(day, rng.int(1, 5)));
    if (!visit(day, c.closer)) return undefined;
  }
  // A weak prospector's customers are harder to close, whoever closes them.
  const skill = c.closer === c.source ? c.closer.quality : Math.sqrt(c.closer.quality * c.source.quality);
  if (!rng.chance(chanceFor(steps.registration, skill))) return undefined;
  if (rng.chance(0.4)) day = addDays(day, rng.int(1, 3));
  if (!log.add({ date: day, rep: c.closer, type: 'registration', customer: c })) return undefined;
  if (PROPOSAL_CHANNELS.has(c.channel) && rng.chance(0.4)) {
    day = addDays(day, rng.int(1, 2));
    if (!log.add({ date: day, rep: c.closer, type: 'proposal', customer: c })) return undefined;
    if (rng.chance(0.85)) log.add({ date: addDays(day, rng.int(1, 3)), rep: c.closer, type: 'call', customer: c });
  }
  if (!rng.chance(chanceFor(steps.subscription, skill))) return undefined;
  day = weekendNudge(rng, addDays(day, c.carried ? rng.int(1, 5) : rng.int(2, 8)));
  if (!visit(day, c.closer)) return undefined;
  log.add({ date: day, rep: c.closer, type: 'subscription', customer: c });
  if (!rng.chance(chanceFor(steps.deal, skill))) return undefined;
  day = officeDay(addDays(day, rng.int(1, 5)));
  return day <= DEMO_AS_OF ? newDeal(rng, c, day, reps) : undefined;
}

/** A deal amount in whole hundreds, mostly in the lower part of the channel's range. */
function dealAmount(rng: Random, c: Customer): number {
  const [low, high] = channelOf(c.channel).dealAmount;
  const lift = Math.min(1, 0.85 + 0.1 * c.closer.quality);
  return Math.round((low + (high - low) * rng.next() ** 2 * lift) / 100) * 100;
}

/** Who shares the credit: a prospector's customer is often split with the seller who closed it. */
function sharesOf(rng: Random, c: Customer, day: Day, reps: readonly DemoRep[]): readonly (readonly [DemoRep, number])[] {
  if (c.source !== c.closer && employedOn(c.source, day)) {
    const draw = rng.next();
    if (draw < 0.55) return [[c.closer, 0.6], [c.source, 0.4]];
    if (draw < 0.85) return [[c.closer, 0.5], [c.source, 0.5]];
    return [[c.closer, 1]];
  }
  if (c.channel === 'key_accounts' && rng.chance(0.1)) {
    const partner = reps.find(
      (r) => r.team === c.closer.team && r.channel === 'key_accounts' && r.role === 'sales' && r !== c.closer && employedOn(r, day),
    );
    if (partner) return [[c.closer, 0.5], [partner, 0.5]];
  }
  return [[c.closer, 1]];
}

function newDeal(rng: Random, c: Customer, day: Day, reps: readonly DemoRep[]): Deal {
  const amount = dealAmount(rng, c);
  const due = rng.chance(0.25) ? addDays(day, rng.pick([15, 45, 60])) : undefined;
  return { ref: '', customer: c, date: day, amount, ...(due ? { due } : {}), shares: sharesOf(rng, c, day, reps) };
}

/** One deal row per credited rep, each with the whole amount and, when split, its share. */
function dealEntries(deal: Deal, log: Log): void {
  for (const [rep, share] of deal.shares) {
    const split = deal.shares.length > 1 ? { share } : {};
    const due = deal.due ? { due: deal.due } : {};
    log.add({ date: deal.date, rep, type: 'deal', customer: deal.customer, amount: deal.amount, deal, ...split, ...due });
  }
}

/** Payments against a deal: mostly a deposit and the rest on time; some late, some partial; a cancelled deal only its deposit. */
function collections(deal: Deal, refund: Refund | undefined, log: Log): void {
  const rng = seededRandom(seedOf(`collections ${deal.customer.key}`));
  const due = deal.due ?? addDays(deal.date, 30);
  const closer = deal.customer.closer;
  const pay = (date: Day, amount: number) =>
    amount > 0 && log.add({ date: officeDay(date), rep: closer, type: 'collection', customer: deal.customer, amount, deal });
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
    pay(addDays(deal.date, rng.int(5, 20)), Math.round((deal.amount - deposit) * 0.5 / 100) * 100);
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

// ---------------------------------------------------------------------------------------------
// Events that earn rewards or fines (SPEC section 5)

/** The Mondays of the weeks the log covers. */
function weekStarts(): Day[] {
  return daysFrom(FIRST_DAY, DEMO_AS_OF).filter((d) => isoWeekday(d) === 1);
}

/** The days of a week a rep worked, up to the as-of day. */
function weekDays(rep: DemoRep, monday: Day, weekdays: readonly number[]): Day[] {
  return weekdays.map((w) => addDays(monday, w - 1)).filter((d) => d <= DEMO_AS_OF && employedOn(rep, d));
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
      log.add({ date: rng.pick(weekend), rep, type: 'tour_group', channel: rep.channel, quantity: tourGroupSize(rng) });
    }
    const midweek = weekDays(rep, monday, [2, 3, 4]);
    if (rep.channel === 'key_accounts' && midweek.length > 0 && rng.chance(0.15)) {
      log.add({ date: rng.pick(midweek), rep, type: 'seminar', channel: rep.channel, quantity: rng.int(50, 100) });
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
    for (let i = 0; i < stores; i++) log.add({ date: rng.pick(days), rep, type: 'agency_store', channel: rep.channel, quantity: 1 });
    for (let i = 0; i < agents; i++) log.add({ date: rng.pick(days), rep, type: 'agent_added', channel: rep.channel, quantity: 1 });
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
  for (const day of workedDays(rep)) {
    const weekday = isoWeekday(day);
    if (weekday === 7) continue;
    const calls = rng.int(150, 215) * (weekday === 6 ? 0.5 : 1) * Math.min(1, Math.sqrt(rep.quality));
    log.add({ date: day, rep, type: 'call', channel: rep.channel, quantity: Math.round(calls) });
  }
}

// ---------------------------------------------------------------------------------------------
// The activity tab

/** The whole activity log, ordered by day, with record ids, customer ids and deal refs. */
function demoActivity(reps: readonly DemoRep[]): Entry[] {
  const workers = reps.filter((r) => r.role !== 'manager');
  const customers = workers.flatMap((rep) => leadsOf(rep, reps));
  customers.sort((a, b) => a.lead.localeCompare(b.lead));
  customers.forEach((c, i) => (c.id = `C${String(i + 1).padStart(5, '0')}`));

  const log = new Log();
  const deals = customers.map((c) => journey(c, log, reps)).filter((d): d is Deal => d !== undefined);
  deals.sort((a, b) => a.date.localeCompare(b.date) || a.customer.id.localeCompare(b.customer.id));
  deals.forEach((deal, i) => (deal.ref = `D${String(i + 1).padStart(4, '0')}`));
  const refunds = chooseRefunds(deals);
  for (const deal of deals) {
    dealEntries(deal, log);
    const refund = refunds.get(deal);
    collections(deal, refund, log);
    if (refund) log.add({ ...refund, rep: deal.customer.closer, type: 'refund', customer: deal.customer, deal });
  }

  for (const rep of workers) {
    const rng = seededRandom(seedOf(`events ${rep.id}`));
    toursAndSeminars(rng, rep, log);
    agencyWork(rng, rep, log);
    referralVisits(rng, rep, log);
    callerDays(rng, rep, log);
  }
  const order = (e: Entry) => TYPE_ORDER.indexOf(e.type);
  return log.entries
    .map((entry, seq) => ({ entry, seq }))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || order(a.entry) - order(b.entry) || a.seq - b.seq)
    .map(({ entry }) => entry);
}

function activityRow(entry: Entry, index: number): TemplateRow {
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

// ---------------------------------------------------------------------------------------------
// Targets, reviews, pay adjustments, pools and claims

/** Monthly revenue targets of sellers by channel, in a month of the registration phase; seniors carry a fifth more. */
const SELLER_REVENUE: Readonly<Partial<Record<ChannelId, number>>> = {
  key_accounts: 1_400_000,
  resale_agency: 1_800_000,
  mall_expo: 1_100_000,
};
/** Prospectors and callers earn through shares of the deals of the customers they bring. */
const PROSPECTOR_REVENUE = 280_000;
/** A trainee's targets, as a share of the post's. */
const TRAINEE_LOAD = 0.5;
/**
 * Targets follow the campaign: visits run full from 2026-03-24 and deals come weeks after them, later
 * still for the customers prospectors hand over.
 */
const MONTH_LOAD: Readonly<Record<'seller' | 'prospector', Readonly<Record<(typeof MONTHS)[number], number>>>> = {
  seller: { '2026-02': 0.45, '2026-03': 0.55, '2026-04': 1, '2026-05': 1 },
  prospector: { '2026-02': 0.45, '2026-03': 0.35, '2026-04': 1, '2026-05': 1 },
};
const LEAD_CONVERSION: Readonly<Record<ChannelId, number>> = {
  key_accounts: 0.25,
  mall_expo: 0.15,
  community_roadshow: 0.2,
  resale_agency: 0.2,
  flyers: 0.15,
  cold_calls: 0.15,
  street_intercept: 0.18,
  competitor_intercept: 0.2,
};

function revenueBase(rep: DemoRep): number {
  const post = rep.role === 'sales' ? (SELLER_REVENUE[rep.channel] ?? PROSPECTOR_REVENUE) : PROSPECTOR_REVENUE;
  return post * (rep.plan === 'trainee' ? TRAINEE_LOAD : rep.senior && rep.role === 'sales' ? 1.2 : 1);
}

/**
 * Revenue a manager expects per new customer: a seller's whole deals, with many smaller ones handed over
 * by the team's prospectors; a prospector's share of a deal.
 */
const REVENUE_PER_CUSTOMER: Readonly<Record<'seller' | 'prospector', number>> = { seller: 140_000, prospector: 55_000 };

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

/** Monthly targets of one rep, for the months they are on the books, prorated to the days they work. */
function repTargets(rep: DemoRep): TemplateRow[] {
  return MONTHS.flatMap((period) => {
    const fraction = monthFraction(rep, period);
    if (fraction <= 0) return [];
    const kind = rep.role === 'sales' ? 'seller' : 'prospector';
    const revenue = Math.max(50_000, roundTo(revenueBase(rep) * MONTH_LOAD[kind][period] * fraction, 10_000));
    const customers = Math.max(1, Math.round(revenue / REVENUE_PER_CUSTOMER[kind]));
    return [
      { period, metric: 'revenue', rep_id: rep.id, base: revenue, challenge: revenue * 1.5, sprint: revenue * 2 },
      { period, metric: 'new_customers', rep_id: rep.id, base: customers, challenge: Math.ceil(customers * 1.5) },
      { period, metric: 'collection_rate', rep_id: rep.id, base: 0.9 },
      { period, metric: 'lead_conversion', rep_id: rep.id, base: LEAD_CONVERSION[rep.channel] },
    ];
  });
}

/** Each channel's visit target per month: its daily target in the phase, the warm-up share of it before. */
function channelTargets(): TemplateRow[] {
  return MONTHS.flatMap((period) =>
    CHANNELS.map((channel) => {
      const first = period === '2026-02' ? FIRST_DAY : `${period}-01`;
      const visits = daysFrom(first, monthEnd(period)).reduce((sum, day) => sum + channelDailyTarget(channel, day), 0);
      return { period, metric: 'visits', channel: channel.id, base: Math.round(visits) };
    }),
  );
}

/** Manager reviews, 55–100, better for better reps. */
function demoReviews(reps: readonly DemoRep[]): TemplateRow[] {
  const rng = seededRandom(seedOf('reviews'));
  const score = (centre: number) => Math.min(100, Math.max(55, Math.round(centre + rng.between(-8, 8))));
  return reps.flatMap((rep) =>
    MONTHS.filter((m) => monthFraction(rep, m) > 0).map((period) => {
      const centre = 80 + (rep.quality - 1) * 30;
      return {
        period, rep_id: rep.id,
        customer_satisfaction: score(centre), compliance: score(centre + 4), teamwork: score(centre + 2), learning: score(centre - 2),
      };
    }),
  );
}

const REASONS = {
  missedCheckIn: { 'zh-CN': '未打卡', en: 'missed check-in' },
  groupPurchase: { 'zh-CN': '大客户团购签约奖励', en: 'key-account group purchase bonus' },
  mentor: { 'zh-CN': '新人带教奖励', en: 'mentoring a new hire' },
  expo: { 'zh-CN': '商超外展补位奖励', en: 'covering the mall expo stand' },
} as const satisfies Readonly<Record<string, Readonly<Record<Locale, string>>>>;

/** Fines for missed check-ins (20 yuan, 30 from the second in a month), weak reps more often, and a few bonuses. */
function demoAdjustments(reps: readonly DemoRep[], locale: Locale): TemplateRow[] {
  const rng = seededRandom(seedOf('adjustments'));
  const fines = reps
    .filter((r) => r.role !== 'manager')
    .flatMap((rep) =>
      MONTHS.flatMap((month) => {
        const days = workedDays(rep).filter((d) => d.startsWith(month) && isoWeekday(d) <= 6);
        const count = days.length === 0 ? 0 : Math.min(4, rng.poisson(WEAK.has(rep.id) ? 1.6 : 0.25));
        const chosen = [...new Set(Array.from({ length: count }, () => rng.pick(days)))].sort();
        const reason = REASONS.missedCheckIn[locale];
        return chosen.map((date, i) => ({ date, rep_id: rep.id, amount: i === 0 ? -20 : -30, reason }));
      }),
    );
  const bonuses = [
    { date: '2026-03-31', rep_id: 'S101', amount: 1500, reason: REASONS.groupPurchase[locale] },
    { date: '2026-04-30', rep_id: 'S201', amount: 500, reason: REASONS.mentor[locale] },
    { date: '2026-04-30', rep_id: 'S303', amount: 300, reason: REASONS.expo[locale] },
  ];
  return [...fines, ...bonuses].sort((a, b) => a.date.localeCompare(b.date) || a.rep_id.localeCompare(b.rep_id));
}

/** The first customer a rep found on or after a day, for a claim that protects it. */
function firstLeadOf(activity: readonly Entry[], repId: string, from: Day): string {
  const lead = activity.find((e) => e.type === 'lead' && e.rep.id === repId && e.date >= from);
  if (!lead?.customer) throw new RangeError(`No lead of ${repId} from ${from}`);
  return lead.customer.id;
}

/**
 * Resource claims on organisations (group purchases) and customers: two claims rejected inside the
 * 5-day window (org_xinghai_tech, org_city_no2_hospital) and one taking over after it (org_huaxin_pharma).
 */
function demoClaims(activity: readonly Entry[]): TemplateRow[] {
  const claims: readonly [resource: string, rep: string, at: string][] = [
    ['org_xinghai_tech', 'S101', '2026-03-03 10:15'],
    ['org_city_no2_hospital', 'S302', '2026-03-05 09:20'],
    ['org_xinghai_tech', 'S201', '2026-03-06 16:40'],
    ['org_city_no2_hospital', 'S102', '2026-03-09 11:05'],
    ['org_jinling_bank_west', 'S202', '2026-03-12 14:30'],
    ['org_no3_middle_school', 'S402', '2026-03-18 10:00'],
    ['org_power_supply_bureau', 'S301', '2026-03-26 15:45'],
    ['org_tianyi_logistics', 'S102', '2026-04-02 09:30'],
    [firstLeadOf(activity, 'S104', '2026-04-07'), 'S104', '2026-04-07 18:20'],
    ['org_huaxin_pharma', 'S401', '2026-04-13 09:00'],
    ['org_metro_line_ops', 'S201', '2026-04-16 11:10'],
    ['org_huaxin_pharma', 'S202', '2026-04-20 14:30'],
    ['org_university_staff_union', 'S101', '2026-04-27 10:40'],
    [firstLeadOf(activity, 'S204', '2026-05-06'), 'S204', '2026-05-06 17:05'],
    ['org_tax_bureau_west', 'S302', '2026-05-11 09:50'],
  ];
  return claims.map(([resource, rep_id, claimed_at]) => ({ resource, rep_id, claimed_at }));
}

// ---------------------------------------------------------------------------------------------
// Rule and plan tabs

function settingRows(locale: Locale): TemplateRow[] {
  return tabs.settingKeys.flatMap((k) =>
    'default' in k ? [{ key: k.key, value: k.key === 'locale' ? locale : k.default, note: k.about }] : [],
  );
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

function campaignRows(): TemplateRow[] {
  const values: Readonly<Record<(typeof tabs.campaignKeys)[number]['key'], string>> = {
    total_value: String(CAMPAIGN.totalValue),
    sell_through: percent(CAMPAIGN.sellThrough),
    unit_target: String(CAMPAIGN.units),
    deal_from_subscription: percent(CAMPAIGN.dealFromSubscription),
    subscription_from_registration: percent(CAMPAIGN.subscriptionFromRegistration),
    registration_from_visit: percent(CAMPAIGN.registrationFromVisit),
  };
  return tabs.campaignKeys.map((k) => ({ key: k.key, value: values[k.key], note: k.about }));
}

function channelRows(locale: Locale): TemplateRow[] {
  return CHANNELS.map((c) => compact({
    channel: c.id,
    name: locale === 'zh-CN' ? c.zh : c.en,
    headcount: c.headcount,
    daily_visit_target: c.dailyVisitTarget,
    visit_share: c.visitShare,
    weekday_share: 0.6,
    weekend_share: 0.4,
    daily_leads_per_person: c.dailyLeadsPerPerson,
  }));
}

const TIER_RATES = { below_base_rate: 0, base_rate: 0.1, challenge_rate: 0.15, sprint_rate: 0.2 };

const COMMISSION_PLANS: readonly TemplateRow[] = [
  { plan: 'standard', mode: 'retroactive', ...TIER_RATES },
  { plan: 'marginal_ka', mode: 'marginal', ...TIER_RATES, cap: 60_000 },
  { plan: 'trainee', mode: 'flat', flat_rate: 0.05, draw: 3000, draw_kind: 'recoverable' },
];

/** The source's reward and penalty rules, one row each. */
const REWARDS: readonly TemplateRow[] = [
  { rule: 'tour_group_10_29', kind: 'event_tier', trigger: 'tour_group', amount: 300, min: 10, max: 29, recipient: 'rep' },
  { rule: 'tour_group_30_99', kind: 'event_tier', trigger: 'tour_group', amount: 600, min: 30, max: 99, recipient: 'rep' },
  { rule: 'tour_group_100_plus', kind: 'event_tier', trigger: 'tour_group', amount: 1000, min: 100, recipient: 'rep' },
  // The shopping card for the outside organiser of a tour of 30 or more: a cost of the channel.
  { rule: 'tour_group_organiser_card', kind: 'event_tier', trigger: 'tour_group', amount: 500, min: 30, recipient: 'external' },
  { rule: 'seminar_50_79', kind: 'event_tier', trigger: 'seminar', amount: 300, min: 50, max: 79, recipient: 'rep' },
  { rule: 'seminar_80_plus', kind: 'event_tier', trigger: 'seminar', amount: 500, min: 80, recipient: 'rep' },
  { rule: 'weekly_visits', kind: 'per_unit', trigger: 'visit', amount: 10, window: 'week', min: 3, recipient: 'rep' },
  {
    rule: 'agency_store_shortfall', kind: 'shortfall', trigger: 'agency_store', amount: 100,
    channel: 'resale_agency', window: 'week', min: 5, recipient: 'rep',
  },
  {
    rule: 'agent_added_shortfall', kind: 'shortfall', trigger: 'agent_added', amount: 10,
    channel: 'resale_agency', window: 'week', min: 25, recipient: 'rep',
  },
  { rule: 'daily_registration_top', kind: 'rank', trigger: 'registration', amount: 200, window: 'day', top_n: 1, recipient: 'rep' },
  {
    rule: 'subscription_phase_rep', kind: 'event_tier', trigger: 'subscription', amount: 500,
    phase: 'subscription', min: 1, recipient: 'rep',
  },
  {
    rule: 'subscription_phase_team', kind: 'event_tier', trigger: 'subscription', amount: 200,
    phase: 'subscription', min: 1, recipient: 'team',
  },
  // Not in the source: every event type of the log must be some rule's trigger.
  { rule: 'referral_visit_bonus', kind: 'per_unit', trigger: 'referral_visit', amount: 50, window: 'month', min: 1, recipient: 'rep' },
];

const PERIODS: readonly TemplateRow[] = [
  { period: '2026-02', status: 'closed' },
  { period: '2026-03', status: 'closed' },
  { period: '2026-04', status: 'open' },
  { period: '2026-05', status: 'open' },
];

/** A row without its empty cells. */
function compact(row: Readonly<Record<string, TemplateValue>>): TemplateRow {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

/**
 * A realistic demo organisation as template rows, the same on every call: 40 reps in 4 teams over 8
 * channels, a quarter of activity up to {@link DEMO_AS_OF}, targets, reviews, the source's rules.
 * KPIs and Grades are left to the template defaults.
 * @example templateWorkbook('zh-CN', demoOrganisation('zh-CN')) // the demo workbook in Chinese
 */
export function demoOrganisation(locale: 'zh-CN' | 'en'): TemplateRows {
  const reps = demoReps();
  const workers = reps.filter((r) => r.role !== 'manager');
  const activity = demoActivity(reps);
  return {
    [tabs.settings.id]: settingRows(locale),
    [tabs.reps.id]: reps.map((r) => repRow(r, locale)),
    [tabs.targets.id]: [...workers.flatMap(repTargets), ...channelTargets()],
    [tabs.activity.id]: activity.map(activityRow),
    [tabs.reviews.id]: demoReviews(reps),
    [tabs.commissionPlans.id]: COMMISSION_PLANS,
    [tabs.rewards.id]: REWARDS,
    [tabs.adjustments.id]: demoAdjustments(reps, locale),
    [tabs.pools.id]: [
      { date: '2026-04-30', pool: 'pool_ka_q2', amount: 10_000, rep_id: 'S101', role: 'lead' },
      { date: '2026-04-30', pool: 'pool_ka_q2', amount: 10_000, rep_id: 'S102', role: 'support' },
      { date: '2026-04-30', pool: 'pool_ka_q2', amount: 10_000, rep_id: 'S103', role: 'support' },
    ],
    [tabs.campaign.id]: campaignRows(),
    [tabs.phases.id]: PHASES.map((p) => ({ phase: p.phase, start: p.start, end: p.end, visit_share: p.visitShare })),
    [tabs.channels.id]: channelRows(locale),
    [tabs.claims.id]: demoClaims(activity),
    [tabs.periods.id]: PERIODS,
  };
}
