/**
 * The comparison charts as standalone images of one country's column, with title, subtitle, credit
 * and alt text, in one language: the props of CompareImage.svelte, which draws them with the page's
 * own chart components, for the SVG and PNG downloads (./image-downloads.ts) and for the images
 * written at build time (src/cli/render-chart-images.ts).
 */
import type { CompareImageProps } from './CompareImage.svelte';
import { labelsFor } from '../data/labels';
import { plural } from '../i18n/plural';
import * as m from '../paraglide/messages.js';
import { layoutCompareChart, WIDE } from './chart-layout';
import type { CompareColumn } from './columns';
import { INDEX_WIDE, layoutPressureIndex } from './index-layout';
import { cappedRowsNote } from './locale';
import { inLang } from '../i18n';
import { compareTitle, pressureIndexTitle } from './titles';
import { pressureIndexAltText, threatsResponsesAltText } from './alt-text';

type Domain = { from: string; to: string };

/** The build-time image of a comparison chart's default view, under `/charts/`: `es/` for Spanish. */
/** Width of the PNG of every comparison image written at build time. */
export const DEFAULT_IMAGE_PNG_WIDTH = 2400;

export const defaultImageName = (chart: string, lang: string) =>
  lang === 'es' ? `es/${chart}` : chart;

/** The lag chart of `column`, its events of `highlight` ringed and called out. */
export function threatsResponsesImage(
  column: CompareColumn,
  domain: Domain,
  windowDays: number,
  credit: string,
  lang: string,
  highlight: readonly string[] = [],
): CompareImageProps {
  const countryName = labelsFor(lang).country[column.country];
  const layout = layoutCompareChart(column.view, windowDays, WIDE, lang, highlight);
  const forms = { one: m.compare_image_subtitle_one, other: m.compare_image_subtitle_other };
  const subtitle = plural(windowDays, forms, { country: countryName, days: windowDays }, lang);
  const capped = cappedRowsNote(layout.rows.length, layout.totalRows, lang);
  return {
    chart: { name: 'threats-responses', layout },
    countryName,
    title: compareTitle(column.view, column.country, lang),
    subtitle: capped ? `${subtitle}. ${capped}` : subtitle,
    description: threatsResponsesAltText(column, domain, windowDays, lang, highlight),
    credit,
    lang,
  };
}

export function pressureIndexImage(
  column: CompareColumn,
  domain: Domain,
  maxValue: number,
  credit: string,
  lang: string,
): CompareImageProps {
  return {
    chart: {
      name: 'pressure-index',
      layout: layoutPressureIndex(column.data.index, domain, INDEX_WIDE, maxValue, lang),
    },
    countryName: labelsFor(lang).country[column.country],
    title: pressureIndexTitle(column.data.index, column.country, lang),
    subtitle: m.compare_index_subtitle({}, inLang(lang)),
    description: pressureIndexAltText(column, domain, lang),
    credit,
    lang,
  };
}
