/**
 * A sum of visit quantities that makes no Decimal per row. Almost every visit is of quantity 1 (blank,
 * or written 1): those are counted as a whole number, and only the other quantities are added exactly.
 * The total is the same exact figure as adding every quantity in turn, because sums of visit quantities
 * stay far inside the 40 significant digits of `Dec`, so no step ever rounds.
 *
 * @example
 * const sum = new QuantitySum();
 * sum.add(ONE); sum.add(new Dec(1)); sum.add(new Dec('2.5'));
 * sum.total().toFixed() //=> '4.5'
 */
import type { Decimal } from 'decimal.js';
import { isOne, ZERO } from '../money.js';

export class QuantitySum {
  /** How many quantities of 1 were added. */
  private ones = 0;
  /** The sum of the other quantities. */
  private exact: Decimal = ZERO;

  add(quantity: Decimal): void {
    if (isOne(quantity)) this.ones += 1;
    else this.exact = this.exact.add(quantity);
  }

  /** Adds what another sum holds: the same total as adding its quantities here one by one. */
  addSum(other: QuantitySum): void {
    this.ones += other.ones;
    if (!other.exact.isZero()) this.exact = this.exact.add(other.exact);
  }

  total(): Decimal {
    return this.ones === 0 ? this.exact : this.exact.add(this.ones);
  }
}
