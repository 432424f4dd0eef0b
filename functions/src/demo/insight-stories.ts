/**
 * The stories the demo's Insights tab should tell (SPEC section 12), planted on top of the generated log
 * with rows of their own (ids `I000001`…, customers K…, G…, N…, F…, M…):
 *
 * - key-account companies that buy units for their staff again and again: core customers, one of whom
 *   (the team_b company) has heard nothing from anyone since 2026-03-20, a win-back alert;
 * - the latest new hire whose first three months have ended falls short of 60% of their mentor's close
 *   rate: a batch of cold leads they took over that went nowhere, sized from the log so the story holds
 *   whatever the generated months hold;
 * - a flyer drop in the wrong district in the week of 2026-04-20: 60 flyers leads, none of whom buys,
 *   the week's conversion a red alert;
 * - an A/B test of the mall-expo opening script from 2026-03-30 to 2026-04-26: 120 passers-by met with
 *   script A (15 buy), 120 with script B (29 buy), each seller using both;
 * - the performance-improvement plan's goals (conversion +15%, new hires' deal cycle −30%, repurchase
 *   +10%, a team's revenue +25%) and what each channel cost beyond its rewards from the launch on.
 *
 * No planted row is a visit, so the channels' visit counts (Channel Gaps) stay as generated; leads carry
 * no grade, so no follow-up rule applies to them; every deal is collected in full.
 */
import { addDays, dayNumber, isoWeekday, type Day } from '../domain/days.js';
import { firstThreeMonths } from '../domain/insights/mentoring.js';
import type { TemplateRow, TemplateValue } from '../template/template.js';
import { AS_OF } from './calendar.js';
import { compact } from './rows.js';

/** What the stories need of a demo rep. */
export interface StoryRep {
  readonly id: string;
  readonly team: string;
  readonly channel: string;
  readonly role: string;
  readonly mentorId?: string | undefined;
  readonly hire: Day;
  readonly leave?: Day | undefined;
}

export interface InsightStories {
  /** The log with the stories' rows after it. */
  readonly activity: TemplateRow[];
  readonly goals: TemplateRow[];
  readonly channelCosts: TemplateRow[];
}

type Add = (row: Readonly<Record<string, TemplateValue>>) => void;

/** The office signs and calls on working days: a Sunday moves to the Monday. */
const workday = (day: Day): Day => (isoWeekday(day) === 7 ? addDays(day, 1) : day);

const onBooks = (r: StoryRep, first: Day, last: Day) =>
  r.hire <= first && (r.leave === undefined || r.leave >= last);

/** The team's first rep (by id) on a channel and in a role, on the books over the days given. */
function findRep(
  reps: readonly StoryRep[],
  team: string,
  channel: string,
  role: string,
  first: Day,
  last: Day,
): StoryRep | undefined {
  return [...reps]
    .sort((a, b) => a.id.localeCompare(b.id))
    .find((r) => r.team === team && r.channel === channel && r.role === role && onBooks(r, first, last));
}

function repOf(
  reps: readonly StoryRep[],
  team: string,
  channel: string,
  role: string,
  first: Day,
  last: Day,
): StoryRep {
  const rep = findRep(reps, team, channel, role, first, last);
  if (!rep) throw new Error(`No ${role} on ${channel} in ${team} from ${first} to ${last}`);
  return rep;
}

/** A deal credited in full and collected three working days later. */
function deal(add: Add, rep: StoryRep, customer: string, day: Day, amount: number, ref: string): void {
  add({ date: day, rep_id: rep.id, type: 'deal', customer_id: customer, amount, ref });
  add({
    date: workday(addDays(day, 3)),
    rep_id: rep.id,
    type: 'collection',
    customer_id: customer,
    amount,
    ref,
  });
}

/** Companies buying units for their staff, and a resale customer buying a second flat. */
function repeatBuyers(reps: readonly StoryRep[], add: Add): void {
  const stories = [
    // team_a's company: three purchases, called the week before the as-of day
    {
      customer: 'K0001',
      team: 'team_a',
      channel: 'key_accounts',
      lead: '2025-05-20',
      deals: [
        ['2025-06-10', 360_000],
        ['2025-10-20', 420_000],
        ['2026-04-28', 380_000],
      ],
      last: '2026-05-08',
    },
    // team_b's company: three purchases, the last on 2026-02-26, a call on 2026-03-20 and nothing since
    {
      customer: 'K0002',
      team: 'team_b',
      channel: 'key_accounts',
      lead: '2025-07-15',
      deals: [
        ['2025-08-05', 250_000],
        ['2025-12-15', 350_000],
        ['2026-02-26', 300_000],
      ],
      last: '2026-03-20',
    },
    {
      customer: 'K0003',
      team: 'team_c',
      channel: 'key_accounts',
      lead: '2025-09-01',
      deals: [
        ['2025-09-22', 280_000],
        ['2026-03-16', 300_000],
      ],
      last: '2026-05-06',
    },
    {
      customer: 'G0001',
      team: 'team_d',
      channel: 'resale_agency',
      lead: '2025-10-14',
      deals: [
        ['2025-11-05', 90_000],
        ['2026-04-10', 60_000],
      ],
      last: '2026-04-24',
    },
  ] as const;
  for (const s of stories) {
    const rep = repOf(reps, s.team, s.channel, 'sales', s.lead, AS_OF);
    add({ date: s.lead, rep_id: rep.id, type: 'lead', channel: s.channel, customer_id: s.customer });
    s.deals.forEach(([day, amount], i) => deal(add, rep, s.customer, day, amount, `${s.customer}-${i + 1}`));
    add({ date: s.last, rep_id: rep.id, type: 'call', customer_id: s.customer });
  }
}

/** Of a rep's leads in a range (distinct customers), how many bought on or after the lead. */
function closeRate(
  log: readonly TemplateRow[],
  rep: string,
  first: Day,
  last: Day,
): { leads: number; deals: number } {
  const leads = new Map<string, Day>();
  const latestDeal = new Map<string, Day>();
  for (const r of log) {
    const [day, customer] = [String(r.date), r.customer_id === undefined ? undefined : String(r.customer_id)];
    if (customer === undefined || day > AS_OF) continue;
    if (r.type === 'deal' && (latestDeal.get(customer) ?? '') < day) latestDeal.set(customer, day);
    if (
      r.type === 'lead' &&
      r.rep_id === rep &&
      day >= first &&
      day <= last &&
      (leads.get(customer) ?? '9999') > day
    )
      leads.set(customer, day);
  }
  const deals = [...leads].filter(([customer, day]) => (latestDeal.get(customer) ?? '') >= day).length;
  return { leads: leads.size, deals };
}

/**
 * Cold leads handed to the latest new hire whose first three months have ended, enough to bring their
 * close rate to about 45% of their mentor's over those months (below the 60% the plan asks).
 */
function mentoringShortfall(reps: readonly StoryRep[], log: readonly TemplateRow[], add: Add): void {
  const hire = reps
    .filter(
      (r) =>
        r.mentorId !== undefined &&
        firstThreeMonths(r.hire).last <= AS_OF &&
        onBooks(r, r.hire, firstThreeMonths(r.hire).last),
    )
    .sort((a, b) => b.hire.localeCompare(a.hire) || a.id.localeCompare(b.id))[0];
  if (!hire?.mentorId) throw new Error('No mentored new hire whose first three months have ended');
  const { first, last } = firstThreeMonths(hire.hire);
  const own = closeRate(log, hire.id, first, last);
  const mentor = closeRate(log, hire.mentorId, first, last);
  const mentorRate = mentor.leads === 0 ? 0.3 : Math.max(mentor.deals / mentor.leads, 0.1);
  const extra = Math.max(8, Math.ceil(own.deals / (0.45 * mentorRate)) - own.leads);
  const span = dayNumber(last) - dayNumber(first) - 7;
  for (let i = 0; i < extra; i++) {
    const day = workday(addDays(first, 7 + Math.floor((i * span) / extra)));
    add({
      date: day,
      rep_id: hire.id,
      type: 'lead',
      channel: hire.channel,
      customer_id: `N${String(i + 1).padStart(4, '0')}`,
    });
  }
}

/** The week of 2026-04-20: 60 flyers leads from a drop in the wrong district, none of whom buys. */
function flyerDrop(reps: readonly StoryRep[], add: Add): void {
  const days = ['2026-04-21', '2026-04-22'];
  const prospectors = reps.filter(
    (r) => r.channel === 'flyers' && r.role !== 'manager' && onBooks(r, days[0]!, days[1]!),
  );
  if (prospectors.length === 0) throw new Error('No flyers prospector for the week of 2026-04-20');
  for (let i = 0; i < 60; i++) {
    const rep = prospectors[i % prospectors.length]!;
    add({
      date: days[i % 2]!,
      rep_id: rep.id,
      type: 'lead',
      channel: 'flyers',
      customer_id: `F${String(i + 1).padStart(4, '0')}`,
    });
  }
}

/**
 * The mall-expo opening script test, 2026-03-30 to 2026-04-26: each seller meets passers-by with both
 * scripts in turn; 15 of script A's 120 buy, 29 of script B's 120, a week or two later.
 */
function scriptTest(reps: readonly StoryRep[], add: Add): void {
  const [start, end] = ['2026-03-30', '2026-04-26'];
  // Sellers past their first months, so the test does not colour the mentoring of a new hire
  const teams = [...new Set(reps.map((r) => r.team))].sort();
  const sellers = teams.flatMap(
    (team) => findRep(reps, team, 'mall_expo', 'sales', addDays(start, -180), AS_OF) ?? [],
  );
  if (sellers.length === 0) throw new Error('No mall-expo seller for the script test');
  const bought = { A: 15, B: 29 } as const;
  const days = dayNumber(end) - dayNumber(start) + 1;
  for (let i = 0; i < 240; i++) {
    const variant = i % 2 === 0 ? 'A' : 'B';
    const n = i >> 1; // the n-th passer-by of this script
    const rep = sellers[n % sellers.length]!;
    const lead = workday(addDays(start, Math.floor((i * days) / 240)));
    const customer = `M${String(i + 1).padStart(4, '0')}`;
    add({ date: lead, rep_id: rep.id, type: 'lead', channel: 'mall_expo', customer_id: customer, variant });
    // Spread the buyers evenly over the script's passers-by
    if (Math.floor(((n + 1) * bought[variant]) / 120) > Math.floor((n * bought[variant]) / 120)) {
      deal(
        add,
        rep,
        customer,
        workday(addDays(lead, 6 + (n % 12))),
        60_000 + ((n * 7_300) % 90_000),
        `${customer}-1`,
      );
    }
  }
}

/** The improvement plan's goals, against the last quarter before it. */
const GOALS: readonly TemplateRow[] = [
  { metric: 'lead_conversion', baseline_period: '2025-Q4', change: '+15%', by_date: '2026-06-30' },
  { metric: 'new_hire_deal_cycle', baseline_period: '2025-Q4', change: '-30%', by_date: '2026-03-31' },
  { metric: 'repurchase_rate', baseline_period: '2025-Q4', change: '+10%', by_date: '2026-06-30' },
  {
    metric: 'lead_conversion',
    team: 'team_c',
    baseline_period: '2025-Q4',
    change: '+15%',
    by_date: '2026-06-30',
  },
  { metric: 'revenue', team: 'team_b', baseline_period: '2025-Q4', change: '+25%', by_date: '2026-12-31' },
];

/** What each channel costs a month beyond its rewards, from the launch office's opening. */
const MONTHLY_COST: Readonly<Record<string, readonly [number, string, string]>> = {
  key_accounts: [40_000, 'client events and gifts', '客户活动与礼品'],
  mall_expo: [60_000, 'booth rental', '展位租金'],
  community_roadshow: [25_000, 'venue and set-up', '场地与布展'],
  resale_agency: [35_000, 'agency referral fees', '中介带客费'],
  flyers: [12_000, 'printing', '印刷'],
  cold_calls: [8_000, 'phone lines and lists', '线路与名单'],
  street_intercept: [15_000, 'intercept gifts', '拦截礼品'],
  competitor_intercept: [6_000, 'intercept gifts', '拦截礼品'],
};

function channelCosts(locale: 'zh-CN' | 'en'): TemplateRow[] {
  const months = ['2026-02-16', '2026-03-01', '2026-04-01', '2026-05-01'];
  return months.flatMap((date, m) =>
    Object.entries(MONTHLY_COST).map(([channel, [amount, en, zh]]) => ({
      date,
      channel,
      // The office opened mid-February: half a month.
      amount: m === 0 ? amount / 2 : amount,
      note: locale === 'zh-CN' ? zh : en,
    })),
  );
}

/** The stories, with the log they are planted in. */
export function insightStories(
  reps: readonly StoryRep[],
  log: readonly TemplateRow[],
  locale: 'zh-CN' | 'en',
): InsightStories {
  const rows: TemplateRow[] = [];
  // Like the log itself, nothing after the as-of day is written (a collection due next week).
  const add: Add = (row) => {
    if (String(row.date) <= AS_OF)
      rows.push(compact({ ...row, id: `I${String(rows.length + 1).padStart(6, '0')}` }));
  };
  repeatBuyers(reps, add);
  flyerDrop(reps, add);
  scriptTest(reps, add);
  // Last, so the close rates it sizes its leads from count every other story's rows
  mentoringShortfall(reps, [...log, ...rows], add);
  return { activity: [...log, ...rows], goals: [...GOALS], channelCosts: channelCosts(locale) };
}
