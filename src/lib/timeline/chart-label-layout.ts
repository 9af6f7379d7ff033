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

/** A band's label shows only where the band is wider than about this many pixels per character. */
export const BAND_LABEL_PX_PER_CHAR = 6.5;
export const BAND_LABEL_FONT = { size: 11, weight: 'bold', family: CHART_FONT_FAMILY } as const;
export const BAND_LABEL_PADDING = 6;

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

/** The layout of a chart's labels, computed on the first call for each size and range. */
export function labelLayout(directLabels: readonly DirectLabel[], model: TimelineChartModel) {
  let layoutKey = '';
  let layout: LabelLayout = {
    offsets: directLabels.map((d) => d.candidates[0]!),
    bandLabels: model.bands.map(() => false),
  };
  return (chart: Chart): LabelLayout => {
    const x = chart.scales.x;
    const rate = chart.scales.rate;
    if (!x || !rate) return layout;
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
    const bandLabels = model.bands.map((band) => {
      const box = bandLabelBox(chart, band);
      return box !== null && placed.every((other) => !boxesOverlap(box, other));
    });
    ctx.restore();
    layout = { offsets, bandLabels };
    return layout;
  };
}
