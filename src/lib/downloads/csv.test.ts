import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/validate';
import { validDataset } from '../data/fixtures/valid-dataset';
import { eventsCsv, guardCell, toCsv } from './csv';
import { dataPackage } from './datapackage';
import { EVENT_FIELDS } from './event-fields';

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
});
