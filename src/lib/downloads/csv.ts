import { csvFormatRows } from 'd3-dsv';
import type { EventRecord } from '../data/schema';
import { EVENT_FIELDS, type CellValue } from './event-fields';

/**
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return at the start)
 * gets a leading apostrophe (OWASP's advice). Numbers stay numbers, negative ones included.
 */
export function guardCell(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Rows of cells (the first row being the header) as CSV, every cell guarded against formulas. */
export function toCsv(rows: readonly (readonly CellValue[])[]): string {
  return csvFormatRows(rows.map((row) => row.map(guardCell))) + '\n';
}

/** The dataset as flat CSV, one row per event, with the columns of EVENT_FIELDS. */
export function eventsCsv(events: readonly EventRecord[]): string {
  return toCsv([
    EVENT_FIELDS.map((field) => field.name),
    ...events.map((event) => EVENT_FIELDS.map((field) => field.value(event))),
  ]);
}
