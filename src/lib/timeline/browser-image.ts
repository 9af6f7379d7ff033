/** Chart images drawn in the browser, for the PNG downloads: the same frames as the build-time images. */
import type { TimelineChartModel } from './chart-model';
import { canvasToPng } from '../share/browser-files';
import { drawChartImage, TIMELINE_IMAGE_SIZE, timelineImage } from './chart-image';
import { CHART_FONT_FAMILY } from '../charts/theme';

/** The timeline of a view as a PNG `width` pixels wide (the image's own 1200 when not given), in `lang`. */
export async function timelinePng(
  model: TimelineChartModel,
  credit: { version: string; sourceCount: number },
  width: number = TIMELINE_IMAGE_SIZE.width,
  lang = 'en',
): Promise<Blob> {
  const { Chart } = await import('../charts/chartjs');
  const { config, frame } = timelineImage(model, credit, width / TIMELINE_IMAGE_SIZE.width, lang);
  const chart = drawChartImage(
    {
      Chart,
      fontFamily: CHART_FONT_FAMILY,
      createCanvas: (w, h) =>
        Object.assign(document.createElement('canvas'), { width: w, height: h }),
    },
    config,
    frame,
  );
  try {
    return await canvasToPng(chart.canvas);
  } finally {
    chart.destroy();
  }
}
