/**
 * Output cells in Google Sheets terms: the value written with `valueInputOption: RAW` and the
 * `CellFormat` that shows it, matching what the .xlsx adapter writes (formats, header style, wrap).
 */
import type { sheets_v4 } from '@googleapis/sheets';
import type { OutputFormat } from '../../../sheets-templates/define.js';
import type { OutputCell } from './port.js';

type CellFormat = sheets_v4.Schema$CellFormat;

const NUMBER_FORMATS: Readonly<Record<OutputFormat, sheets_v4.Schema$NumberFormat | undefined>> = {
  text: { type: 'TEXT', pattern: '@' },
  integer: { type: 'NUMBER', pattern: '#,##0' },
  number: undefined,
  score: { type: 'NUMBER', pattern: '0.00' },
  money: { type: 'NUMBER', pattern: '#,##0.00' },
  percent: { type: 'PERCENT', pattern: '0.0%' },
  date: { type: 'DATE', pattern: 'yyyy-mm-dd' },
  datetime: { type: 'DATE_TIME', pattern: 'yyyy-mm-dd hh:mm:ss' },
};

/** Colours as the API takes them, fractions of 255. */
const rgb = (hex: string): sheets_v4.Schema$Color => ({
  red: Number.parseInt(hex.slice(0, 2), 16) / 255,
  green: Number.parseInt(hex.slice(2, 4), 16) / 255,
  blue: Number.parseInt(hex.slice(4, 6), 16) / 255,
});

const STYLES: Readonly<Record<NonNullable<OutputCell['style']>, CellFormat>> = {
  title: { textFormat: { bold: true, fontSize: 13 } },
  note: { textFormat: { italic: true, foregroundColor: rgb('555555') } },
  header: {
    textFormat: { bold: true },
    backgroundColor: rgb('E8EEF7'),
    borders: { bottom: { style: 'SOLID', color: rgb('8FA3BF') } },
    verticalAlignment: 'MIDDLE',
    wrapStrategy: 'WRAP',
  },
  total: { textFormat: { bold: true } },
  wrap: { wrapStrategy: 'WRAP', verticalAlignment: 'TOP' },
};

const DAY_MS = 86_400_000;
/** Days from the Sheets epoch (1899-12-30) to the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * The serial number of a `YYYY-MM-DD` or `YYYY-MM-DD HH:mm[:ss]` wall-clock text, or undefined.
 * @example serialOfText('2026-05-15 12:00') //=> 46157.5
 */
export function serialOfText(text: string): number | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}T${m[2] ?? '00'}:${m[3] ?? '00'}:${m[4] ?? '00'}Z`);
  return Number.isNaN(ms) ? undefined : ms / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** The RAW value of an output cell: days as serial numbers, an empty cell as `''` (which clears it). */
export function sheetsValue(cell: OutputCell | undefined): string | number {
  if (!cell || cell.value === null) return '';
  const { value, format } = cell;
  if ((format === 'date' || format === 'datetime') && typeof value === 'string')
    return serialOfText(value) ?? value;
  return value;
}

/** The format of an output cell, or an empty format for a plain one. */
export function sheetsFormat(cell: OutputCell | undefined): CellFormat {
  if (!cell) return {};
  const style = cell.style ? STYLES[cell.style] : {};
  const isDay =
    (cell.format === 'date' || cell.format === 'datetime') &&
    typeof cell.value === 'string' &&
    cell.value !== '';
  const numberFormat =
    cell.format && (typeof cell.value === 'number' || isDay) ? NUMBER_FORMATS[cell.format] : undefined;
  return numberFormat ? { ...style, numberFormat } : { ...style };
}

/** Column width in pixels for a width in characters (about 7 px a character at 10 pt, plus padding). */
export function pixelWidth(characters: number): number {
  return Math.round(characters * 7 + 10);
}
