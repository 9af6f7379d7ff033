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
  // The first character compared by code rather than with a regular expression: this runs for
  // every cell of the dataset's CSV.
  switch (value.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // carriage return
      return `'${value}`;
    default:
      return value;
  }
}

/**
 * Rows given to one csvFormatRows call. Formatting a block at a time, then joining the blocks, lets
 * each row's cells and text be collected while young; formatting every row before one final join
 * kept them all alive, and the garbage collector's copying of them was a third of eventsCsv's time.
 */
const ROWS_PER_BLOCK = 1000;

/** Rows of already guarded cells as CSV, formatted a block at a time. */
function formatInBlocks(rows: Iterable<string[]>): string {
  const blocks: string[] = [];
  let block: string[][] = [];
  for (const row of rows) {
    block.push(row);
    if (block.length === ROWS_PER_BLOCK) {
      blocks.push(csvFormatRows(block));
      block = [];
    }
  }
  if (block.length) blocks.push(csvFormatRows(block));
  return blocks.join('\n') + '\n';
}

/** Rows of cells (the first row being the header) as CSV, every cell guarded against formulas. */
export function toCsv(rows: readonly (readonly CellValue[])[]): string {
  return formatInBlocks(rows.map((row) => row.map(guardCell)));
}

/** The header and one row per event, made one at a time and each cell guarded as it is read. */
function* eventRows(events: readonly EventRecord[]): Generator<string[]> {
  yield EVENT_FIELDS.map((field) => guardCell(field.name));
  for (const event of events) yield EVENT_FIELDS.map((field) => guardCell(field.value(event)));
}

/** The dataset as flat CSV, one row per event, with the columns of EVENT_FIELDS. */
export function eventsCsv(events: readonly EventRecord[]): string {
  return formatInBlocks(eventRows(events));
}
