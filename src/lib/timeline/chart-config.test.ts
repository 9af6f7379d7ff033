/** The timeline's bands, lines and labels as chart options, from the real dataset. */
import { describe, expect, it, vi } from 'vitest';
import { CHART_CHROME } from '../charts/theme';
import { readDataset } from '../data/read-dataset';
import { countryColour, countryInk, kindInk, type Theme } from '../charts/palette';
import { defaultTimelineView } from './view';
import { timelineChartConfig, type TimelineChartHooks } from './chart-config';
import { timelineChartModel } from './chart-model';
import { buildTimelineData } from './data';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const model = timelineChartModel(buildTimelineData(result.dataset), defaultTimelineView());

/** The bands-and-lines options of the config in a theme. */
const drawn = (theme: Theme, hooks: TimelineChartHooks = {}, compact = false) =>
  timelineChartConfig(model, theme, hooks, { compact }).options!.plugins!.bandsAndLines!;

describe('the timeline chart config', () => {
  it('shades every suspension in the theme, labelled where its band is wide enough', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(drawn(theme).bands).toEqual(
        model.bands.map((band) =>
          expect.objectContaining({
            xMin: band.start,
            xMax: band.end,
            yScaleID: 'rate',
            color: CHART_CHROME[theme].band,
            label: expect.objectContaining({
              text: band.label,
              color: CHART_CHROME[theme].muted,
              minWidth: band.label.length * 6.5,
            }),
          }),
        ),
      );
    }
    expect(model.bands.map((band) => band.label)).toContain('90-day suspension');
  });

  it('draws a dotted line at each announcement, which opens its event when clicked', () => {
    const onOpen = vi.fn();
    const onAnnouncementHover = vi.fn();
    const hooks: TimelineChartHooks = { onOpen, onAnnouncementHover };
    const options = drawn('dark', hooks);
    expect(options.lines).toEqual(
      model.announcements.map(({ x }) => ({
        x,
        yScaleID: 'rate',
        color: CHART_CHROME.dark.muted,
        width: 1,
        dash: [2, 3],
      })),
    );
    options.onLineClick!(1);
    expect(onOpen).toHaveBeenCalledWith(model.announcements[1]!.event.id);
    options.onLineHover!(1);
    options.onLineHover!(null);
    expect(onAnnouncementHover.mock.calls).toEqual([[1], [null]]);
  });

  it('labels the ends of the lines and the transfers, keeping only the transfers when compact', () => {
    const texts = (compact: boolean) =>
      drawn('light', {}, compact).labels!.map((label) => label!.text);
    const transfers = expect.stringMatching(/^\d[\d,]* people$/);
    expect(texts(false)).toEqual([
      ...model.endLabels.map((label) => label.text),
      ...model.dataEnds.map((label) => label.text),
      transfers,
    ]);
    expect(texts(true)).toEqual([transfers]);
    const mexico = drawn('dark').labels!.find((label) => label!.text === 'Mexico 25%');
    expect(mexico).toMatchObject({ color: countryColour('dark')('MX'), align: 'right' });
  });

  it('writes labels in the ink of their colour, dark enough to read on white', () => {
    const labels = drawn('light').labels!;
    const mexico = labels.find((label) => label!.text === 'Mexico 25%');
    expect(mexico!.color).toBe(countryInk('light')('MX'));
    expect(mexico!.color).not.toBe(countryColour('light')('MX'));
    expect(labels.at(-1)!.color).toBe(kindInk('light')('concession'));
  });

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
