/** One row of the activity log as the rules see it: plain data, defaults applied, type in lower case. */
import type { Decimal } from 'decimal.js';
import type { Day } from './days.js';

export interface ActivityRecord {
  rep: string;
  /** `lead`, `call`, `visit`, `deal`, `refund`, `collection`, … or a Rewards trigger. */
  type: string;
  day: Day;
  customer?: string | undefined;
  amount?: Decimal | undefined;
  /** Credit share of a split deal; 1 when not split. */
  share: Decimal;
  ref?: string | undefined;
  due?: Day | undefined;
  /** Sheet row, for statements and messages. */
  row: number;
}

/** A rep as the scorecard sees them. */
export interface RepRecord {
  rep: string;
  name: string;
  team?: string;
  hire: Day;
  leave?: Day;
}
