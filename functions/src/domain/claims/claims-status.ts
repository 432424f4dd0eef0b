/**
 * Who holds each claimed resource (SPEC section 7): the earliest claim of a resource owns it for
 * `claim_protection_days`; a claim by another rep inside that window is rejected; the first claim
 * after the window ends takes the resource over and starts a new window.
 *
 * Readings (SPEC section 13 leaves them open):
 * - Times are wall-clock minutes in the workbook's time zone; a claim with no time of day is made at
 *   00:00 of its day.
 * - The window runs from the claim for exactly N × 24 hours of wall-clock time and its end is not in
 *   it: a claim at 00:00 on day 1 with 5 days protection is protected up to 23:59 on day 5, and from
 *   00:00 on day 6 the next claim takes over. A day-1 claim made at 10:15 protects until 10:15 on day 6.
 * - A claim by the owner inside their own window is neither a rejection nor a renewal: it is ignored
 *   and the window keeps its end (renewing would let an owner hold a resource for ever by re-claiming).
 *   After the window has ended the owner's claim, like anyone's, starts a new window.
 * - Two claims in the same minute: the one on the earlier sheet row counts as made first.
 * - Only claims made on or before `as_of` count (any time of that day). A resource is `protected` while
 *   its window still runs on `as_of` (the window ends after `as_of` begins), else `open` for takeover.
 * - Resource and rep ids are matched without regard to case, like every id of the workbook.
 *
 * @example
 * // 5 days protection; S1 claims R at 2026-03-01 (00:00), S2 at 2026-03-05T23:59, S3 at 2026-03-06:
 * claimsStatus(claims, '2026-03-10', 5)
 * //=> [{ resource: 'R', owner: 'S3', claimedAt: '2026-03-06T00:00', windowEnd: '2026-03-11T00:00',
 * //      status: 'protected',
 * //      rejected: [{ repId: 'S2', claimedAt: '2026-03-05T23:59', owner: 'S1', windowEnd: '2026-03-06T00:00', … }] }]
 */
import { dayNumber, type Day } from '../days.js';
import { MINUTES_PER_DAY, wallMinute, wallTime } from './wall-minutes.js';
import { pushTo } from '../lists.js';

/** A row of the Claims tab, as read (the field names are the sheet's). */
export interface ClaimEntry {
  readonly resource: string;
  readonly rep_id: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, wall-clock time in the workbook's time zone. */
  readonly claimed_at: string;
  /** The sheet row. */
  readonly row: number;
}

/** A claim turned away: made by another rep inside the owner's window. */
export interface RejectedClaim {
  repId: string;
  /** `YYYY-MM-DDTHH:mm`. */
  claimedAt: string;
  row: number;
  /** Who held the resource then, and when their window ended. */
  owner: string;
  windowEnd: string;
}

export interface ResourceStatus {
  resource: string;
  owner: string;
  /** When the owner's claim was made, `YYYY-MM-DDTHH:mm`. */
  claimedAt: string;
  /** The sheet row of the owner's claim. */
  row: number;
  /** The first minute the resource is open again (not protected), `YYYY-MM-DDTHH:mm`. */
  windowEnd: string;
  status: 'protected' | 'open';
  /** Every claim rejected so far, in the order they were made. */
  rejected: RejectedClaim[];
}

interface Timed {
  claim: ClaimEntry;
  minute: number;
}

const key = (id: string) => id.toLowerCase();

/** The owner and window of every claimed resource as of a day, resources in id order. */
export function claimsStatus(
  claims: readonly ClaimEntry[],
  asOf: Day,
  protectionDays: number,
): ResourceStatus[] {
  const asOfStart = dayNumber(asOf) * MINUTES_PER_DAY;
  const asOfEnd = asOfStart + MINUTES_PER_DAY;
  const window = Math.max(0, protectionDays) * MINUTES_PER_DAY;

  const byResource = new Map<string, Timed[]>();
  for (const claim of claims) {
    const minute = wallMinute(claim.claimed_at);
    if (minute >= asOfEnd) continue; // made after as_of
    const k = key(claim.resource);
    pushTo(byResource, k, { claim, minute });
  }

  const out: ResourceStatus[] = [];
  for (const [, list] of [...byResource].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    list.sort((a, b) => a.minute - b.minute || a.claim.row - b.claim.row);
    let owner = list[0]!;
    let end = owner.minute + window;
    const rejected: RejectedClaim[] = [];
    for (const next of list.slice(1)) {
      if (next.minute >= end) {
        owner = next;
        end = next.minute + window;
      } else if (key(next.claim.rep_id) !== key(owner.claim.rep_id)) {
        rejected.push({
          repId: next.claim.rep_id,
          claimedAt: wallTime(next.minute),
          row: next.claim.row,
          owner: owner.claim.rep_id,
          windowEnd: wallTime(end),
        });
      }
      // else: the owner re-claiming inside their own window changes nothing.
    }
    out.push({
      resource: list[0]!.claim.resource, // as the first claim spells it
      owner: owner.claim.rep_id,
      claimedAt: wallTime(owner.minute),
      row: owner.claim.row,
      windowEnd: wallTime(end),
      status: end > asOfStart ? 'protected' : 'open',
      rejected,
    });
  }
  return out;
}
