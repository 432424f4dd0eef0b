/**
 * The demo's appraisal rounds and pay inquiries (SPEC section 11), on the official 2026 calendar of
 * mainland China (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04): every day off of its seven
 * holidays on `Holidays`, its six make-up working days on `Workdays`.
 *
 * Rounds for March and April 2026 cover every rep with a manager on the books at the month's end (the
 * managers are appraised by the sales director, outside the workbook; S306, who leaves on 04-30, has no
 * April round). Most steps are on time, each team's manager reviewing on one or two days; a few are
 * not: self-reviews after Qingming and after Labour Day, a late manager review, a late and a short 1:1,
 * one appeal answered late, a new hire's missing self-review, a manager review not yet done. Two
 * inquiries: one answered with a pay correction paid in April, one still open past its five working
 * days on the as-of day (2026-05-15).
 *
 * @example demoAppraisalRound(demoReps(), 'en').Holidays?.length //=> 33
 */
import * as tabs from '../../../sheets-templates/index.js';
import type { Day } from '../domain/days.js';
import type { Period } from '../domain/periods.js';
import type { TemplateRow, TemplateRows } from '../template/template.js';
import type { Locale } from '../workbook/messages.js';
import { daysFrom, monthEnd } from './calendar.js';
import { seedOf, seededRandom } from './random.js';
import { compact } from './rows.js';

/** What the rounds need of a rep. */
export interface RoundRep {
  readonly id: string;
  readonly team: string;
  readonly managerId?: string | undefined;
  readonly hire: Day;
  readonly leave?: Day | undefined;
}

type Words = readonly [zh: string, en: string];

/** The 2026 days off, as the State Council's notice gives them (weekends inside a break included). */
const HOLIDAYS_2026: readonly (readonly [first: Day, last: Day, name: Words])[] = [
  ['2026-01-01', '2026-01-03', ['元旦', 'New Year’s Day']],
  ['2026-02-15', '2026-02-23', ['春节', 'Spring Festival']],
  ['2026-04-04', '2026-04-06', ['清明节', 'Qingming Festival']],
  ['2026-05-01', '2026-05-05', ['劳动节', 'Labour Day']],
  ['2026-06-19', '2026-06-21', ['端午节', 'Dragon Boat Festival']],
  ['2026-09-25', '2026-09-27', ['中秋节', 'Mid-Autumn Festival']],
  ['2026-10-01', '2026-10-07', ['国庆节', 'National Day']],
];

/** The weekend days worked instead (调休上班). */
const WORKDAYS_2026: readonly (readonly [Day, Words])[] = [
  ['2026-01-04', ['元旦调休上班', 'New Year make-up day']],
  ['2026-02-14', ['春节调休上班', 'Spring Festival make-up day']],
  ['2026-02-28', ['春节调休上班', 'Spring Festival make-up day']],
  ['2026-05-09', ['劳动节调休上班', 'Labour Day make-up day']],
  ['2026-09-20', ['国庆节调休上班', 'National Day make-up day']],
  ['2026-10-10', ['国庆节调休上班', 'National Day make-up day']],
];

const word = (w: Words, locale: Locale) => (locale === 'zh-CN' ? w[0] : w[1]);

/** How each team's manager runs a round: the days they review, and the days their 1:1s fall on. */
interface TeamHabit {
  readonly review: Day;
  readonly oneOnOnes: readonly (Day | null)[];
}

/**
 * March: self-reviews due Friday 04-03, manager reviews 04-13 (Qingming Monday off), 1:1s 04-20.
 * April: self-reviews due Friday 05-08 (after Labour Day), manager reviews Thursday 05-14 (the make-up
 * Saturday 05-09 counted), 1:1s 05-21, after the as-of day: many not held yet (null).
 */
const ROUNDS: Readonly<
  Record<Period, { selfDays: readonly Day[]; teams: Readonly<Record<string, TeamHabit>> }>
> = {
  '2026-03': {
    selfDays: ['2026-03-31', '2026-04-01', '2026-04-02', '2026-04-02', '2026-04-03', '2026-04-03'],
    teams: {
      team_a: { review: '2026-04-10', oneOnOnes: ['2026-04-14', '2026-04-15', '2026-04-16'] },
      team_b: { review: '2026-04-13', oneOnOnes: ['2026-04-15', '2026-04-16', '2026-04-17'] },
      team_c: { review: '2026-04-09', oneOnOnes: ['2026-04-13', '2026-04-14', '2026-04-15'] },
      team_d: { review: '2026-04-13', oneOnOnes: ['2026-04-16', '2026-04-17', '2026-04-20'] },
    },
  },
  '2026-04': {
    selfDays: ['2026-04-30', '2026-05-06', '2026-05-07', '2026-05-07', '2026-05-08', '2026-05-08'],
    teams: {
      team_a: { review: '2026-05-12', oneOnOnes: ['2026-05-14', '2026-05-15', null] },
      team_b: { review: '2026-05-13', oneOnOnes: ['2026-05-15', null, null] },
      team_c: { review: '2026-05-13', oneOnOnes: [null] },
      team_d: { review: '2026-05-11', oneOnOnes: ['2026-05-13', '2026-05-14', '2026-05-14'] },
    },
  },
};

type RoundFields = Partial<
  Record<
    'self_submitted' | 'manager_reviewed' | 'one_on_one' | 'appeal_filed' | 'appeal_resolved',
    Day | null
  >
> & {
  one_on_one_minutes?: number | null;
  appeal_outcome?: Words;
};

/** The rounds that do not go to plan, by `rep period`; null clears a step. */
const STORIES: Readonly<Record<string, RoundFields>> = {
  // Back from Qingming a day late with the self-review.
  'S105 2026-03': { self_submitted: '2026-04-07' },
  // The rep who leaves at the end of April, two working days late.
  'S306 2026-03': { self_submitted: '2026-04-08' },
  // Team B's manager reviewed one rep two working days after the deadline.
  'S207 2026-03': { manager_reviewed: '2026-04-15', one_on_one: '2026-04-17' },
  // A 1:1 cut short by a client call.
  'S304 2026-03': { one_on_one_minutes: 20 },
  // A 1:1 held two working days late.
  'S409 2026-03': { one_on_one: '2026-04-22' },
  // The round's one appeal: filed on time, answered two working days late.
  'S102 2026-03': {
    appeal_filed: '2026-04-14',
    appeal_resolved: '2026-04-23',
    appeal_outcome: [
      '维持原评级：回款率按合同应收日计算无误',
      'grade kept: the collection rate was worked on the contract due dates',
    ],
  },
  // The weak rep's self-review three working days late, the make-up Saturday counted; the review waits.
  'S109 2026-04': { self_submitted: '2026-05-12', manager_reviewed: null, one_on_one: null },
  // A new hire of 04-13 who has not written a self-review; the manager reviewed all the same.
  'S405 2026-04': { self_submitted: null, one_on_one: null },
  // A manager review still not done the day after its deadline.
  'S302 2026-04': { manager_reviewed: null, one_on_one: null },
};

function roundRow(rep: RoundRep, period: Period, locale: Locale): TemplateRow | undefined {
  const round = ROUNDS[period];
  const team = round?.teams[rep.team];
  if (!round || !team) return undefined;
  const rng = seededRandom(seedOf(`appraisal ${rep.id} ${period}`));
  const planned: RoundFields = {
    self_submitted: rng.pick(round.selfDays),
    manager_reviewed: team.review,
    one_on_one: rng.pick(team.oneOnOnes),
    one_on_one_minutes: 30 + 5 * rng.int(0, 6),
  };
  const story = STORIES[`${rep.id} ${period}`] ?? {};
  const fields = { ...planned, ...story };
  const held = fields.one_on_one !== null && fields.one_on_one !== undefined;
  return compact({
    period,
    rep_id: rep.id,
    self_submitted: fields.self_submitted,
    manager_reviewed: fields.manager_reviewed,
    one_on_one: fields.one_on_one,
    one_on_one_minutes: held ? fields.one_on_one_minutes : undefined,
    appeal_filed: fields.appeal_filed,
    appeal_resolved: fields.appeal_resolved,
    appeal_outcome: fields.appeal_outcome ? word(fields.appeal_outcome, locale) : undefined,
  });
}

/** Two inquiries about statement lines: one answered with a correction, one still open. */
function inquiryRows(locale: Locale): TemplateRow[] {
  return [
    compact({
      date: '2026-04-08',
      rep_id: 'S105',
      period: '2026-03',
      line: word(['提成', 'commission'], locale),
      text: word(
        [
          '3月27日与S104合签的成交只计给了S104',
          'the deal of 27 March shared with S104 was credited to S104 alone',
        ],
        locale,
      ),
      status: 'resolved',
      resolved: '2026-04-15',
      amount: 860,
    }),
    compact({
      date: '2026-05-06',
      rep_id: 'S203',
      period: '2026-04',
      line: word(['绩效奖金', 'performance bonus'], locale),
      text: word(
        [
          '4月整月在岗，绩效奖金却按比例折算',
          'the April bonus was prorated although I worked the whole month',
        ],
        locale,
      ),
      status: 'open',
    }),
  ];
}

const ROUND_PERIODS: readonly Period[] = ['2026-03', '2026-04'];

/** The Holidays, Workdays, Appraisals and Inquiries tabs of the demo. */
export function demoAppraisalRound(reps: readonly RoundRep[], locale: Locale): TemplateRows {
  const appraised = (period: Period) =>
    reps.filter(
      (r) =>
        r.managerId !== undefined &&
        r.hire <= monthEnd(period) &&
        (r.leave === undefined || r.leave > monthEnd(period)),
    );
  return {
    [tabs.holidays.id]: HOLIDAYS_2026.flatMap(([first, last, name]) =>
      daysFrom(first, last).map((date) => ({ date, name: word(name, locale) })),
    ),
    [tabs.workdays.id]: WORKDAYS_2026.map(([date, name]) => ({ date, name: word(name, locale) })),
    [tabs.appraisals.id]: ROUND_PERIODS.flatMap((period) =>
      appraised(period).flatMap((rep): TemplateRow[] => {
        const row = roundRow(rep, period, locale);
        return row ? [row] : [];
      }),
    ),
    [tabs.inquiries.id]: inquiryRows(locale),
  };
}
