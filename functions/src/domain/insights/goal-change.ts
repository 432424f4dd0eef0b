/**
 * The change a goal wants (SPEC section 12, `Goals` tab `change`): a relative change of the metric
 * against its baseline, written as a signed percent. Chinese verbs of the plan give the sign
 * (提升/提高/增加/增长 up, 降低/缩短/减少/下降 down); full-width signs and the minus sign are read too.
 * A bare number is refused: "+0.15" could mean 15% or 0.15%.
 *
 * @example parseChange('+15%')?.toFixed() //=> '0.15'
 * @example parseChange('−30%')?.toFixed() //=> '-0.3'
 * @example parseChange('缩短30%')?.toFixed() //=> '-0.3'
 * @example parseChange('15') //=> undefined
 */
import type { Decimal } from 'decimal.js';
import { Dec } from '../money.js';

const UP = /^(提升|提高|增加|增长|上升)/;
const DOWN = /^(降低|缩短|减少|下降|减低)/;

export function parseChange(text: string): Decimal | undefined {
  let s = text
    .trim()
    .replace(/＋/g, '+')
    .replace(/[−－–]/g, '-')
    .replace(/％/g, '%')
    .replace(/\s+/g, '');
  let sign = 1;
  if (UP.test(s)) s = s.replace(UP, '');
  else if (DOWN.test(s)) {
    s = s.replace(DOWN, '');
    sign = -1;
  }
  const m = /^([+-]?)(\d+(?:\.\d+)?)%$/.exec(s);
  if (!m) return undefined;
  if (m[1] === '-') sign = -sign;
  const value = new Dec(m[2]!).div(100).mul(sign);
  return value.isZero() ? undefined : value;
}
