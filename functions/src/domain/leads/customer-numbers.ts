/**
 * Each activity row's customer as a small number, the same for every spelling of an id (ids match
 * without regard to case). Worked out once per log and remembered for it: the follow-up index and the
 * insights' index both group a million rows by customer, and a lookup in a map of a few hundred
 * thousand ids is most of what grouping costs, so the second index reads the first one's numbers.
 * Checked rows are not changed afterwards; a log that has grown since is numbered afresh.
 *
 * @example
 * const numbers = customerNumbers([{ customer_id: 'C1' }, {}, { customer_id: 'c1' }, { customer_id: 'C2' }]);
 * [...numbers.numberOf] //=> [0, -1, 0, 1]
 * numbers.count         //=> 2
 * numbers.keys          //=> ['c1', 'c2']
 * numbers.find('C2')    //=> 1
 */

/**
 * What numbering reads of a row: the id, and the number of its spelling when the check gave one (the
 * Activity tab's `customer_id` is `numbered`): then each spelling is looked up once, not once a row.
 */
export interface CustomerRow {
  readonly customer_id?: string | undefined;
  readonly customer_spelling?: number | undefined;
}

export interface CustomerNumbers {
  /** By row position: the customer's number, −1 for a row naming no customer. */
  readonly numberOf: Int32Array;
  /** How many customers: numbers run from 0 to count − 1, in the order of their first rows. */
  readonly count: number;
  /** By number: the customer key, the id in lower case (one shared string, its hash already worked out). */
  readonly keys: readonly string[];
  /** The number of an id in any spelling; undefined when no row names it. */
  find(id: string): number | undefined;
}

/** Ids are matched without regard to case, like every id of the workbook. */
const idKey = (id: string) => id.toLowerCase();

const numbered = new WeakMap<readonly CustomerRow[], CustomerNumbers>();

/** The numbers of a log's customers, worked out on the first call for that log. */
export function customerNumbers(rows: readonly CustomerRow[]): CustomerNumbers {
  let numbers = numbered.get(rows);
  if (!numbers || numbers.numberOf.length !== rows.length)
    numbered.set(rows, (numbers = numberCustomers(rows)));
  return numbers;
}

/**
 * Small numbers for ids, matched without regard to case, given in the order ids are first met. Rows
 * are looked up by the id as written, so each spelling is lowered once rather than once a row; the
 * lower-case keys are read only when a spelling is new, which keeps the map every row reads to one
 * entry an id.
 */
export class IdNumbers {
  private readonly bySpelling = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  /** By number: the id in lower case. */
  readonly keys: string[] = [];

  /** The id's number, given a new one when first met. */
  add(id: string): number {
    let n = this.bySpelling.get(id);
    if (n === undefined) this.bySpelling.set(id, (n = this.addByKey(id)));
    return n;
  }

  /**
   * The id's number by its lower-case key alone, given a new one when first met: for a caller that
   * keeps the number of each spelling itself and so asks once a spelling.
   */
  addByKey(id: string): number {
    const key = idKey(id);
    let n = this.byKey.get(key);
    if (n === undefined) {
      this.byKey.set(key, (n = this.keys.length));
      this.keys.push(key);
    }
    return n;
  }

  /** The number of an id in any spelling; undefined when it was never added. */
  find(id: string): number | undefined {
    return this.bySpelling.get(id) ?? this.byKey.get(idKey(id));
  }
}

function numberCustomers(rows: readonly CustomerRow[]): CustomerNumbers {
  const ids = new IdNumbers();
  const numberOf = new Int32Array(rows.length);
  // By spelling number: the customer's number, -1 until a row with that spelling is met.
  const bySpelling: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const id = row.customer_id;
    const spelling = row.customer_spelling;
    if (id === undefined) numberOf[i] = -1;
    else if (spelling === undefined) numberOf[i] = ids.add(id);
    else {
      while (bySpelling.length <= spelling) bySpelling.push(-1);
      let n = bySpelling[spelling]!;
      if (n < 0) bySpelling[spelling] = n = ids.addByKey(id);
      numberOf[i] = n;
    }
  }
  return { numberOf, count: ids.keys.length, keys: ids.keys, find: (id) => ids.find(id) };
}
