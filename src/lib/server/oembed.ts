/**
 * The oEmbed answer for each embeddable chart and language, a static file at
 * `/oembed/<lang>/<chart>.json` that every embed page names in its discovery link: a CMS given the
 * embed's address finds it there and pastes the same snippet as the share panel. Server only.
 */
import { TIMELINE_IMAGE_SIZE, TIMELINE_PIXEL_RATIO } from '../timeline/chart-image';
import { defaultComparisonSvg, defaultImagePngSize } from '../compare/default-images';
import { defaultImageName } from '../compare/images';
import type { Dataset } from '../data/schema';
import { inLang, localizePath, type Lang } from '../i18n';
import * as m from '../paraglide/messages.js';
import { embedChartTitle, type EmbedChartName } from './embed-charts';
import { embedSnippet, snippetChart } from '../embed/snippet';

/**
 * The width the answer states, an article column's: the frame itself is `width: 100%`, and its
 * height shows the whole chart at any width from 480 px.
 */
export const OEMBED_WIDTH = 640;

/** The build-time PNG of the chart's default view (src/cli/render-chart-images.ts) and its size. */
function thumbnail(name: EmbedChartName, dataset: Dataset, lang: Lang) {
  const path = `/charts/${defaultImageName(name, lang)}.png`;
  if (name === 'tariff-timeline') {
    const { width, height } = TIMELINE_IMAGE_SIZE;
    return { path, width: width * TIMELINE_PIXEL_RATIO, height: height * TIMELINE_PIXEL_RATIO };
  }
  return { path, ...defaultImagePngSize(defaultComparisonSvg(dataset, name, lang)) };
}

/** `origin` '' gives root-relative addresses (the site's origin is unknown to the build). */
export function oembedAnswer(name: EmbedChartName, dataset: Dataset, lang: Lang, origin: string) {
  const chart = snippetChart(name, lang);
  const image = thumbnail(name, dataset, lang);
  return {
    version: '1.0',
    type: 'rich',
    title: embedChartTitle(name, lang),
    html: embedSnippet(origin, chart, '', lang),
    width: OEMBED_WIDTH,
    height: chart.defaultHeight,
    provider_name: m.site_name({}, inLang(lang)),
    provider_url: `${origin}${localizePath('/', lang)}`,
    thumbnail_url: `${origin}${image.path}`,
    thumbnail_width: image.width,
    thumbnail_height: image.height,
  };
}
