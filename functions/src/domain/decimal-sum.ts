/**
 * Exact sums of many Decimals that make few new ones. Every `add` of decimal.js makes a new Decimal
 * (and its digit array), and the insights add up a hundred thousand amounts several times over. Amounts
 * are whole numbers nearly always (deals, refunds), so those are added as doubles, exactly while the
 * running sum stays a safe integer, and only the others are added as Decimals. The total is the same
 * exact figure as adding every value in turn: sums of amounts stay far inside the 40 significant digits
 * of `Dec`, so no step rounds, in whatever order the values come.
 *
 * @example
 * const sum = new DecimalSum();
 * sum.add(new Dec(300_000)); sum.add(new Dec('0.5')); sum.sub(new Dec(1_000));
 * sum.total().toFixed() //=> '299000.5'
 */
import type { Decimal } from 'decimal.js';
import { addToSum, Dec, wholeValue, ZERO } from './money.js';

/** A whole sum is moved into the exact one before it could pass 2^53 with the next value (below 10^15). */
const FLUSH_AT = 2 ** 52;

export class DecimalSum {
  /** The whole values added, as a safe integer. */
  private whole = 0;
  /** The other values, and whole sums moved here before they grew too large; undefined while there are none. */
  private exact: Decimal | undefined;

  add(value: Decimal): void {
    this.addSigned(value, 1);
  }

  sub(value: Decimal): void {
    this.addSigned(value, -1);
  }

  private addSigned(value: Decimal, sign: 1 | -1): void {
    const n = wholeValue(value);
    if (Number.isNaN(n)) {
      this.exact = sign === 1 ? addToSum(this.exact, value) : addToSum(this.exact, value.neg());
      return;
    }
    if (Math.abs(this.whole) >= FLUSH_AT) {
      this.exact = addToSum(this.exact, new Dec(this.whole));
      this.whole = 0;
    }
    this.whole += sign * n;
  }

  /** The sum; the shared ZERO when it is a whole zero. */
  total(): Decimal {
    if (this.exact === undefined) return this.whole === 0 ? ZERO : new Dec(this.whole);
    return this.whole === 0 ? this.exact : this.exact.add(this.whole);
  }
}
