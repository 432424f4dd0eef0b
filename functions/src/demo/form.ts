/**
 * How each rep does month by month before the launch, and how their manager sees them: the plan the
 * ordinary-business log is written from. Most reps hover around their targets, catching up the month
 * after a miss (a deal that slipped past month end); stars run well above; a few stories are planted:
 * the star who grows into a promotion, the strong hire, and the reps who slide into an improvement plan.
 */
import type { Period } from '../domain/periods.js';
import { HISTORY_START, monthsFrom } from './calendar.js';
import type { DemoRep } from './people.js';
import { seedOf, seededRandom } from './random.js';

export interface Form {
  /** Revenue and new customers, as a share of the month's targets. */
  readonly sales: number;
  /** Lead conversion, as a share of its target. */
  readonly conversion: number;
  /** The share of the amounts falling due in the month that is collected by the due day. */
  readonly collected: number;
  /** The centre of the month's review scores. */
  readonly review: number;
  /** The centre of the month's teamwork score. */
  readonly teamwork: number;
}

export type Forms = ReadonlyMap<string, ReadonlyMap<Period, Form>>;

/** Through the launch quarter: collections of the last ordinary deals fall due after the office opened. */
const LAST_MONTH = '2026-05';

interface Arc {
  /** The rep's expected share of target in a month. */
  level: (month: Period) => number;
  /** Months of a slump: no catch-up, the manager sees it too. */
  slump?: (month: Period) => boolean;
  /** Months the story sets to the point. */
  scripted?: (month: Period) => boolean;
  /** Teamwork as the manager sees it, where the story needs it. */
  teamwork?: (month: Period) => number | undefined;
  /** The centre of the reviews, where the story needs it. */
  review?: (month: Period) => number | undefined;
}

/**
 * An arc at `usual` but for the months given, which the story sets (little noise, no catch-up); after
 * them the rep either stays at the last of them or is back to `usual`.
 */
function slide(months: Readonly<Record<Period, number>>, usual: number, after: 'stays' | 'recovers'): Arc {
  const listed = Object.keys(months).sort();
  const last = listed[listed.length - 1]!;
  const stays = (m: Period) => after === 'stays' && m > last;
  return {
    level: (m) => months[m] ?? (stays(m) ? months[last]! : usual),
    slump: (m) => m in months || stays(m),
    scripted: (m) => m in months,
  };
}

const STORIES: Readonly<Record<string, Arc>> = {
  // Wang Lei, team A's senior key-account seller since 2022: good in 2024, outstanding in 2025.
  S101: { level: (m) => (m < '2025' ? 1.15 : 1.3), teamwork: (m) => (m < '2025' ? 88 : 95) },
  // Xie Dan, team C's senior key-account seller: reliably good.
  S301: { level: () => 1.07 },
  // Zhu Jianhua and Dong Xin sell brilliantly and alone: their managers mark teamwork down.
  S202: { level: () => 1.1, teamwork: () => 82 },
  S404: { level: () => 1.12, teamwork: () => 84 },
  // Shen Yue, hired from a resale agency in September 2025: ramps fast.
  S210: { level: () => 1.22 },
  // Ma Chao joins in April 2025 and holds his own through the summer; from October he slips every other
  // month (a C quarter), and in January the slide is plain.
  S109: slide({ '2025-10': 0.84, '2025-11': 1.03, '2025-12': 0.84, '2026-01': 0.82 }, 1, 'stays'),
  // Jiang Tao, a caller since 2024, is steady until the new year, then loses heart.
  S407: slide({ '2026-01': 0.84 }, 1.02, 'stays'),
  // Feng Lei's heart goes out of it in the second half of 2025: a bad month, then just enough, by turns.
  // Two low quarters, an improvement plan at the turn of the year; he leaves at the end of April 2026.
  S306: {
    ...slide(
      {
        '2025-07': 0.78,
        '2025-08': 1.02,
        '2025-09': 0.78,
        '2025-10': 1.02,
        '2025-11': 0.76,
        '2025-12': 1.02,
      },
      0.98,
      'recovers',
    ),
    review: (m) => (m >= '2025-07' ? 65 : undefined),
  },
  // Cai Mingxuan has a bad summer in 2024 (an improvement plan), then recovers.
  S408: slide({ '2024-07': 0.82, '2024-08': 0.8 }, 1.04, 'recovers'),
};

/** A draw of about N(0, 1) from three uniforms. */
function bell(next: () => number): number {
  return (next() + next() + next() - 1.5) * 2;
}

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** One rep's months from their first on the books (or 2024-01) through the launch quarter. */
function formsOf(rep: DemoRep): Map<Period, Form> {
  const rng = seededRandom(seedOf(`form ${rep.id}`));
  const story = STORIES[rep.id];
  // The better half of the pack is closer together than the weaker half; trainees are judged as learners.
  const usual = rep.plan === 'trainee' ? 0.97 : 0.95 + (rep.quality - 1) * (rep.quality > 1 ? 0.8 : 1.2);
  const teamworkLean = rng.between(-4, 6);
  const first = rep.hire > HISTORY_START ? rep.hire.slice(0, 7) : HISTORY_START.slice(0, 7);
  const forms = new Map<Period, Form>();
  let missed = false;
  for (const month of monthsFrom(first, LAST_MONTH)) {
    const level = story ? story.level(month) : usual;
    const slump = story?.slump?.(month) ?? false;
    let sales = level + (story?.scripted?.(month) ? 0.02 : 0.15) * bell(() => rng.next());
    // The month after a miss, the deals that slipped past month end are signed.
    if (missed && !slump) sales = Math.max(sales, 1.025 + rng.between(0, 0.04));
    if (!slump) sales = Math.max(sales, 0.78);
    missed = sales < 1;
    const review = story?.review?.(month) ?? clamp(76 + 50 * (level - 1) + 15 * (sales - level), 60, 95);
    forms.set(month, {
      sales,
      conversion: sales * rng.between(0.8, 1.02),
      collected: clamp(0.87 + 0.35 * (sales - 1) + rng.between(-0.04, 0.04), 0.6, 1),
      review,
      teamwork: story?.teamwork?.(month) ?? clamp(review + teamworkLean, 60, 95),
    });
  }
  return forms;
}

/** Every rep's forms, by rep id then month. Managers have none: they are judged on their reviews only. */
export function demoForms(reps: readonly DemoRep[]): Forms {
  return new Map(reps.filter((r) => r.role !== 'manager').map((r) => [r.id, formsOf(r)]));
}

/** A rep's form in a month, or the middle of the pack when there is none. */
export function formIn(forms: Forms, rep: DemoRep, month: Period): Form {
  return (
    forms.get(rep.id)?.get(month) ?? { sales: 1, conversion: 1, collected: 0.9, review: 78, teamwork: 78 }
  );
}
