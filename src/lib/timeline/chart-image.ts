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
import {
  chrome,
  type Context2D,
  drawBlock,
  drawKeyMark,
  font,
  IMAGE_AXIS_WIDTH,
  type ImageEnvironment,
  type ImageFrame,
  layoutFrame,
  MARGIN,
  TYPE,
} from './image-frame-text';

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
