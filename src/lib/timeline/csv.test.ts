import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { guardedRows, HOSTILE_TEXTS, validHostileDataset } from '../data/fixtures/hostile-dataset';
import { readDataset } from '../data/read-dataset';
import { timelineChartModel } from './chart-model';
import { buildTimelineData } from './data';
import { markedEvents, tariffStepRows } from './tables';
import { defaultTimelineView } from './view';
import { markedEventsCsv, tariffStepsCsv } from './csv';

const dataset = validHostileDataset();

describe("the timeline's CSVs from a hostile dataset", () => {
  const timeline = buildTimelineData(dataset, 'en');
  const view = defaultTimelineView();
  const model = timelineChartModel(timeline, view, 'en');

  it('guards the suspension in the tariff steps', () => {
    const rows = guardedRows(tariffStepsCsv(tariffStepRows(timeline, view, model, 'en')));
    expect(rows.map((row) => row.suspension)).toEqual([
      '',
      `'${HOSTILE_TEXTS.suspensionLabel}, to 3 Mar 2025`,
    ]);
  });

  it('guards the titles, quotes, key numbers and sources of the marked events', () => {
    const rows = guardedRows(markedEventsCsv(markedEvents(model)));
    expect(rows.map((row) => [row.title, row.key_number, row.quote])).toEqual([
      [`'${HOSTILE_TEXTS.threatTitle}`, 'MX 25% threatened', `'${HOSTILE_TEXTS.threatQuote}`],
      [`'${HOSTILE_TEXTS.suspensionTitle}`, 'MX 25% suspended', `'${HOSTILE_TEXTS.threatQuote}`],
      [`'${HOSTILE_TEXTS.responseTitle}`, "'-10,000 troops", `'${HOSTILE_TEXTS.responseQuote}`],
    ]);
    expect(new Set(rows.map((row) => row.source))).toEqual(
      new Set([`'${HOSTILE_TEXTS.sourceTitle}`]),
    );
  });
});

describe("the timeline's events CSV from the curated dataset", () => {
  const curated = readDataset();
  if (!curated.ok) throw new Error(curated.problems.join('\n'));
  const timeline = buildTimelineData(curated.dataset, 'en');
  const model = timelineChartModel(timeline, defaultTimelineView(), 'en');

  it('keeps the end date of an event that spans several days or months', () => {
    const rows = csvParse(markedEventsCsv(markedEvents(model)));
    const raids = rows.find(
      (row) => row.id === '2024-11-28-mexico-raids-vendors-of-chinese-goods',
    )!;
    expect([raids.date, raids.end_date]).toEqual(['2024-11-28', '2025-01']);
    const orders = rows.find((row) => row.id === '2025-02-01-tariff-orders-signed')!;
    expect(orders.end_date).toBe('');
  });
});
