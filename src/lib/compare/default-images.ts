/**
 * The comparison charts' build-time images as SVG: each chart's default view (Mexico), as /compare
 * (or /es/compare) shows it before any change. Written by src/cli/render-chart-images.ts, which also
 * writes a PNG of each `DEFAULT_IMAGE_PNG_WIDTH` pixels wide; the oEmbed files give its size.
 */
import type { Dataset } from '../data/schema';
import { eventsExtent, viewRange } from '../data/extent';
import { localizeDataset } from '../data/translations';
import { creditLine } from '../site/site';
import { defaultCompareView } from './view';
import { compareColumns } from './columns';
import { buildComparisonData, COMPARE_COUNTRIES } from './comparison';
import { compareImageSvg } from './image-files';
import { DEFAULT_IMAGE_PNG_WIDTH, pressureIndexImage, threatsResponsesImage } from './images';
import { indexMax } from './index-layout';

export type ComparisonImageChart = 'threats-responses' | 'pressure-index';

export function defaultComparisonSvg(
  dataset: Dataset,
  chart: ComparisonImageChart,
  lang: string,
): string {
  const view = defaultCompareView();
  const localized = localizeDataset(dataset, lang);
  const comparisons = COMPARE_COUNTRIES.map((country) =>
    buildComparisonData(localized, country, lang),
  );
  const column = compareColumns(comparisons, view)[0]!;
  const domain = viewRange(view, eventsExtent(dataset.events));
  const credit = creditLine(dataset.version, dataset.sources.length, lang);
  return compareImageSvg(
    chart === 'threats-responses'
      ? threatsResponsesImage(column, view.window, credit, lang)
      : pressureIndexImage(column, domain, indexMax(column.data.index), credit, lang),
  );
}

/** The size of the PNG of an SVG image drawn `DEFAULT_IMAGE_PNG_WIDTH` pixels wide. */
export function defaultImagePngSize(svg: string): { width: number; height: number } {
  const [, width, height] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
  if (!width || !height) throw new Error('The chart image has no width and height');
  const scale = DEFAULT_IMAGE_PNG_WIDTH / Number(width);
  return { width: DEFAULT_IMAGE_PNG_WIDTH, height: Math.round(Number(height) * scale) };
}
