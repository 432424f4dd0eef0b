/**
 * Ranks within a period, overall and within each team (SPEC section 3): total descending, then revenue
 * descending, then rep id. Scorecards without a total are not ranked.
 *
 * @example
 * // totals 98 (R2), 98 (R1, more revenue), 90 (R3): ranks R1 1, R2 2, R3 3
 */
import type { Decimal } from 'decimal.js';
import { compare } from '../money.js';

export interface Rankable {
  rep: string;
  team?: string;
  total?: Decimal;
  revenue: Decimal;
  rank?: number;
  teamRank?: number;
}

// `compare` rather than `comparedTo`, which copies a Decimal at each of the sort's many comparisons.
function byStanding(a: Rankable, b: Rankable): number {
  return (
    compare(b.total!, a.total!) ||
    compare(b.revenue, a.revenue) ||
    (a.rep < b.rep ? -1 : a.rep > b.rep ? 1 : 0)
  );
}

/** Sets `rank` and `teamRank` on the scorecards of one period. */
export function rankPeriod(cards: readonly Rankable[]): void {
  const ranked = cards.filter((c) => c.total !== undefined).sort(byStanding);
  const teamPlaces = new Map<string, number>();
  ranked.forEach((card, i) => {
    card.rank = i + 1;
    if (card.team === undefined) return;
    const place = (teamPlaces.get(card.team) ?? 0) + 1;
    teamPlaces.set(card.team, place);
    card.teamRank = place;
  });
}
