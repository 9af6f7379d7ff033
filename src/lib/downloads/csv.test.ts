import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { validateDataset } from '../data/validate';
import { validDataset } from '../data/fixtures/valid-dataset';
import { formulaCells, HOSTILE_TEXTS, hostileDataset } from '../data/fixtures/hostile-dataset';
import { eventsCsv, guardCell, toCsv } from './csv';
import { dataPackage } from './datapackage';
import { EVENT_FIELDS, type CellValue } from './event-fields';

describe('CSV', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTAB', `'\tTAB`],
    ['plain text', 'plain text'],
  ])('guards %j against formula injection', (input, expected) => {
    expect(guardCell(input)).toBe(expected);
  });

  it('keeps numbers, negative ones included, as numbers', () => {
    expect(guardCell(-5.8)).toBe('-5.8');
    expect(guardCell(null)).toBe('');
  });

  it('quotes commas, quotes and newlines, and guards the header too', () => {
    const text = toCsv([
      ['=head', 'b'],
      ['a, "b"\nc', -1],
    ]);
    expect(csvParseRows(text)).toEqual([
      ["'=head", 'b'],
      ['a, "b"\nc', '-1'],
    ]);
  });

  it('writes one row per event with the dictionary columns', () => {
    const result = validateDataset(validDataset());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const rows = csvParseRows(eventsCsv(result.dataset.events));
    expect(rows[0]).toEqual(EVENT_FIELDS.map((f) => f.name));
    expect(rows).toHaveLength(1 + result.dataset.events.length);
    const header = rows[0]!;
    const first = Object.fromEntries(header.map((name, i) => [name, rows[1]![i]]));
    expect(first).toMatchObject({
      id: 'orders-signed',
      tariffs: 'MX 25% threatened (all goods) effective 2025-02-04',
      goldstein: '-5.8',
      first_quote: 'a 25% tariff on all Mexican imports',
    });
  });

  it('guards every text of a hostile dataset, and keeps its numbers as numbers', () => {
    const result = validateDataset(hostileDataset());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const [header, ...rows] = csvParseRows(eventsCsv(result.dataset.events));
    expect(formulaCells(rows)).toEqual([]);
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
    // In date order: the threat, the response (Feb 2025 counts from 1 Feb), the suspension.
    expect(column('title')).toEqual([
      `'${HOSTILE_TEXTS.threatTitle}`,
      `'${HOSTILE_TEXTS.responseTitle}`,
      `'${HOSTILE_TEXTS.suspensionTitle}`,
    ]);
    expect(column('actor_name')).toEqual([
      `'${HOSTILE_TEXTS.actorName}`,
      'Government of Mexico',
      `'${HOSTILE_TEXTS.actorName}`,
    ]);
    expect(column('first_quote')).toEqual([
      `'${HOSTILE_TEXTS.threatQuote}`,
      `'${HOSTILE_TEXTS.responseQuote}`,
      `'${HOSTILE_TEXTS.threatQuote}`,
    ]);
    expect(column('quantity_value')).toEqual(['', '-10000', '']);
    expect(column('goldstein')).toEqual(['-5.8', '5', '-5.8']);
  });

  it('describes exactly the CSV columns in the data package', () => {
    const result = validateDataset(validDataset());
    if (!result.ok) throw new Error('invalid fixture');
    const pkg = dataPackage(result.dataset);
    const csvResource = pkg.resources.find((r) => r.path === 'events.csv')!;
    const schema = csvResource.schema as { fields: { name: string; description: string }[] };
    expect(schema.fields.map((f) => f.name)).toEqual(EVENT_FIELDS.map((f) => f.name));
    expect(schema.fields.every((f) => f.description.length > 5)).toBe(true);
    expect(pkg.version).toBe('1.0.0');
  });

  // The plain forms that csv.ts makes faster: a regular expression for the guard, one csvFormatRows
  // call over every row, the tariff measures joined from parts.
  const plainGuard = (value: CellValue) =>
    value === null
      ? ''
      : typeof value === 'number'
        ? String(value)
        : /^[=+\-@\t\r]/.test(value)
          ? `'${value}`
          : value;
  const plainCsv = (rows: readonly (readonly CellValue[])[]) =>
    csvFormatRows(rows.map((row) => row.map(plainGuard))) + '\n';

  it('guards the same first characters as the regular expression it replaces', () => {
    for (let code = 0; code < 0x3000; code++) {
      const text = `${String.fromCharCode(code)}x`;
      expect(guardCell(text)).toBe(plainGuard(text));
    }
    expect(guardCell('')).toBe('');
  });

  it('writes many rows, formatted a block at a time, exactly as one csvFormatRows call would', () => {
    const cells: CellValue[] = [
      'plain',
      'a, b',
      'say "hi"',
      'two\nlines',
      '=1+1',
      '-x',
      -2.5,
      0,
      null,
      '',
      'é’“”',
    ];
    const rows = Array.from({ length: 2_345 }, (_, i) =>
      Array.from({ length: 5 }, (_, j) => cells[(i * 7 + j * 3) % cells.length]!),
    );
    for (const count of [0, 1, 999, 1000, 1001, 2000, 2345]) {
      expect(toCsv(rows.slice(0, count))).toBe(plainCsv(rows.slice(0, count)));
    }
  });

  it('writes the curated events, copied past a block, as the plain computation does', () => {
    const result = readDataset();
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const events = Array.from(
      { length: 3_000 },
      (_, i) => result.dataset.events[i % result.dataset.events.length]!,
    );
    const plainTariffs = (event: (typeof events)[number]) =>
      event.tariffs?.length
        ? event.tariffs
            .map((m) =>
              [
                `${m.country} ${m.rate}% ${m.status} (${m.scope})`,
                m.effective ? `effective ${m.effective}` : '',
                m.until ? `until ${m.until}` : '',
              ]
                .filter(Boolean)
                .join(' '),
            )
            .join(';')
        : null;
    const tariffsField = EVENT_FIELDS.find((field) => field.name === 'tariffs')!;
    for (const event of events) expect(tariffsField.value(event)).toBe(plainTariffs(event));
    expect(eventsCsv(events)).toBe(
      plainCsv([
        EVENT_FIELDS.map((field) => field.name),
        ...events.map((event) => EVENT_FIELDS.map((field) => field.value(event))),
      ]),
    );
  });
});
