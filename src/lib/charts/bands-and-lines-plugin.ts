/**
 * Shaded bands, vertical lines and text labels placed by data value: the few annotations the
 * timeline draws. Bands (with their labels) and lines draw under the datasets, labels over them,
 * all clipped to the chart area, with any text moved in whole rather than cut at its edge. The
 * geometry is worked out by pure functions (`shapesUnder`, `shapesOver`, `lineAt`) from the
 * scales; the plugin only paints the shapes and reports the pointer.
 */
import type { ChartArea, ChartType, FontSpec, Plugin } from 'chart.js';
import { clipArea, toFont, unclipArea } from 'chart.js/helpers';

/** Band labels sit this far below the band's top. */
const BAND_LABEL_INSET = 6;

/** A span of x values shaded over the full height of one y scale, with a label at its top. */
export interface BandOptions {
  xMin: number;
  xMax: number;
  yScaleID: string;
  color: string;
  label?: {
    text: string;
    color: string;
    font: Partial<FontSpec>;
    /** The label shows only on a band wider than this, in pixels. */
    minWidth: number;
  };
}

/** A vertical line at one x value over the full height of one y scale. */
export interface LineOptions {
  x: number;
  yScaleID: string;
  color: string;
  width: number;
  dash: number[];
}

/** One line of text placed from a data point, moved by (dx, dy) pixels. */
export interface TextLabelOptions {
  x: number;
  y: number;
  yScaleID: string;
  text: string;
  color: string;
  font: Partial<FontSpec>;
  /** `right`: the text ends at the moved point; `left`: it starts there. */
  align: 'left' | 'right';
  /** `middle`: the text is centred on the moved point; `above`: its line box ends there. */
  vertical: 'middle' | 'above';
  dx: number;
  dy: number;
}

export interface BandsAndLinesOptions {
  bands: BandOptions[];
  lines: LineOptions[];
  labels: TextLabelOptions[];
  /** The index of the line under the pointer when it changes, null once the pointer leaves it. */
  onLineHover?: (index: number | null) => void;
  onLineClick?: (index: number) => void;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merges with Chart.js's own
  interface PluginOptionsByType<TType extends ChartType> {
    bandsAndLines: BandsAndLinesOptions;
  }
}

/** What the geometry needs of a Chart.js scale. */
export interface ScaleLike {
  top: number;
  bottom: number;
  getPixelForValue(value: number): number;
}
type Scales = Record<string, ScaleLike | undefined>;

export type Shape =
  | { kind: 'rect'; left: number; top: number; width: number; height: number; color: string }
  | {
      kind: 'line';
      x: number;
      top: number;
      bottom: number;
      color: string;
      width: number;
      dash: number[];
    }
  /** `y` is the middle of the line of text; `font` a CSS font. */
  | {
      kind: 'text';
      x: number;
      y: number;
      align: 'left' | 'center' | 'right';
      text: string;
      color: string;
      font: string;
    };

/** The bands (each followed by its label, where it fits) and then the lines, in drawing order. */
export function shapesUnder(options: BandsAndLinesOptions, scales: Scales): Shape[] {
  const x = scales.x;
  if (!x) return [];
  const shapes: Shape[] = [];
  for (const band of options.bands) {
    const y = scales[band.yScaleID];
    if (!y) continue;
    const [start, end] = [x.getPixelForValue(band.xMin), x.getPixelForValue(band.xMax)];
    const left = Math.min(start, end);
    const width = Math.abs(end - start);
    shapes.push({
      kind: 'rect',
      left,
      top: y.top,
      width,
      height: y.bottom - y.top,
      color: band.color,
    });
    const label = band.label;
    if (label && width > label.minWidth) {
      const font = toFont(label.font);
      shapes.push({
        kind: 'text',
        x: left + width / 2,
        y: y.top + BAND_LABEL_INSET + font.lineHeight / 2,
        align: 'center',
        text: label.text,
        color: label.color,
        font: font.string,
      });
    }
  }
  for (const line of options.lines) {
    const span = lineSpan(line, scales);
    if (span)
      shapes.push({ kind: 'line', ...span, color: line.color, width: line.width, dash: line.dash });
  }
  return shapes;
}

/** Where a line runs, in pixels. */
function lineSpan(line: LineOptions, scales: Scales) {
  const [x, y] = [scales.x, scales[line.yScaleID]];
  return x && y ? { x: x.getPixelForValue(line.x), top: y.top, bottom: y.bottom } : null;
}

/** The text labels, in drawing order. */
export function shapesOver(options: BandsAndLinesOptions, scales: Scales): Shape[] {
  const x = scales.x;
  if (!x) return [];
  return options.labels.flatMap((label): Shape[] => {
    const y = scales[label.yScaleID];
    if (!y) return [];
    const font = toFont(label.font);
    const middle = y.getPixelForValue(label.y) + label.dy;
    return [
      {
        kind: 'text',
        x: x.getPixelForValue(label.x) + label.dx,
        y: label.vertical === 'above' ? middle - font.lineHeight / 2 : middle,
        align: label.align,
        text: label.text,
        color: label.color,
        font: font.string,
      },
    ];
  });
}

/** The index of the line within half its width of the point, the nearest if several; else null. */
export function lineAt(
  options: BandsAndLinesOptions,
  scales: Scales,
  point: { x: number; y: number },
): number | null {
  let found: number | null = null;
  let nearest = Infinity;
  options.lines.forEach((line, index) => {
    const span = lineSpan(line, scales);
    if (!span || point.y < span.top || point.y > span.bottom) return;
    const distance = Math.abs(point.x - span.x);
    if (distance <= line.width / 2 && distance < nearest) [found, nearest] = [index, distance];
  });
  return found;
}

/**
 * Where to draw a text of `width` pixels aligned `align` at `x` so that none of it is clipped: moved
 * in from an edge it would cross (a "no data after" label near the right end of a narrow chart), or
 * started at the left edge if it is wider than the area.
 */
export function keepTextInside(
  x: number,
  width: number,
  align: 'left' | 'center' | 'right',
  area: { left: number; right: number },
): number {
  const start = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
  return x + Math.max(area.left - start, Math.min(0, area.right - (start + width)));
}

function paint(ctx: CanvasRenderingContext2D, area: ChartArea, shapes: Shape[]) {
  if (!shapes.length) return;
  clipArea(ctx, area);
  for (const shape of shapes) {
    ctx.save();
    if (shape.kind === 'rect') {
      ctx.fillStyle = shape.color;
      ctx.beginPath();
      ctx.rect(shape.left, shape.top, shape.width, shape.height);
      ctx.fill();
    } else if (shape.kind === 'line') {
      ctx.strokeStyle = shape.color;
      ctx.lineWidth = shape.width;
      ctx.lineCap = 'butt';
      ctx.setLineDash(shape.dash);
      ctx.lineDashOffset = 0;
      // Bottom up, so the dash pattern starts at the axis.
      ctx.beginPath();
      ctx.moveTo(shape.x, shape.bottom);
      ctx.lineTo(shape.x, shape.top);
      ctx.stroke();
    } else {
      ctx.font = shape.font;
      ctx.fillStyle = shape.color;
      ctx.textAlign = shape.align;
      ctx.textBaseline = 'middle';
      const { width } = ctx.measureText(shape.text);
      ctx.fillText(shape.text, keepTextInside(shape.x, width, shape.align, area), shape.y);
    }
    ctx.restore();
  }
  unclipArea(ctx);
}

/** The line under the pointer of each chart, to report only changes. */
const hoveredLine = new WeakMap<object, number | null>();

export const bandsAndLinesPlugin: Plugin<ChartType, BandsAndLinesOptions> = {
  id: 'bandsAndLines',
  defaults: { bands: [], lines: [], labels: [] },
  beforeDatasetsDraw(chart, _args, options) {
    paint(chart.ctx, chart.chartArea, shapesUnder(options, chart.scales));
  },
  afterDatasetsDraw(chart, _args, options) {
    paint(chart.ctx, chart.chartArea, shapesOver(options, chart.scales));
  },
  // Before the chart's own onHover and onClick, so those have the last word.
  beforeEvent(chart, { event }, options) {
    if (event.x === null || event.y === null || !options.lines.length) return;
    const point = { x: event.x, y: event.y };
    const { left, right, top, bottom } = chart.chartArea;
    const inArea = point.x >= left && point.x <= right && point.y >= top && point.y <= bottom;
    if (event.type === 'click') {
      const index = inArea ? lineAt(options, chart.scales, point) : null;
      if (index !== null) options.onLineClick?.(index);
    } else if (event.type === 'mousemove' || event.type === 'mouseout') {
      const index =
        event.type === 'mousemove' && inArea ? lineAt(options, chart.scales, point) : null;
      if (index === (hoveredLine.get(chart) ?? null)) return;
      hoveredLine.set(chart, index);
      options.onLineHover?.(index);
    }
  },
};
