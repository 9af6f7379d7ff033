import type { Chart, ChartEvent } from 'chart.js';
import { describe, expect, it, vi } from 'vitest';
import {
  bandsAndLinesPlugin,
  keepTextInside,
  lineAt,
  shapesOver,
  shapesUnder,
  type BandsAndLinesOptions,
  type ScaleLike,
} from './bands-and-lines-plugin';

const linear = (top: number, bottom: number, pixel: (value: number) => number): ScaleLike => ({
  top,
  bottom,
  getPixelForValue: pixel,
});
/** x: value 0 at 100 px, 1 px per unit; rate: 0 at the bottom (210 px), 5 px per unit. */
const scales = {
  x: linear(0, 0, (value) => 100 + value),
  rate: linear(10, 210, (value) => 210 - value * 5),
  people: linear(250, 350, (value) => 350 - value),
};
const font = { size: 10, family: 'Test Sans' };

const options = (patch: Partial<BandsAndLinesOptions> = {}): BandsAndLinesOptions => ({
  bands: [],
  lines: [],
  labels: [],
  ...patch,
});

const band = (xMin: number, xMax: number, minWidth: number) => ({
  xMin,
  xMax,
  yScaleID: 'rate',
  color: 'grey',
  label: { text: 'pause', color: 'black', font: { ...font, weight: 'bold' as const }, minWidth },
});
const line = (x: number) => ({ x, yScaleID: 'rate', color: 'grey', width: 1, dash: [2, 3] });

describe('shapesUnder', () => {
  it("shades a band over its y scale's full height, its label centred 6 px below the top", () => {
    expect(shapesUnder(options({ bands: [band(50, 150, 60)] }), scales)).toEqual([
      { kind: 'rect', left: 150, top: 10, width: 100, height: 200, color: 'grey' },
      {
        kind: 'text',
        x: 200,
        // 6 px inset plus half of the 12 px line (10 px × 1.2).
        y: 22,
        align: 'center',
        text: 'pause',
        color: 'black',
        font: 'normal bold 10px Test Sans',
      },
    ]);
  });

  it('leaves the label off a band no wider than its minimum, and orders reversed ends', () => {
    expect(shapesUnder(options({ bands: [band(150, 50, 100)] }), scales)).toEqual([
      { kind: 'rect', left: 150, top: 10, width: 100, height: 200, color: 'grey' },
    ]);
  });

  it('draws the lines after every band, over the full height of their scale', () => {
    const shapes = shapesUnder(options({ lines: [line(20)], bands: [band(0, 10, 60)] }), scales);
    expect(shapes.map((shape) => shape.kind)).toEqual(['rect', 'line']);
    expect(shapes[1]).toEqual({
      kind: 'line',
      x: 120,
      top: 10,
      bottom: 210,
      color: 'grey',
      width: 1,
      dash: [2, 3],
    });
  });

  it('skips what is placed on a scale the chart does not have', () => {
    const onMissing = { ...line(20), yScaleID: 'missing' };
    expect(shapesUnder(options({ lines: [onMissing, line(30)] }), scales)).toEqual([
      expect.objectContaining({ kind: 'line', x: 130 }),
    ]);
    expect(shapesUnder(options({ lines: [line(30)] }), { rate: scales.rate })).toEqual([]);
  });
});

/** A label drawn right-aligned 10 px up and left of its point. */
const label = {
  x: 40,
  y: 10,
  yScaleID: 'rate',
  text: 'Mexico 25%',
  color: 'green',
  font,
  align: 'right' as const,
  vertical: 'middle' as const,
  dx: -10,
  dy: -10,
};

describe('shapesOver', () => {
  it('places text from its data point, moved by (dx, dy)', () => {
    expect(shapesOver(options({ labels: [label] }), scales)).toEqual([
      {
        kind: 'text',
        x: 130,
        y: 150,
        align: 'right',
        text: 'Mexico 25%',
        color: 'green',
        font: 'normal 10px Test Sans',
      },
    ]);
  });

  it('lifts text placed above its point by half its line height, on its own y scale', () => {
    const above = {
      ...label,
      yScaleID: 'people',
      vertical: 'above' as const,
      align: 'left' as const,
    };
    expect(shapesOver(options({ labels: [above] }), scales)).toEqual([
      expect.objectContaining({ x: 130, y: 350 - 10 - 10 - 6, align: 'left' }),
    ]);
  });
});

describe('keepTextInside', () => {
  const area = { left: 100, right: 300 };

  it('leaves a text that fits where it is, at any alignment', () => {
    expect(keepTextInside(150, 40, 'left', area)).toBe(150);
    expect(keepTextInside(150, 40, 'right', area)).toBe(150);
    expect(keepTextInside(200, 40, 'center', area)).toBe(200);
    expect(keepTextInside(100, 200, 'left', area)).toBe(100);
  });

  it('moves a text in from the edge it would cross, to end or start exactly there', () => {
    expect(keepTextInside(280, 40, 'left', area)).toBe(260);
    expect(keepTextInside(110, 40, 'right', area)).toBe(140);
    expect(keepTextInside(290, 40, 'center', area)).toBe(280);
    expect(keepTextInside(105, 40, 'center', area)).toBe(120);
  });

  it('starts a text wider than the area at its left edge', () => {
    expect(keepTextInside(250, 300, 'left', area)).toBe(100);
    expect(keepTextInside(250, 300, 'right', area)).toBe(400);
  });
});

describe('lineAt', () => {
  it('finds the line within half its width of the point, the nearest if several', () => {
    const two = options({ lines: [line(20), { ...line(21.5), width: 4 }] });
    expect(lineAt(two, scales, { x: 120.4, y: 100 })).toBe(0);
    expect(lineAt(two, scales, { x: 121, y: 100 })).toBe(1);
    expect(lineAt(two, scales, { x: 123.5, y: 100 })).toBe(1);
    expect(lineAt(two, scales, { x: 123.6, y: 100 })).toBeNull();
  });

  it('finds none beside a line or beyond its ends', () => {
    const one = options({ lines: [line(20)] });
    expect(lineAt(one, scales, { x: 120.5, y: 10 })).toBe(0);
    expect(lineAt(one, scales, { x: 120.6, y: 100 })).toBeNull();
    expect(lineAt(one, scales, { x: 120, y: 9 })).toBeNull();
    expect(lineAt(one, scales, { x: 120, y: 211 })).toBeNull();
  });
});

describe('bandsAndLinesPlugin', () => {
  /** A chart stub with a context that records the calls the plugin makes; texts measure `textWidth`. */
  function chartStub(textWidth = 20) {
    const calls: string[] = [];
    const measureText = () => ({ width: textWidth });
    const ctx = new Proxy({ measureText } as Record<string, unknown>, {
      get: (target, name: string) =>
        name in target
          ? target[name]
          : (...args: unknown[]) => calls.push(`${name}(${args.join(',')})`),
      set: (target, name: string, value) => {
        calls.push(`${name}=${value}`);
        return true;
      },
    });
    const chartArea = { left: 100, right: 300, top: 10, bottom: 350, width: 200, height: 340 };
    return { chart: { ctx, chartArea, scales } as unknown as Chart, calls };
  }
  const drawing = options({
    bands: [band(0, 100, 60)],
    lines: [line(20)],
    labels: [label],
  });

  it('paints bands and lines before the datasets and labels after, clipped to the chart area', () => {
    const under = chartStub();
    bandsAndLinesPlugin.beforeDatasetsDraw!(under.chart, { cancelable: true }, drawing);
    expect(under.calls.slice(0, 3)).toEqual(['save()', 'beginPath()', 'rect(100,10,200,340)']);
    expect(under.calls).toContain('clip()');
    expect(under.calls).toContain('rect(100,10,100,200)');
    expect(under.calls).toContain('setLineDash(2,3)');
    expect(under.calls).toContain('fillText(pause,150,22)');
    expect(under.calls).not.toContain('fillText(Mexico 25%,130,150)');
    expect(under.calls.at(-1)).toBe('restore()');

    const over = chartStub();
    bandsAndLinesPlugin.afterDatasetsDraw!(over.chart, {}, drawing, false);
    expect(over.calls).toContain('clip()');
    expect(over.calls).toContain('fillText(Mexico 25%,130,150)');
    expect(over.calls).not.toContain('fillText(pause,150,22)');
  });

  it('moves a label in whole where it would be cut at the edge of the chart area (100 to 300 px)', () => {
    const wide = chartStub(80);
    const nearRightEdge = { ...label, x: 180, align: 'left' as const, dx: 10 };
    bandsAndLinesPlugin.afterDatasetsDraw!(
      wide.chart,
      {},
      options({ labels: [label, nearRightEdge] }),
      false,
    );
    // Right-aligned at 130, 80 px wide, it would start at 50: moved to end at 180, starting at 100.
    expect(wide.calls).toContain('fillText(Mexico 25%,180,150)');
    // Left-aligned at 290, it would end at 370: moved to start at 220, ending at 300.
    expect(wide.calls).toContain('fillText(Mexico 25%,220,150)');
  });

  it('reports the line under the pointer as it changes, and clicks on it', () => {
    const { chart } = chartStub();
    const onLineHover = vi.fn();
    const onLineClick = vi.fn();
    const withHooks = { ...drawing, onLineHover, onLineClick };
    const send = (type: ChartEvent['type'], x: number, y: number) =>
      bandsAndLinesPlugin.beforeEvent!(
        chart,
        { event: { type, x, y, native: null }, replay: false, cancelable: true, inChartArea: true },
        withHooks,
      );
    send('mousemove', 120, 100);
    send('mousemove', 120.4, 90);
    expect(onLineHover.mock.calls).toEqual([[0]]);
    send('mousemove', 140, 90);
    expect(onLineHover.mock.calls).toEqual([[0], [null]]);
    send('mousemove', 120, 100);
    send('mouseout', 120, 100);
    expect(onLineHover.mock.calls).toEqual([[0], [null], [0], [null]]);
    send('click', 140, 100);
    send('click', 120, 100);
    expect(onLineClick.mock.calls).toEqual([[0]]);
  });
});
