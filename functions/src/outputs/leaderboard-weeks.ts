/**
 * The `channels` and `teams` sections of the Leaderboard tab: per ended week, newest first, each
 * ranked by completion; the rank is the order they pick zones in the following week.
 */
import type { WeekRank } from '../domain/channels/weekly-completion.js';
import { figure, rateOrNull } from '../run/campaign-json.js';
import type { SectionRow } from './layout.js';

export function leaderboardWeekRows(ranks: readonly WeekRank[], idColumn: 'channel' | 'team'): SectionRow[] {
  return ranks.map((r) => ({
    week: r.week.first,
    rank: r.rank,
    [idColumn]: r.id,
    name: r.name,
    target: figure(r.target),
    actual: figure(r.actual),
    completion: rateOrNull(r.completion),
    next_pick: r.rank,
  }));
}
