/**
 * Chart images with their frame: a chart's Chart.js configuration drawn with the title, subtitle, key,
 * source and note lines around it, so the image stands alone in a report. The same code draws the
 * PNG downloads in the browser and the images written at build time (./node-render.ts); only the
 * canvas, the registered Chart.js and the font differ (an ImageEnvironment).
 */
import type { Chart as ChartType, ChartConfiguration, Plugin } from 'chart.js';
import type { Dataset } from '../data/schema';
import { dataLicenceUrl } from '../site/licence';
import { creditLine } from '../site/site';
import { timelineChartConfig } from '../timeline/chart-config';
import type { TimelineChartModel } from '../timeline/chart-model';
import { timelineTitle } from '../timeline/text';
import { inLang } from '../i18n';
import * as m from '../paraglide/messages.js';
import { CHART_CHROME } from '../charts/theme';

type Context2D = CanvasRenderingContext2D;

export interface ImageEnvironment {
  /** Chart.js with the controllers, scales and plugins the charts use registered. */
  Chart: typeof ChartType;
  /** A CSS font-family value for every label. */
  fontFamily: string;
  createCanvas(width: number, height: number): { getContext(type: '2d'): unknown };
}

/** A mark in the key row under the subtitle. */
export type KeyMark =
  | { mark: 'solid-line' | 'dashed-line' | 'band' | 'dot' | 'ring'; label: string }
  | { mark: 'none'; label: string };

export interface ImageFrame {
  /** Layout size in CSS pixels; the PNG is `width × pixelRatio` by `height × pixelRatio`. */
  width: number;
  height: number;
  pixelRatio: number;
  title: string;
  subtitle: string;
  key?: KeyMark[];
  /** Source line, then any note lines; each wraps to the image width. */
  footer: string[];
}

/** Type sizes of the image, in CSS pixels: larger than on screen, so the image survives print. */
const TYPE = {
  title: 28,
  subtitle: 17,
  key: 15,
  footer: 14,
  /** Chart labels are scaled by this from their on-screen sizes (12 px ticks become 16 px). */
  chartScale: 4 / 3,
  chartBase: 16,
} as const;
const MARGIN = 28;
/** Width of every y axis in the image (the config's on-screen width is too narrow for its type). */
const IMAGE_AXIS_WIDTH = 124;
const LINE_GAP = 1.3;

const chrome = CHART_CHROME.light;

function font(family: string, size: number, bold = false) {
  return `${bold ? 'bold ' : ''}${size}px ${family}`;
}

/** Greedy word wrap to `maxWidth`. */
function wrap(ctx: Context2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

interface TextBlock {
  lines: string[];
  size: number;
  bold: boolean;
  color: string;
}

const blockHeight = (block: TextBlock) => block.lines.length * block.size * LINE_GAP;

const KEY_MARK_WIDTH = 30;
const KEY_GAP = 22;

/** Lays out the header and footer text for a frame; returns the blocks and their heights. */
function layoutFrame(frame: ImageFrame, env: ImageEnvironment) {
  const measure = env.createCanvas(10, 10).getContext('2d') as Context2D;
  const family = env.fontFamily;
  const maxWidth = frame.width - 2 * MARGIN;
  const block = (text: string, size: number, color: string, bold = false): TextBlock => {
    measure.font = font(family, size, bold);
    return { lines: wrap(measure, text, maxWidth), size, bold, color };
  };
  const header = [
    block(frame.title, TYPE.title, chrome.text, true),
    block(frame.subtitle, TYPE.subtitle, chrome.muted),
  ];
  // Key marks on one or more rows.
  measure.font = font(family, TYPE.key);
  const keyRows: { mark: KeyMark; x: number }[][] = [];
  let row: { mark: KeyMark; x: number }[] = [];
  let x = 0;
  for (const mark of frame.key ?? []) {
    const width =
      (mark.mark === 'none' ? 0 : KEY_MARK_WIDTH + 8) + measure.measureText(mark.label).width;
    if (row.length && x + width > maxWidth) {
      keyRows.push(row);
      row = [];
      x = 0;
    }
    row.push({ mark, x });
    x += width + KEY_GAP;
  }
  if (row.length) keyRows.push(row);
  const footer = frame.footer.map((text, i) =>
    block(text, TYPE.footer, i === 0 ? chrome.text : chrome.muted),
  );
  const keyRowHeight = TYPE.key * 1.6;
  const headerHeight =
    MARGIN +
    header.reduce((sum, b) => sum + blockHeight(b), 0) +
    6 +
    keyRows.length * keyRowHeight +
    14;
  const footerHeight = 16 + footer.reduce((sum, b) => sum + blockHeight(b), 0) + MARGIN - 6;
  return { header, keyRows, keyRowHeight, footer, headerHeight, footerHeight };
}

function drawBlock(ctx: Context2D, block: TextBlock, top: number, family: string): number {
  ctx.font = font(family, block.size, block.bold);
  ctx.fillStyle = block.color;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  let y = top;
  for (const line of block.lines) {
    y += block.size * LINE_GAP;
    ctx.fillText(line, MARGIN, y - block.size * (LINE_GAP - 1) - block.size * 0.2);
  }
  return y;
}

function drawKeyMark(ctx: Context2D, mark: KeyMark, x: number, midY: number): number {
  ctx.save();
  ctx.strokeStyle = chrome.text;
  ctx.fillStyle = chrome.text;
  switch (mark.mark) {
    case 'solid-line':
    case 'dashed-line':
      ctx.lineWidth = 4;
      ctx.setLineDash(mark.mark === 'dashed-line' ? [7, 5] : []);
      ctx.beginPath();
      ctx.moveTo(x, midY);
      ctx.lineTo(x + KEY_MARK_WIDTH, midY);
      ctx.stroke();
      break;
    case 'band':
      ctx.fillStyle = chrome.band;
      ctx.fillRect(x, midY - 9, KEY_MARK_WIDTH, 18);
      break;
    case 'dot':
    case 'ring':
      ctx.lineWidth = 2;
      ctx.strokeStyle = chrome.muted;
      ctx.fillStyle = chrome.muted;
      for (const [dx, r] of [
        [6, 3],
        [20, 7],
      ] as const) {
        ctx.beginPath();
        ctx.arc(x + dx, midY, r, 0, Math.PI * 2);
        if (mark.mark === 'dot') ctx.fill();
        else ctx.stroke();
      }
      break;
    case 'none':
      ctx.restore();
      return x;
  }
  ctx.restore();
  return x + KEY_MARK_WIDTH + 8;
}

/** Scales every explicit font size and replaces every font family in a Chart.js options tree. */
function useImageFonts(node: unknown, family: string, seen = new Set<unknown>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    node.forEach((item) => useImageFonts(item, family, seen));
    return;
  }
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'font' && value && typeof value === 'object') {
      const fontSpec = value as { family?: string; size?: number };
      fontSpec.family = family;
      if (typeof fontSpec.size === 'number') {
        fontSpec.size = Math.round(fontSpec.size * TYPE.chartScale);
      }
    } else useImageFonts(value, family, seen);
  }
}

/**
 * Draws a Chart.js configuration with the frame's text around it onto a new canvas of the
 * environment and returns the chart (destroy it once the canvas is encoded). The config is changed in
 * place (fonts, sizing, animation off); pass a fresh one.
 */
export function drawChartImage(
  env: ImageEnvironment,
  config: ChartConfiguration<never>,
  frame: ImageFrame,
): ChartType {
  const family = env.fontFamily;
  const layout = layoutFrame(frame, env);
  const options = (config.options ?? {}) as Record<string, unknown> & {
    layout?: { padding?: unknown };
    plugins?: Record<string, unknown>;
    scales?: Record<string, unknown>;
  };
  useImageFonts(options, family);
  Object.assign(options, {
    responsive: false,
    maintainAspectRatio: false,
    animation: false,
    devicePixelRatio: frame.pixelRatio,
    locale: 'en-US',
    events: [],
    font: { family, size: TYPE.chartBase },
    color: chrome.text,
    layout: {
      padding: {
        top: layout.headerHeight,
        bottom: layout.footerHeight,
        left: MARGIN - 4,
        right: MARGIN,
      },
    },
  });
  options.plugins = { ...options.plugins, tooltip: { enabled: false } };
  type ScaleOptions = {
    axis?: string;
    afterFit?: unknown;
    ticks?: { font?: object };
    title?: { font?: object };
  };
  const scales = (options.scales ?? {}) as Record<string, ScaleOptions>;
  for (const [id, scale] of Object.entries(scales)) {
    // Tick and axis-title labels do not inherit the chart-level font: give them the image's size.
    scale.ticks = { ...scale.ticks, font: { family, size: TYPE.chartBase, ...scale.ticks?.font } };
    if (scale.title) scale.title = { ...scale.title, font: { family, size: TYPE.chartBase } };
    if (id !== 'x' && scale.axis !== 'x' && scale.afterFit) {
      scale.afterFit = (s: { width: number }) => {
        s.width = IMAGE_AXIS_WIDTH;
      };
    }
  }
  // Markers at the ends of the range draw whole, into the margin, rather than cut at the axis.
  for (const dataset of (config.data?.datasets ?? []) as { type?: string; clip?: unknown }[]) {
    if (dataset.type === 'scatter') dataset.clip = false;
  }

  const framePlugin: Plugin = {
    id: 'imageFrame',
    beforeDraw(chart) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
    afterDraw(chart) {
      const ctx = chart.ctx as Context2D;
      ctx.save();
      let y = MARGIN - 6;
      for (const block of layout.header) y = drawBlock(ctx, block, y, family);
      y += 6;
      ctx.font = font(family, TYPE.key);
      ctx.textBaseline = 'middle';
      for (const row of layout.keyRows) {
        const midY = y + layout.keyRowHeight / 2;
        for (const { mark, x } of row) {
          const textX = drawKeyMark(ctx, mark, MARGIN + x, midY);
          ctx.font = font(family, TYPE.key);
          ctx.fillStyle = chrome.text;
          ctx.textBaseline = 'middle';
          ctx.fillText(mark.label, textX, midY);
        }
        y += layout.keyRowHeight;
      }
      // A hairline above the footer, then the source and notes.
      let footerY = chart.height - layout.footerHeight + 6;
      ctx.strokeStyle = chrome.grid;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(MARGIN, footerY);
      ctx.lineTo(chart.width - MARGIN, footerY);
      ctx.stroke();
      footerY += 8;
      for (const block of layout.footer) footerY = drawBlock(ctx, block, footerY, family);
      ctx.restore();
    },
  };

  const canvas = env.createCanvas(frame.width, frame.height);
  return new env.Chart(
    canvas.getContext('2d') as CanvasRenderingContext2D,
    {
      ...config,
      plugins: [...(config.plugins ?? []), framePlugin],
    } as ChartConfiguration,
  );
}

/** Size of the timeline image: 1200 × 750 layout pixels; at pixel ratio 2, a 2400 × 1500 PNG. */
export const TIMELINE_IMAGE_SIZE = { width: 1200, height: 750 } as const;

/** Pixel ratio of the build-time timeline image: a 2400 × 1500 PNG. */
export const TIMELINE_PIXEL_RATIO = 2;

/** Source line of every image: the dataset version and the number of articles it cites. */
export const imageSourceLine = (version: string, sourceCount: number, lang = 'en') =>
  m.tl_image_source({ credit: creditLine(version, sourceCount, lang) }, inLang(lang));

/** The tariff timeline's configuration and frame for an image of a view's chart model, in `lang`. */
export function timelineImage(
  model: TimelineChartModel,
  { version, sourceCount }: { version: string; sourceCount: number },
  pixelRatio: number,
  lang = 'en',
): { config: ChartConfiguration<never>; frame: ImageFrame } {
  const options = inLang(lang);
  return {
    config: timelineChartConfig(
      model,
      'light',
      {},
      { animate: false, lang },
    ) as ChartConfiguration<never>,
    frame: {
      ...TIMELINE_IMAGE_SIZE,
      pixelRatio,
      title: timelineTitle(lang),
      subtitle: m.tl_image_subtitle({}, options),
      key: [
        { mark: 'solid-line', label: m.tt_in_effect({}, options) },
        { mark: 'dashed-line', label: m.tt_threatened({}, options) },
        { mark: 'band', label: m.tt_suspension({}, options) },
        { mark: 'dot', label: m.tl_key_marker_area({}, options) },
        { mark: 'ring', label: m.tl_key_hollow({}, options) },
      ],
      footer: [
        imageSourceLine(version, sourceCount, lang),
        m.tl_image_note({}, options),
        m.image_licence({ url: dataLicenceUrl(lang) }, options),
      ],
    },
  };
}

export const datasetCredit = (dataset: Dataset) => ({
  version: dataset.version,
  sourceCount: dataset.sources.length,
});
