import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import type { RewardLine } from '../rewards/types.js';
import { channelCost } from './channel-cost.js';

const line = (
  amount: number,
  recipient: RewardLine['recipient'],
  channel: string | null,
  day = '2026-05-09',
): RewardLine => ({
  rule: 'tour_group_organiser_card',
  kind: 'event_tier',
  recipient,
  rep_id: 'S201',
  team: 'T2',
  channel,
  day,
  window: null,
  amount: new Dec(amount),
  source: [],
});
const range = { first: '2026-03-24', last: '2026-05-15' };

describe('channelCost', () => {
  test('adds up the channel’s external lines in the range and divides by its visits', () => {
    const lines = [
      line(500, 'external', 'community_roadshow'),
      line(500, 'external', 'Community_Roadshow', '2026-04-11'),
    ];
    const c = channelCost(lines, 'community_roadshow', range, new Dec(250));
    expect([c.cost.toFixed(), c.costPerVisit?.toFixed(), c.lines]).toEqual(['1000', '4', 2]);
  });

  test('leaves out rewards paid to reps or teams, other channels, and days outside the range', () => {
    const lines = [
      line(600, 'rep', 'community_roadshow'),
      line(200, 'team', 'community_roadshow'),
      line(500, 'external', 'flyers'),
      line(500, 'external', null),
      line(500, 'external', 'community_roadshow', '2026-03-01'),
    ];
    expect(channelCost(lines, 'community_roadshow', range, new Dec(10)).cost.toFixed()).toBe('0');
  });

  test('a channel without visits has no cost per visit', () => {
    expect(
      channelCost([line(500, 'external', 'flyers')], 'flyers', range, new Dec(0)).costPerVisit,
    ).toBeNull();
  });
});
