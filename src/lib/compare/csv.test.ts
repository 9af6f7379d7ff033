import { csvParse, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { formulaCells, HOSTILE_TEXTS, hostileDataset } from '../data/fixtures/hostile-dataset';
import { validateDataset } from '../data/validate';
import { buildComparisonData, comparisonView } from './comparison';
import { comparisonCsv, pressureIndexCsv } from './csv';

const result = validateDataset(hostileDataset());
if (!result.ok) throw new Error(result.problems.join('\n'));
const dataset = result.dataset;

/** The CSV's rows, checked to hold no cell a spreadsheet would run. */
function guardedRows(csv: string) {
  expect(formulaCells(csvParseRows(csv))).toEqual([]);
  return csvParse(csv);
}

describe("the comparison's CSVs from a hostile dataset", () => {
  const comparison = buildComparisonData(dataset, 'MX', 'en');

  it('guards the threats and responses of the comparison', () => {
    const filters = {
      windowDays: 30,
      bases: ['stated', 'window'] as const,
      kinds: ['tariff', 'pressure'] as const,
      from: '',
      to: '',
    };
    const rows = guardedRows(comparisonCsv('MX', comparisonView(comparison, filters), 'en'));
    expect(rows.map((row) => [row.threat, row.response])).toEqual([
      [`'${HOSTILE_TEXTS.threatTitle}`, `'${HOSTILE_TEXTS.responseTitle}`],
    ]);
  });

  it('writes the pressure index with nothing to guard', () => {
    const rows = guardedRows(pressureIndexCsv('MX', comparison.index));
    expect(rows.map((row) => row.event_ids)).toEqual([
      'orders-signed',
      'tariffs-paused',
      'troops-pledged',
    ]);
  });
});
