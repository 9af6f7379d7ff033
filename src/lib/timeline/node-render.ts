/**
 * Chart images at build time: draws a chart image (./chart-image.ts) in Node onto @napi-rs/canvas
 * and encodes it as PNG. Node only (the browser draws the same images in ./browser-image.ts).
 *
 * Deterministic: the same data gives the same bytes on any machine and in any time zone. The fonts
 * ship with the project (src/lib/charts/fonts, DejaVu Sans) and are the only family used, the time axis is in UTC
 * (`adapters.date.zone` in the config), dates and numbers are formatted in the image's language with a fixed locale, and
 * there is no animation.
 */
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts, type Canvas } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration } from 'chart.js';
import { CHART_COMPONENTS } from '../charts/components';
import { withPngMetadata } from '../charts/png-metadata';
import type { Dataset } from '../data/schema';
import { timelineAltText } from './alt-text';
import { timelineChartModel } from './chart-model';
import { buildTimelineData } from './data';
import { defaultTimelineView, type TimelineView } from './view';
import { datasetCredit, drawChartImage, TIMELINE_PIXEL_RATIO, timelineImage } from './chart-image';
import type { ImageEnvironment, ImageFrame } from './image-frame-text';

Chart.register(...CHART_COMPONENTS);

/** The family every label in the images is drawn in, registered from the shipped files only. */
export const IMAGE_FONT_FAMILY = 'Chart Image Sans';
const IMAGE_TICK_SIZE = 16;

let environment: ImageEnvironment | undefined;

/** Registers the shipped DejaVu Sans (regular and bold) once, and gives the Node environment. */
function nodeEnvironment(): ImageEnvironment {
  if (environment) return environment;
  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
    const path = fileURLToPath(new URL(`../charts/fonts/${file}`, import.meta.url));
    if (!GlobalFonts.registerFromPath(path, IMAGE_FONT_FAMILY)) {
      throw new Error(`Cannot register the chart image font ${path}`);
    }
  }
  // Labels without an explicit font (ticks, axis titles) take these defaults: the chart-level
  // `font` option does not reach them. 16 px is chart-image.ts's TYPE.chartBase, the image's size
  // for 12 px screen ticks. Safe to set globally: this module is Node only.
  Chart.defaults.font.family = IMAGE_FONT_FAMILY;
  Chart.defaults.font.size = IMAGE_TICK_SIZE;
  environment = {
    Chart,
    fontFamily: `"${IMAGE_FONT_FAMILY}"`,
    createCanvas: (width, height) => createCanvas(width, height),
  };
  return environment;
}

/** Draws a chart image and returns the PNG. */
export async function renderChartPng(
  config: ChartConfiguration<never>,
  frame: ImageFrame,
): Promise<Buffer> {
  const chart = drawChartImage(nodeEnvironment(), config, frame);
  try {
    return await (chart.canvas as unknown as Canvas).encode('png');
  } finally {
    chart.destroy();
  }
}

export { TIMELINE_PIXEL_RATIO };

/**
 * The tariff timeline as a PNG in `lang`, in the given view (the page's default view unless told),
 * with its alt text as the PNG's `Description`.
 */
export async function renderTimelinePng(
  dataset: Dataset,
  view: TimelineView = defaultTimelineView(),
  lang = 'en',
): Promise<Buffer> {
  const data = buildTimelineData(dataset, lang);
  const model = timelineChartModel(data, view, lang);
  const { config, frame } = timelineImage(
    model,
    datasetCredit(dataset),
    TIMELINE_PIXEL_RATIO,
    lang,
  );
  const png = await renderChartPng(config, frame);
  return Buffer.from(withPngMetadata(png, timelineAltText(data, model, lang), lang));
}
