/**
 * Where the timeline's direct labels go on a drawn chart: the countries' names and rates, "not
 * confirmed after …", and the suspension bands' names. Placed once per layout (they depend on the
 * chart's size and range, which the annotations' scriptable options read while it draws), so that no
 * label overlaps another: a line's own labels come first; a band's name shows only where it fits.
 */
import type { Chart } from 'chart.js';
import { CHART_FONT_FAMILY } from '../charts/theme';
import type { EndLabel, TimelineChartModel } from './chart-model';
import { boxesOverlap, labelBox, placeLabels, type Box, type Offset } from './label-placement';
import { wrapText } from '../charts/text-wrap';

/** A band's label shows only where the band is wider than about this many pixels per character. */
export const BAND_LABEL_PX_PER_CHAR = 6.5;
export const BAND_LABEL_FONT = { size: 11, weight: 'bold', family: CHART_FONT_FAMILY } as const;
export const BAND_LABEL_PADDING = 6;
/** Room inside a highlight's callout box, and the widest its text runs, in pixels. */
export const CALLOUT_PADDING = 4;
const CALLOUT_MAX_WIDTH = 240;
/** Steps, in pixels, by which a callout moves up from the foot of the rate chart to find room. */
const CALLOUT_STEP = 10;

type Band = TimelineChartModel['bands'][number];
type Font = { size: number; weight: 'bold' | 'normal'; family: string };

export interface DirectLabel {
  label: EndLabel;
  font: Font;
  align: 'start' | 'end';
  /** Offsets from the label's point, in order of preference. */
  candidates: Offset[];
}

export interface LabelLayout {
  offsets: Offset[];
  /** Whether each band's label is drawn: it is wide enough, and clear of the direct labels. */
  bandLabels: boolean[];
  /** Each highlight callout's lines (wrapped to the chart) and offset from its foot of the rate chart. */
  callouts: { lines: string[]; dx: number; dy: number; bottom: number }[];
}

const fontString = (font: { size: number; weight: string; family: string }) =>
  `${font.weight} ${font.size}px ${font.family}`;
/** Chart.js's line height for a font: 1.2 times its size. */
const lineHeight = (font: { size: number }) => font.size * 1.2;

/** Where a band's label is drawn, centred at the band's top as the plugin places it; null if too narrow. */
function bandLabelBox(chart: Chart, band: Band): Box | null {
  const x = chart.scales.x!;
  const left = x.getPixelForValue(band.start);
  const right = x.getPixelForValue(band.end);
  if (Math.abs(right - left) <= band.label.length * BAND_LABEL_PX_PER_CHAR) return null;
  chart.ctx.font = fontString(BAND_LABEL_FONT);
  const width = chart.ctx.measureText(band.label).width + 2 * BAND_LABEL_PADDING;
  const top = chart.scales.rate!.top;
  const centre = (left + right) / 2;
  const height = lineHeight(BAND_LABEL_FONT) + 2 * BAND_LABEL_PADDING;
  return { left: centre - width / 2, top, right: centre + width / 2, bottom: top + height };
}

/** The lines' flat runs on the rate chart, as boxes of no height: labels keep off them if they can. */
function rateLevels(chart: Chart, lines: TimelineChartModel['lines']): Box[] {
  const x = chart.scales.x!;
  const rate = chart.scales.rate!;
  return lines.flatMap(({ points }) =>
    points.slice(1).flatMap((point, index) => {
      const previous = points[index]!;
      if (previous.y === null || point.y !== previous.y) return [];
      const y = rate.getPixelForValue(point.y);
      const [left, right] = [x.getPixelForValue(previous.x), x.getPixelForValue(point.x)];
      return [{ left, right, top: y, bottom: y }];
    }),
  );
}

/**
 * The highlight callouts: each its event's title and date, wrapped to fit, over its event's day (kept
 * inside the plot), as low in the rate chart as it is clear of the labels placed and of the lines.
 */
function placeCallouts(
  chart: Chart,
  model: TimelineChartModel,
  font: Font,
  fixed: Box[],
): LabelLayout['callouts'] {
  const x = chart.scales.x!;
  const rate = chart.scales.rate!;
  const area = chart.chartArea;
  const { ctx } = chart;
  ctx.font = fontString(font);
  // At most about half the plot's width, so that it can find room between the lines.
  const maxText = Math.min(CALLOUT_MAX_WIDTH, (area.right - area.left) * 0.55);
  const boxes = model.callouts.map((callout) => {
    const lines = [...wrapText(ctx, callout.title, maxText), callout.date];
    const width = Math.max(...lines.map((line) => ctx.measureText(line).width));
    const boxWidth = Math.ceil(width) + 2 * CALLOUT_PADDING;
    const height = lines.length * lineHeight(font) + 2 * CALLOUT_PADDING;
    const anchor = x.getPixelForValue(callout.x);
    // Centred over the event's day, else ending or starting at it; always inside the plot.
    const lefts = [...new Set([anchor - boxWidth / 2, anchor - boxWidth + 12, anchor - 12])].map(
      (left) => Math.max(area.left + 2, Math.min(left, area.right - 2 - boxWidth)) - anchor,
    );
    const candidates: Offset[] = [];
    for (let dy = -height / 2 - 4; rate.bottom + dy - height / 2 >= rate.top; dy -= CALLOUT_STEP)
      candidates.push(...lefts.map((dx) => ({ dx, dy })));
    if (!candidates.length) candidates.push({ dx: lefts[0]!, dy: -height / 2 - 4 });
    return {
      lines,
      place: {
        x: anchor,
        y: rate.bottom,
        width: boxWidth,
        height,
        align: 'start' as const,
        candidates,
      },
    };
  });
  const offsets = placeLabels(
    boxes.map((b) => b.place),
    {
      fixed,
      soft: rateRuns(chart, model.lines),
      bounds: { left: area.left, right: area.right, top: rate.top, bottom: rate.bottom },
    },
  );
  return boxes.map((box, index) => ({
    lines: box.lines,
    ...offsets[index]!,
    bottom: labelBox(box.place, offsets[index]!).bottom,
  }));
}

/** The lines' runs on the rate chart, flat and upright, as boxes one pixel thick. */
function rateRuns(chart: Chart, lines: TimelineChartModel['lines']): Box[] {
  const x = chart.scales.x!;
  const rate = chart.scales.rate!;
  return lines.flatMap(({ points }) =>
    points.slice(1).flatMap((point, index) => {
      const previous = points[index]!;
      if (previous.y === null || point.y === null) return [];
      const [x1, x2] = [x.getPixelForValue(previous.x), x.getPixelForValue(point.x)];
      const [y1, y2] = [rate.getPixelForValue(previous.y), rate.getPixelForValue(point.y)];
      return [
        {
          left: Math.min(x1, x2),
          right: Math.max(x1, x2) + 1,
          top: Math.min(y1, y2),
          bottom: Math.max(y1, y2) + 1,
        },
      ];
    }),
  );
}

/** The layout of a chart's labels, computed on the first call for each size and range. */
export function labelLayout(
  directLabels: readonly DirectLabel[],
  model: TimelineChartModel,
  calloutFont: Font,
) {
  let layoutKey = '';
  let layout: LabelLayout = {
    offsets: directLabels.map((d) => d.candidates[0]!),
    bandLabels: model.bands.map(() => false),
    callouts: [],
  };
  return (chart: Chart): LabelLayout => {
    const x = chart.scales.x;
    const rate = chart.scales.rate;
    // Before the chart's first layout (the plugin reads some options while it sizes the axes).
    if (!x || !rate || !chart.chartArea) return layout;
    const key = `${chart.width}x${chart.height} ${x.min}-${x.max} ${rate.max}`;
    if (key === layoutKey) return layout;
    layoutKey = key;
    const { ctx } = chart;
    ctx.save();
    const toPlace = directLabels.map(({ label, font, align, candidates }) => {
      ctx.font = fontString(font);
      return {
        x: x.getPixelForValue(label.x),
        y: rate.getPixelForValue(label.y),
        width: ctx.measureText(label.text).width,
        height: lineHeight(font),
        align,
        candidates,
      };
    });
    const area = chart.chartArea;
    const offsets = placeLabels(toPlace, {
      soft: rateLevels(chart, model.lines),
      bounds: { left: area.left, right: area.right, top: rate.top, bottom: rate.bottom },
    });
    const placed = toPlace.map((label, index) => labelBox(label, offsets[index]!));
    const bandBoxes = model.bands.map((band) => {
      const box = bandLabelBox(chart, band);
      return box !== null && placed.every((other) => !boxesOverlap(box, other)) ? box : null;
    });
    const shownBands = bandBoxes.filter((box): box is Box => box !== null);
    const callouts = placeCallouts(chart, model, calloutFont, [...placed, ...shownBands]);
    ctx.restore();
    layout = { offsets, bandLabels: bandBoxes.map((box) => box !== null), callouts };
    return layout;
  };
}
