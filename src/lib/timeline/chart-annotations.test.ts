/**
 * The timeline drawn by Chart.js in Node with the components the page registers: its time axis and
 * the bands, lines and labels chartjs-plugin-annotation places from the model, from the real dataset.
 */
import { createCanvas } from '@napi-rs/canvas';
import { Chart } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHART_COMPONENTS } from '../charts/components';
import { CHART_CHROME } from '../charts/theme';
import { readDataset } from '../data/read-dataset';
import { localizeDataset } from '../data/translations';
import { countryColour, countryInk, kindInk, type Theme } from '../charts/palette';
import { defaultTimelineView } from './view';
import { BAND_LABEL_PX_PER_CHAR } from './chart-label-layout';
import { timelineChartConfig, type TimelineChartHooks } from './chart-config';
import { timelineChartModel } from './chart-model';
import { buildTimelineData } from './data';

Chart.register(...CHART_COMPONENTS);

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const modelIn = (lang: string) =>
  timelineChartModel(
    buildTimelineData(localizeDataset(result.dataset, lang), lang),
    defaultTimelineView(),
    lang,
  );
const model = modelIn('en');

const charts: Chart[] = [];
afterEach(() => charts.splice(0).forEach((chart) => chart.destroy()));

/** The chart as the page draws it, 1200 × 600 px. */
function drawn(
  theme: Theme = 'light',
  hooks: TimelineChartHooks = {},
  { compact = false, lang = 'en' } = {},
) {
  const config = timelineChartConfig(lang === 'en' ? model : modelIn(lang), theme, hooks, {
    animate: false,
    compact,
    lang,
  });
  config.options = { ...config.options, responsive: false };
  const chart = new Chart(createCanvas(1200, 600).getContext('2d') as never, config);
  charts.push(chart);
  return chart;
}

/** An annotation element as drawn: its box in pixels, its resolved options and its label. */
interface Drawn {
  x: number;
  y: number;
  x2: number;
  y2: number;
  width: number;
  options: Record<string, unknown>;
  elements?: Drawn[];
}

const annotations = (chart: Chart, type: 'box' | 'line' | 'label') =>
  annotationPlugin
    .getAnnotations(chart)
    .filter((element) => element.options.type === type) as unknown as Drawn[];

/** Sends a pointer event to the chart, as the browser platform would. */
const pointer = (chart: Chart, type: 'mousemove' | 'click', x: number, y: number) =>
  (chart as unknown as { _eventHandler(event: object): void })._eventHandler({
    type,
    x,
    y,
    native: { type },
  });

describe('the timeline chart', () => {
  it('runs its time axis in UTC, a tick at each month start, named in the chart language', () => {
    for (const lang of ['en', 'es']) {
      const x = drawn('light', {}, { lang }).scales.x!;
      expect(x.type).toBe('time');
      expect(x.ticks.slice(0, 2).map((tick) => tick.value)).toEqual([
        Date.UTC(2024, 11, 1),
        Date.UTC(2025, 0, 1),
      ]);
      expect(x.ticks.slice(0, 2).map((tick) => tick.label)).toEqual(
        lang === 'en' ? ['Dec 2024', 'Jan 2025'] : ['dic 2024', 'ene 2025'],
      );
    }
  });

  it('shades each suspension over the rate chart only, labelled where the band is wide enough', () => {
    for (const theme of ['light', 'dark'] as const) {
      const chart = drawn(theme);
      const [x, rate] = [chart.scales.x!, chart.scales.rate!];
      const boxes = annotations(chart, 'box');
      expect(boxes).toHaveLength(model.bands.length);
      boxes.forEach((box, i) => {
        const band = model.bands[i]!;
        expect(box.x).toBeCloseTo(x.getPixelForValue(band.start));
        expect(box.x2).toBeCloseTo(x.getPixelForValue(band.end));
        expect([box.y, box.y2]).toEqual([rate.top, rate.bottom]);
        expect(box.options.backgroundColor).toBe(CHART_CHROME[theme].band);
        const label = box.elements![0]!;
        const wide = box.width > band.label.length * BAND_LABEL_PX_PER_CHAR;
        expect(label.options.display).toBe(wide);
        expect(label.options.content).toBe(band.label);
      });
      const shown = boxes.filter((box) => box.elements![0]!.options.display);
      expect(shown.map((box) => box.elements![0]!.options.content)).toEqual(['90-day suspension']);
    }
  });

  it('draws a dotted line over the rates at each announcement; hovering reports it, a click opens it', () => {
    const onOpen = vi.fn();
    const onAnnouncementHover = vi.fn();
    const chart = drawn('dark', { onOpen, onAnnouncementHover });
    const [x, rate] = [chart.scales.x!, chart.scales.rate!];
    const lines = annotations(chart, 'line');
    expect(lines.map((line) => line.x)).toEqual(
      model.announcements.map((a) => x.getPixelForValue(a.x)),
    );
    for (const line of lines) {
      expect([line.y, line.y2].sort((a, b) => a - b)).toEqual([rate.top, rate.bottom]);
      expect(line.options).toMatchObject({
        borderColor: CHART_CHROME.dark.muted,
        borderWidth: 1,
        borderDash: [2, 3],
      });
    }
    // The announcement furthest from its neighbours, halfway up the rate chart.
    const gap = (i: number) =>
      Math.min(...[i - 1, i + 1].map((j) => Math.abs((lines[j]?.x ?? Infinity) - lines[i]!.x)));
    const alone = lines.reduce((best, _, i) => (gap(i) > gap(best) ? i : best), 0);
    const { x: lineX } = lines[alone]!;
    const middle = (rate.top + rate.bottom) / 2;
    pointer(chart, 'mousemove', lineX, middle);
    pointer(chart, 'mousemove', lineX + 10, middle);
    expect(onAnnouncementHover.mock.calls).toEqual([[alone], [null]]);
    pointer(chart, 'click', lineX + 10, middle);
    expect(onOpen).not.toHaveBeenCalled();
    pointer(chart, 'click', lineX, middle);
    expect(onOpen).toHaveBeenCalledWith(model.announcements[alone]!.event.id);
  });

  it('labels the ends of the lines and the transfers in ink, keeping only the transfers when compact', () => {
    const texts = (chart: Chart) =>
      annotations(chart, 'label').map((label) => label.options.content);
    const transfers = expect.stringMatching(/^\d[\d,]* people$/);
    expect(texts(drawn())).toEqual([
      ...model.unconfirmedLabels.map((label) => label.text),
      ...model.endLabels.map((label) => label.text),
      transfers,
    ]);
    expect(texts(drawn('light', {}, { compact: true }))).toEqual([transfers]);
    expect(texts(drawn('light', {}, { lang: 'es' }))).toContain('México 25%');

    const labels = annotations(drawn(), 'label');
    const mexico = labels.find((label) => label.options.content === 'Mexico 25%')!;
    expect(mexico.options.color).toBe(countryInk('light')('MX'));
    expect(mexico.options.color).not.toBe(countryColour('light')('MX'));
    expect(labels.at(-1)!.options.color).toBe(kindInk('light')('concession'));
  });

  it('ends each line label just before and above its line end, inside the rate chart', () => {
    const chart = drawn();
    const [x, rate] = [chart.scales.x!, chart.scales.rate!];
    const mexico = annotations(chart, 'label').find(
      (label) => label.options.content === 'Mexico 25%',
    )!;
    const end = model.endLabels.find((label) => label.country === 'MX')!;
    expect(mexico.x2).toBeCloseTo(x.getPixelForValue(end.x) - 10);
    expect(mexico.y2).toBeLessThan(rate.getPixelForValue(end.y));
    expect(mexico.y).toBeGreaterThan(rate.top);
  });

  it('keeps every marker inside its lane, however large its headcount', () => {
    for (const width of [1200, 420]) {
      const config = timelineChartConfig(model, 'light', {}, { animate: false });
      config.options = { ...config.options, responsive: false };
      const chart = new Chart(createCanvas(width, 460).getContext('2d') as never, config);
      charts.push(chart);
      const lane = chart.scales.lane!;
      const gap = Math.abs(lane.getPixelForValue(1) - lane.getPixelForValue(0));
      const markers = chart.getDatasetMeta(
        chart.data.datasets.findIndex((d) => d.type === 'scatter'),
      );
      const radii = markers.data.map((point) => (point.options as { radius: number }).radius);
      expect(radii).toHaveLength(model.markers.length);
      expect(Math.max(...radii)).toBeLessThanOrEqual(gap / 2 - 2);
      // The largest headcount still draws the largest marker.
      const troops = model.markers.findIndex(
        (m) => m.radius === Math.max(...model.markers.map((x) => x.radius)),
      );
      expect(radii[troops]).toBe(Math.max(...radii));
    }
  });
});
