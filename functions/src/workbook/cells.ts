/**
 * Reading one cell by its column type (SPEC section 1, "Cell values"). Each reader returns the value,
 * `undefined` for an empty cell, or the reason code of a value it refuses to guess.
 */
import type { Decimal } from 'decimal.js';
import type { ColumnSpec } from '../../../sheets-templates/define.js';
import { dayOf, dayOfSerial, type Day } from '../domain/days.js';
import { memo } from '../domain/memo.js';
import { Dec } from '../domain/money.js';
import type { RawCell } from './port.js';

export type CellCode =
  | 'not_a_date'
  | 'impossible_date'
  | 'date_out_of_range'
  | 'not_a_number'
  | 'not_a_whole_number'
  | 'ambiguous_percent'
  | 'negative_percent'
  | 'not_a_percent'
  | 'not_a_period'
  | 'not_in_list'
  | 'not_a_boolean';

export type CellResult<T> = { ok: true; value: T | undefined } | { ok: false; code: CellCode };

/** The result of every empty cell, and of each refusal: shared, as a log reads millions of cells. */
const EMPTY: CellResult<never> = Object.freeze({ ok: true, value: undefined });
const REFUSALS = new Map<CellCode, CellResult<never>>();

const ok = <T>(value: T | undefined): CellResult<T> => (value === undefined ? EMPTY : { ok: true, value });
function bad(code: CellCode): CellResult<never> {
  let result = REFUSALS.get(code);
  if (!result) REFUSALS.set(code, (result = Object.freeze({ ok: false, code })));
  return result;
}

/** Dates outside these years are typing slips (an amount in a date column), not real days. */
const FIRST_YEAR = 1970;
const LAST_YEAR = 2100;

/** Whether a cell holds nothing (blank or only spaces). */
export function isBlank(raw: RawCell | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** The text a user sees for a raw cell, for messages and for text columns. */
export function cellText(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10);
  return String(raw).trim();
}

export function readText(raw: RawCell): CellResult<string> {
  return isBlank(raw) ? ok(undefined) : ok(cellText(raw));
}

/**
 * A number typed in a spreadsheet is a binary float; 15 significant digits is what the spreadsheet
 * itself shows, so that is the decimal the user meant (0.1 + 0.2 was 0.3 on their screen).
 */
function decimalOfBinaryOnce(n: number): Decimal {
  return new Dec(Number(n.toPrecision(15)).toString());
}

/**
 * Remembered for the amounts, quantities and shares a log repeats (prices, 1, 50%): a Decimal is
 * immutable, so rows may share one. Bounded, as a log of distinct amounts gains nothing from it.
 */
const decimalOfBinary = memo(decimalOfBinaryOnce, 10_000);

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Decimal text, allowing thousands separators and a currency sign (`¥1,234.50`, `1234.5元`). */
function decimalOfText(text: string): Decimal | undefined {
  const cleaned = text
    .replace(/[,，\s]/g, '')
    .replace(/^([+-]?)[¥￥$]/, '$1')
    .replace(/(元|CNY|RMB)$/i, '');
  return NUMBER_TEXT.test(cleaned) ? new Dec(cleaned) : undefined;
}

export function readNumber(raw: RawCell): CellResult<Decimal> {
  if (isBlank(raw)) return ok(undefined);
  if (typeof raw === 'number') return Number.isFinite(raw) ? ok(decimalOfBinary(raw)) : bad('not_a_number');
  if (typeof raw === 'string') {
    const d = decimalOfText(raw.trim());
    return d ? ok(d) : bad('not_a_number');
  }
  return bad('not_a_number');
}

export function readInteger(raw: RawCell): CellResult<number> {
  const n = readNumber(raw);
  if (!n.ok || n.value === undefined) return n.ok ? ok(undefined) : n;
  return n.value.isInteger() && n.value.abs().lte(Number.MAX_SAFE_INTEGER)
    ? ok(n.value.toNumber())
    : bad('not_a_whole_number');
}

/**
 * A percent is a fraction (what a cell formatted as 15% holds) or text ending in `%`.
 * A bare number above 1 could mean 15% or 1500%: it is refused, never guessed.
 * @example readPercent('15%') //=> { ok: true, value: 0.15 }
 */
export function readPercent(raw: RawCell, above100 = false): CellResult<Decimal> {
  if (isBlank(raw)) return ok(undefined);
  if (typeof raw === 'string') {
    const text = raw.trim();
    const percent = /^(.*?)\s*[%％]$/.exec(text);
    if (percent) {
      const d = decimalOfText(percent[1] ?? '');
      if (!d) return bad('not_a_percent');
      return d.isNegative() ? bad('negative_percent') : ok(d.div(100));
    }
  }
  const n = readNumber(raw);
  if (!n.ok) return bad('not_a_percent');
  if (n.value === undefined) return ok(undefined);
  if (n.value.isNegative()) return bad('negative_percent');
  // A multiplier column reads 1.2 as 120%; past 1000% a bare number is again a guess.
  return n.value.gt(above100 ? 10 : 1) ? bad('ambiguous_percent') : n;
}

const TEXT_DATE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

interface DayTime {
  day: Day;
  time?: string;
}

function checkYear(day: Day): CellResult<DayTime> {
  const year = Number(day.slice(0, 4));
  return year < FIRST_YEAR || year > LAST_YEAR ? bad('date_out_of_range') : ok({ day });
}

function readDayTime(raw: RawCell): CellResult<DayTime> {
  if (isBlank(raw)) return ok(undefined);
  if (raw instanceof Date) {
    // xlsx dates arrive as the instant of the cell's wall-clock time read as UTC.
    if (Number.isNaN(raw.getTime())) return bad('not_a_date');
    // Rounded to the minute like a serial, so 10:15:45 reads as 10:16 from either.
    const rounded = new Date(Math.round(raw.getTime() / 60_000) * 60_000).toISOString();
    const day = rounded.slice(0, 10);
    const time = rounded.slice(11, 16);
    const checked = checkYear(day);
    return checked.ok ? ok({ day, ...(time !== '00:00' ? { time } : {}) }) : checked;
  }
  if (typeof raw === 'number') {
    // A Sheets serial number: days since 1899-12-30, the fraction a time of day.
    if (!Number.isFinite(raw) || raw < 1) return bad('not_a_date');
    const minutes = Math.round((raw - Math.floor(raw)) * 1440);
    // 23:59:30 or later rounds to midnight: the start of the next day, not of this one.
    const day = minutes === 1440 ? dayOfSerial(raw + 1) : dayOfSerial(raw);
    const checked = checkYear(day);
    if (!checked.ok) return checked;
    if (minutes === 0 || minutes === 1440) return ok({ day });
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return ok({ day, time });
  }
  if (typeof raw !== 'string') return bad('not_a_date');
  const m = TEXT_DATE.exec(raw.trim());
  if (!m) return bad('not_a_date');
  const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day) return bad('impossible_date');
  const checked = checkYear(day);
  if (!checked.ok) return checked;
  if (m[4] === undefined) return ok({ day });
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  if (hours > 23 || minutes > 59) return bad('impossible_date');
  return ok({ day, time: `${String(hours).padStart(2, '0')}:${m[5]}` });
}

/**
 * A serial number's reading as a day, worked out once per number: a log's date column repeats a few
 * hundred days over a million rows, and each reading makes three small objects. Results are never
 * changed by their readers, so they are shared.
 */
const serialDate = memo((serial: number): CellResult<Day> => {
  const r = readDayTime(serial);
  return r.ok ? ok(r.value?.day) : r;
});

export function readDate(raw: RawCell): CellResult<Day> {
  if (typeof raw === 'number') return serialDate(raw);
  const r = readDayTime(raw);
  return r.ok ? ok(r.value?.day) : r;
}

/** A day with an optional time of day, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` (workbook time zone). */
export function readDateTime(raw: RawCell): CellResult<string> {
  const r = readDayTime(raw);
  if (!r.ok || r.value === undefined) return r.ok ? ok(undefined) : r;
  return ok(r.value.time ? `${r.value.day}T${r.value.time}` : r.value.day);
}

/**
 * A period: `2026-05`, `2026-Q2` or `2026`. A date typed as `2026-05` is turned into a date by
 * Google Sheets; such a date (and a day inside the month) reads as its month.
 */
export function readPeriod(raw: RawCell): CellResult<string> {
  if (isBlank(raw)) return ok(undefined);
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= FIRST_YEAR && raw <= LAST_YEAR)
    return ok(String(raw));
  if (typeof raw === 'number' || raw instanceof Date) {
    const d = readDate(raw);
    return d.ok && d.value ? ok(d.value.slice(0, 7)) : bad('not_a_period');
  }
  const text = cellText(raw).toUpperCase();
  const month = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? ok(`${month[1]}-${String(m).padStart(2, '0')}`) : bad('not_a_period');
  }
  const quarter = /^(\d{4})\s*-?\s*Q([1-4])$/.exec(text);
  if (quarter) return ok(`${quarter[1]}-Q${quarter[2]}`);
  if (/^\d{4}$/.test(text)) return ok(text);
  return bad('not_a_period');
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on', '是', '开', '开启']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off', '否', '关', '关闭']);

export function readBoolean(raw: RawCell): CellResult<boolean> {
  if (isBlank(raw)) return ok(undefined);
  if (typeof raw === 'boolean') return ok(raw);
  const text = cellText(raw).toLowerCase();
  if (TRUE_WORDS.has(text)) return ok(true);
  if (FALSE_WORDS.has(text)) return ok(false);
  return bad('not_a_boolean');
}

/** An id: text as typed, numbers as their digits (`1001`, not `1001.0`). */
export function readId(raw: RawCell): CellResult<string> {
  if (isBlank(raw)) return ok(undefined);
  if (typeof raw === 'number') return ok(decimalOfBinary(raw).toFixed());
  return ok(cellText(raw));
}

export function readEnum(raw: RawCell, column: Pick<ColumnSpec, 'values' | 'aliases'>): CellResult<string> {
  if (isBlank(raw)) return ok(undefined);
  const text = cellText(raw);
  const value = column.values?.find((v) => v.toLowerCase() === text.toLowerCase()) ?? column.aliases?.[text];
  return value ? ok(value) : bad('not_in_list');
}

/** Reads a cell by its column's declared type. */
export function readCell(raw: RawCell, column: ColumnSpec): CellResult<unknown> {
  switch (column.type) {
    case 'text':
      return readText(raw);
    case 'id':
      return readId(raw);
    case 'enum':
      return readEnum(raw, column);
    case 'date':
      return readDate(raw);
    case 'datetime':
      return readDateTime(raw);
    case 'period':
      return readPeriod(raw);
    case 'money':
    case 'number':
      return readNumber(raw);
    case 'integer':
      return readInteger(raw);
    case 'percent':
      return readPercent(raw, column.above100);
    case 'boolean':
      return readBoolean(raw);
  }
}
