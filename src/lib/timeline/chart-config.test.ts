/** The timeline's datasets as chart options, from the real dataset. */
import { describe, expect, it } from 'vitest';
import { CHART_CHROME } from '../charts/theme';
import { readDataset } from '../data/read-dataset';
import { kindInk } from '../charts/palette';
import { defaultTimelineView } from './view';
import { timelineChartConfig } from './chart-config';
import { timelineChartModel } from './chart-model';
import { buildTimelineData } from './data';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const model = timelineChartModel(buildTimelineData(result.dataset), defaultTimelineView());

describe('the timeline chart config', () => {
  it('rims every marker with the ink of its kind', () => {
    const lane = timelineChartConfig(model, 'light', {}).data.datasets.find(
      (dataset) => dataset.type === 'scatter',
    )!;
    expect(lane.pointBorderColor).toEqual(model.markers.map((m) => kindInk('light')(m.event.kind)));
    expect(new Set(lane.pointBorderColor as string[])).toContain(kindInk('light')('statement'));
  });

  it('runs every rate line on a halo of the background, under all the lines', () => {
    for (const theme of ['light', 'dark'] as const) {
      const datasets = timelineChartConfig(model, theme, {}).data.datasets;
      const halos = datasets.filter((dataset) => dataset.label?.endsWith(' halo'));
      const lines = datasets.filter(
        (dataset) => dataset.yAxisID === 'rate' && !halos.includes(dataset),
      );
      expect(lines).toHaveLength(model.lines.length);
      expect(halos).toHaveLength(lines.length);
      const lowestLine = Math.max(...lines.map((line) => line.order!));
      lines.forEach((line, i) => {
        const halo = halos[i]!;
        expect(halo.label).toBe(`${line.label} halo`);
        expect(halo.data).toBe(line.data);
        expect(halo.borderColor).toBe(CHART_CHROME[theme].background);
        expect(halo.borderWidth).toBe((line.borderWidth as number) + 3);
        expect(halo.order).toBeGreaterThan(lowestLine);
        expect(halo).toMatchObject({ pointHitRadius: 0, pointRadius: 0 });
      });
    }
  });
});
