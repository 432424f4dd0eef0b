/**
 * The people of the demo: four teams, each a manager and nine posts over the eight channels, built up
 * from 2023 and still hiring for the launch. A few have a story the scorecards should tell: the long-time
 * star, the strong hire of September 2025, the reps who slip, the one who leaves.
 */
import { daysInclusive, type Day } from '../domain/days.js';
import type { TemplateRow } from '../template/template.js';
import type { Locale } from '../workbook/messages.js';
import { earlier, later, randomDay } from './calendar.js';
import type { ChannelId } from './campaign.js';
import { seedOf, seededRandom, type Random } from './random.js';
import { compact } from './rows.js';

export type Role = 'manager' | 'sales' | 'prospector' | 'caller';
export type PlanId = 'standard' | 'marginal_ka' | 'trainee';

export interface DemoRep {
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

interface Team {
  readonly id: string;
  readonly manager: Name;
  /** The nine posts' holders, in the order of {@link POSTS}. */
  readonly members: readonly Name[];
  /** People hired beyond the nine posts. */
  readonly joiners?: readonly { name: Name; id: string; channel: ChannelId; role: Role }[];
}

export const TEAMS: readonly Team[] = [
  {
    id: 'team_a',
    manager: ['陈志强', 'Chen Zhiqiang'],
    members: [
      ['王磊', 'Wang Lei'],
      ['李娜', 'Li Na'],
      ['赵敏', 'Zhao Min'],
      ['黄鹏', 'Huang Peng'],
      ['周婷', 'Zhou Ting'],
      ['吴昊', 'Wu Hao'],
      ['徐丽', 'Xu Li'],
      ['孙浩', 'Sun Hao'],
      ['马超', 'Ma Chao'],
    ],
  },
  {
    id: 'team_b',
    manager: ['刘洋', 'Liu Yang'],
    members: [
      ['胡晓燕', 'Hu Xiaoyan'],
      ['朱建华', 'Zhu Jianhua'],
      ['郭雪', 'Guo Xue'],
      ['何俊', 'He Jun'],
      ['高翔', 'Gao Xiang'],
      ['林芳', 'Lin Fang'],
      ['罗刚', 'Luo Gang'],
      ['郑凯', 'Zheng Kai'],
      ['梁晨', 'Liang Chen'],
    ],
    // An experienced agent hired from a resale agency to build the referral channel before the launch.
    joiners: [{ name: ['沈悦', 'Shen Yue'], id: 'S210', channel: 'resale_agency', role: 'sales' }],
  },
  {
    id: 'team_c',
    manager: ['张伟', 'Zhang Wei'],
    members: [
      ['谢丹', 'Xie Dan'],
      ['宋佳', 'Song Jia'],
      ['唐亮', 'Tang Liang'],
      ['许文博', 'Xu Wenbo'],
      ['韩冰', 'Han Bing'],
      ['冯磊', 'Feng Lei'],
      ['邓宇', 'Deng Yu'],
      ['曹雨', 'Cao Yu'],
      ['彭飞', 'Peng Fei'],
    ],
  },
  {
    id: 'team_d',
    manager: ['杨静', 'Yang Jing'],
    members: [
      ['曾琳', 'Zeng Lin'],
      ['萧然', 'Xiao Ran'],
      ['田野', 'Tian Ye'],
      ['董欣', 'Dong Xin'],
      ['袁博', 'Yuan Bo'],
      ['潘婷', 'Pan Ting'],
      ['蒋涛', 'Jiang Tao'],
      ['蔡明轩', 'Cai Mingxuan'],
      ['余洁', 'Yu Jie'],
    ],
  },
];

/** The nine posts of every team, in roster order; the first is the team's senior key-account seller. */
export const POSTS: readonly { channel: ChannelId; role: Role }[] = [
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
export const STARS: ReadonlySet<string> = new Set(['S101', 'S202', 'S301', 'S404']);
export const WEAK: ReadonlySet<string> = new Set(['S109', 'S407']);
/** Hire days that carry a story; everyone else's is drawn. */
const HIRES: Readonly<Record<string, Day>> = {
  S101: '2022-05-09',
  S109: '2025-04-07',
  S210: '2025-09-15',
  S407: '2024-05-20',
  S203: '2026-03-02',
  S405: '2026-04-13',
};
/** Trainees hired into the launch quarter. */
const QUARTER_HIRES: ReadonlySet<string> = new Set(['S203', 'S405']);
const LEAVERS: Readonly<Record<string, Day>> = { S306: '2026-04-30' };
const KEY_ACCOUNT_PLAN: ReadonlySet<string> = new Set(['S101', 'S301', 'S401']);
/** A rep hired from this day on is a new hire with a mentor. */
const MENTORED_FROM = '2025-09-01';
/** The share of each team's members who were there in 2023; the others joined in 2024 and 2025. */
const ORIGINAL_SHARE = 0.35;

function qualityOf(rng: Random, id: string, trainee: boolean): number {
  if (id === 'S210') return rng.between(1.3, 1.4);
  if (STARS.has(id)) return rng.between(1.45, 1.6);
  if (WEAK.has(id)) return rng.between(0.5, 0.6);
  if (trainee) return rng.between(0.7, 0.8);
  return rng.between(0.85, 1.15);
}

function hireOf(rng: Random, id: string, senior: boolean): Day {
  const drawn = senior
    ? randomDay(rng, '2023-02-01', '2023-10-31')
    : rng.chance(ORIGINAL_SHARE)
      ? randomDay(rng, '2023-03-01', '2023-12-15')
      : randomDay(rng, '2024-01-15', '2025-11-30');
  return HIRES[id] ?? drawn;
}

/** The 41 people of the demo: a manager and nine posts per team, and one extra hire. */
export function demoReps(): DemoRep[] {
  const rng = seededRandom(seedOf('reps'));
  return TEAMS.flatMap((team, t) => {
    const managerId = `S${t + 1}00`;
    const seniorId = `S${t + 1}01`;
    const manager: DemoRep = {
      id: managerId,
      zh: team.manager[0],
      en: team.manager[1],
      team: team.id,
      channel: 'key_accounts',
      role: 'manager',
      hire: randomDay(rng, '2022-03-01', '2023-06-30'),
      plan: 'standard',
      senior: true,
      quality: 1.1,
    };
    const posts = [
      ...team.members.map((name, i) => ({
        name,
        id: `S${t + 1}${String(i + 1).padStart(2, '0')}`,
        ...POSTS[i]!,
      })),
      ...(team.joiners ?? []),
    ];
    const members = posts.map((post): DemoRep => {
      const hire = hireOf(rng, post.id, post.id === seniorId);
      const trainee = QUARTER_HIRES.has(post.id);
      const leave = LEAVERS[post.id];
      return {
        id: post.id,
        zh: post.name[0],
        en: post.name[1],
        team: team.id,
        channel: post.channel,
        role: post.role,
        managerId,
        ...(hire >= MENTORED_FROM ? { mentorId: seniorId } : {}),
        hire,
        ...(leave ? { leave } : {}),
        plan: trainee ? 'trainee' : KEY_ACCOUNT_PLAN.has(post.id) ? 'marginal_ka' : 'standard',
        senior: hire < '2025-01-01',
        quality: qualityOf(rng, post.id, trainee),
      };
    });
    return [manager, ...members];
  });
}

export function employedOn(rep: DemoRep, day: Day): boolean {
  return day >= rep.hire && (rep.leave === undefined || day <= rep.leave);
}

/** The days of `first`…`last` a rep is on the books, or undefined when none. */
export function employedSpan(rep: DemoRep, first: Day, last: Day): { first: Day; last: Day } | undefined {
  const from = later(first, rep.hire);
  const to = rep.leave === undefined ? last : earlier(last, rep.leave);
  return from <= to ? { first: from, last: to } : undefined;
}

/** How many days of `first`…`last` a rep is on the books. */
export function daysEmployed(rep: DemoRep, first: Day, last: Day): number {
  const span = employedSpan(rep, first, last);
  return span ? daysInclusive(span.first, span.last) : 0;
}

const PAY: Readonly<Record<Role | 'trainee', { base: number; bonus: number }>> = {
  manager: { base: 9000, bonus: 4000 },
  sales: { base: 7000, bonus: 3000 },
  prospector: { base: 6000, bonus: 2500 },
  caller: { base: 6000, bonus: 2000 },
  trainee: { base: 6000, bonus: 2000 },
};

export function repRow(rep: DemoRep, locale: Locale): TemplateRow {
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
