/**
 * The Chart.js configuration of the tariff timeline, made from its chart model. DOM-free, so the
 * browser and the build-time image renderer draw the same chart. One canvas holds three stacked
 * y axes on one time axis (rates, the event lane, cumulative transfers), so they align to the pixel.
 */
import type { Chart, ChartConfiguration, ChartDataset, Point as ChartPoint, Scale } from 'chart.js';
import { inLang, intlLocale } from '../i18n';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';
import { countryColour, kindColour, kindInk, type Theme } from '../charts/palette';
import { CHART_CHROME, CHART_FONT_FAMILY } from '../charts/theme';
import { timelineAnnotations } from './chart-annotations';
import { DIM_FILL_ALPHA, DIM_RIM_ALPHA, MARKER_FILL_ALPHA, ringDataset } from './chart-highlight';
import type { TimelineChartModel } from './chart-model';

/** Fixed width of the y axes, so every chart of ours starts its plot at the same x. */
export const AXIS_WIDTH = 92;
export const COMPACT_AXIS_WIDTH = 74;

/** Below this width (a 672 px viewport) the chart drops direct labels; the page shows a key instead. */
export const COMPACT_WIDTH = 640;

export interface TimelineChartHooks {
  /** Index of the lane dataset, so hover and keyboard focus can find markers. */
  onLaneHover?: (index: number | null) => void;
  onAnnouncementHover?: (index: number | null) => void;
  /** Index of the transfer readout under the pointer in the transfers panel. */
  onTransferHover?: (index: number | null) => void;
  onOpen?: (eventId: string) => void;
}

export const LANE_DATASET_ID = 'lane';

/** Pixels of background each side of a rate line (its halo), and the draw order under every line. */
const HALO_WIDTH = 1.5;
const HALO_ORDER = 100;

/** The transfer readout under pixel (`x`, `y`), when it lies in the transfers panel, or null. */
export function transferReadoutAt(
  model: TimelineChartModel,
  chart: Pick<Chart, 'scales'>,
  x: number | null,
  y: number | null,
): number | null {
  const panel = chart.scales.people;
  if (!panel || x === null || y === null || y < panel.top || y > panel.bottom) return null;
  const time = chart.scales.x!.getValueForPixel(x) ?? NaN;
  const index = model.transferReadouts.findIndex((r) => time >= r.start && time < r.end);
  return index === -1 ? null : index;
}
/** Pixels kept free between a marker and the middle of the next lane. */
const MARKER_LANE_MARGIN = 2;

/** Tick labels per time unit, in luxon's format tokens: "3 Feb 2025", "Feb 2025", "2025". */
const TICK_FORMATS = { day: 'd LLL yyyy', week: 'd LLL yyyy', month: 'LLL yyyy', year: 'yyyy' };

export function timelineChartConfig(
  model: TimelineChartModel,
  theme: Theme,
  hooks: TimelineChartHooks = {},
  {
    animate = true,
    compact = false,
    lang = 'en',
  }: { animate?: boolean; compact?: boolean; lang?: string } = {},
): ChartConfiguration<'line' | 'scatter', (number | ChartPoint | null)[]> {
  const chrome = CHART_CHROME[theme];
  const fixWidth = (scale: Scale) => {
    scale.width = compact ? COMPACT_AXIS_WIDTH : AXIS_WIDTH;
  };
  const country = countryColour(theme);
  const kind = kindColour(theme);
  // Marker rims in a data colour take its ink, dark enough to read (see palette.ts).
  const inkOfKind = kindInk(theme);

  // Where countries share a rate their lines coincide: earlier countries draw wider and underneath, so
  // every colour stays visible as a stripe.
  const countryOrder = [...new Set(model.lines.map((line) => line.country))];
  const lineWidth = (line: TimelineChartModel['lines'][number]) =>
    Math.max(
      1.5,
      (line.status === 'threatened' ? 4 : 5.5) - countryOrder.indexOf(line.country) * 1.5,
    );
  // A rate no source confirms any more is drawn at the same width, in a faded colour.
  const UNCONFIRMED_ALPHA = '66';
  // Each line runs on a halo of the background, drawn under every line. On a suspension band China's
  // pink (2.6:1) and Mexico's green (2.9:1) would miss WCAG's 3:1 for a graphic; against the halo
  // they keep their contrast on the plain background (3.1 and 3.4:1).
  const haloDatasets: ChartDataset<'line', (ChartPoint | null)[]>[] = model.lines.map((line) => ({
    type: 'line',
    label: `${line.country} ${line.status} halo`,
    data: line.points as ChartPoint[],
    yAxisID: 'rate',
    order: HALO_ORDER,
    borderColor: chrome.background,
    borderWidth: lineWidth(line) + 2 * HALO_WIDTH,
    pointRadius: 0,
    pointHitRadius: 0,
    pointHoverRadius: 0,
    spanGaps: false,
    fill: false,
  }));
  const lineDatasets: ChartDataset<'line', (ChartPoint | null)[]>[] = model.lines.map((line) => {
    const rank = countryOrder.indexOf(line.country);
    return {
      type: 'line',
      label: `${line.country} ${line.status}`,
      data: line.points as ChartPoint[],
      yAxisID: 'rate',
      order: countryOrder.length - rank + 10,
      borderColor: country(line.country) + (line.status === 'unconfirmed' ? UNCONFIRMED_ALPHA : ''),
      borderWidth: lineWidth(line),
      borderDash: line.status === 'threatened' ? [7, 5] : [],
      // A dot where the rate in effect was last known (see RateLine.endsInView).
      pointRadius: line.points.map((_, i) =>
        line.endsInView && line.status === 'in-effect' && i === line.points.length - 1
          ? lineWidth(line) / 2 + 2.5
          : 0,
      ),
      pointBackgroundColor: country(line.country),
      pointBorderColor: chrome.background,
      pointBorderWidth: HALO_WIDTH,
      pointHoverRadius: 0,
      pointHitRadius: 6,
      spanGaps: false,
      fill: false,
    };
  });

  // A marker's area shows its headcount, capped so that it stays inside its own lane.
  const markerRadius = (chart: Chart, index: number) => {
    const lane = chart.scales.lane;
    const laneGap = lane ? Math.abs(lane.getPixelForValue(1) - lane.getPixelForValue(0)) : Infinity;
    return Math.min(model.markers[index]?.radius ?? 0, laneGap / 2 - MARKER_LANE_MARGIN);
  };
  const laneDataset: ChartDataset<'scatter', ChartPoint[]> = {
    type: 'scatter',
    label: LANE_DATASET_ID,
    data: model.markers.map((m) => ({ x: m.x, y: m.lane })),
    yAxisID: 'lane',
    // Markers on the range's first or last days may spill past the plot's sides rather than be cut.
    clip: { left: 12, right: 12, top: 0, bottom: 0 },
    pointRadius: ({ chart, dataIndex }) => markerRadius(chart, dataIndex),
    pointHoverRadius: ({ chart, dataIndex }) => markerRadius(chart, dataIndex) + 2,
    pointBackgroundColor: model.markers.map((m) =>
      m.hollow
        ? 'transparent'
        : kind(m.event.kind) + (m.emphasis === 'dimmed' ? DIM_FILL_ALPHA : MARKER_FILL_ALPHA),
    ),
    pointBorderColor: model.markers.map(
      (m) => inkOfKind(m.event.kind) + (m.emphasis === 'dimmed' ? DIM_RIM_ALPHA : ''),
    ),
    pointBorderWidth: model.markers.map((m) => (m.hollow ? 2 : 1)),
  };
  const rings = ringDataset(model, markerRadius, chrome.text);

  const transferDataset: ChartDataset<'line', ChartPoint[]> = {
    type: 'line',
    label: 'people transferred',
    data: model.transfers as ChartPoint[],
    yAxisID: 'people',
    borderColor: kind('concession'),
    backgroundColor: kind('concession') + '33',
    borderWidth: 2,
    pointRadius: 0,
    fill: 'origin',
  };

  const laneLabels = model.laneKinds.map((k) => labelsFor(lang).kind[k]);
  // The panel of people Mexico transferred, shown only while the view shows Mexico.
  const peopleScale = {
    type: 'linear',
    position: 'left',
    stack: 'timeline',
    stackWeight: 1.2,
    offset: true,
    min: 0,
    suggestedMax: Math.max(10, model.transfersMax),
    afterFit: fixWidth,
    title: {
      display: !compact,
      text: m.tl_axis_transferred({}, inLang(lang)),
      color: chrome.muted,
    },
    ticks: { color: chrome.muted, maxTicksLimit: 3 },
    grid: { color: chrome.grid },
    border: { display: false },
  } as const;

  return {
    type: 'line',
    data: {
      datasets: [
        ...haloDatasets,
        ...lineDatasets,
        laneDataset,
        ...(rings ? [rings] : []),
        ...(model.showsTransfers ? [transferDataset] : []),
      ] as never,
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 300 } : false,
      parsing: false,
      normalized: true,
      layout: { padding: { right: 8, top: 4 } },
      color: chrome.text,
      font: { family: CHART_FONT_FAMILY },
      interaction: { mode: 'nearest', intersect: true },
      onHover: (event, elements, chart) => {
        const laneIndex = chart.data.datasets.findIndex((d) => d.label === LANE_DATASET_ID);
        const hit = elements.find((e) => e.datasetIndex === laneIndex);
        hooks.onLaneHover?.(hit ? hit.index : null);
        hooks.onTransferHover?.(transferReadoutAt(model, chart, event.x, event.y));
      },
      onClick: (_event, elements, chart) => {
        const laneIndex = chart.data.datasets.findIndex((d) => d.label === LANE_DATASET_ID);
        const hit = elements.find((e) => e.datasetIndex === laneIndex);
        const marker = hit ? model.markers[hit.index] : undefined;
        if (marker) hooks.onOpen?.(marker.event.id);
      },
      scales: {
        // Stacked axes are laid out bottom-up in the order given: transfers, the lane, then rates on top.
        x: {
          type: 'time',
          min: model.xMin,
          max: model.xMax,
          // In UTC, where the model's days start, so the chart and its images are the same in every
          // time zone; labels in the chart's language.
          adapters: { date: { zone: 'utc', locale: intlLocale(inLang(lang).locale) } },
          time: { unit: model.xUnit, isoWeekday: true, displayFormats: TICK_FORMATS },
          ticks: { color: chrome.muted, maxRotation: 0, autoSkipPadding: 16 },
          grid: { color: chrome.grid },
          border: { display: false },
        },
        ...(model.showsTransfers ? { people: peopleScale } : {}),
        lane: {
          type: 'linear',
          position: 'left',
          stack: 'timeline',
          stackWeight: Math.max(1, model.laneKinds.length * 0.45),
          offset: true,
          min: -0.6,
          max: Math.max(0, model.laneKinds.length - 1) + 0.6,
          reverse: true,
          afterFit: fixWidth,
          afterBuildTicks: (scale) => {
            scale.ticks = model.laneKinds.map((_, value) => ({ value }));
          },
          ticks: {
            color: chrome.muted,
            autoSkip: false,
            font: { size: compact ? 10 : 12 },
            callback: (v) => laneLabels[Number(v)] ?? '',
          },
          grid: { display: false },
          border: { display: false },
        },
        rate: {
          type: 'linear',
          position: 'left',
          stack: 'timeline',
          stackWeight: 3.2,
          min: 0,
          max: Math.ceil((model.rateMax + 5) / 10) * 10,
          afterFit: fixWidth,
          title: { display: !compact, text: m.tl_axis_rate({}, inLang(lang)), color: chrome.muted },
          ticks: { color: chrome.muted, stepSize: 10, callback: (v) => `${v}%` },
          grid: { color: chrome.grid },
          border: { display: false },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: false },
        annotation: timelineAnnotations(model, theme, hooks, { compact, lang }),
      },
    },
  };
}
