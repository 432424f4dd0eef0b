/**
 * Sorting rows by texts in the workbook's collation, with each distinct text collated once: a tab of
 * tens of thousands of rows has a few dozen periods and a thousand reps, and `localeCompare` on every
 * comparison of the sort would collate the same pairs again and again.
 */
import { compareText } from './layout.js';

/**
 * Each distinct text's place in `compareText` order; texts that compare equal share a place.
 *
 * @example collationRanks(['b', 'a', 'b']) //=> Map { 'a' => 0, 'b' => 1 }
 */
export function collationRanks(texts: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(texts)].sort(compareText);
  const ranks = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < distinct.length; i++) {
    if (i > 0 && compareText(distinct[i - 1]!, distinct[i]!) !== 0) rank += 1;
    ranks.set(distinct[i]!, rank);
  }
  return ranks;
}
