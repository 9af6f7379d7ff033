import { describe, expect, it } from 'vitest';
import { guardedRows, HOSTILE_TEXTS, validHostileDataset } from '../data/fixtures/hostile-dataset';
import { buildComparisonData } from './comparison';
import { comparisonView } from './comparison-view';
import { comparisonCsv, pressureIndexCsv } from './csv';

const dataset = validHostileDataset();

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
