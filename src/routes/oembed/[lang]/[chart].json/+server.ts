import { error, json } from '@sveltejs/kit';
import { PUBLIC_SITE_ORIGIN } from '$env/static/public';
import { EMBED_CHART_NAMES, isEmbedChartName } from '$lib/server/embed-charts';
import { oembedAnswer } from '$lib/server/oembed';
import { isLocale, locales } from '$lib/paraglide/runtime.js';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export const entries = () =>
  locales.flatMap((lang) => EMBED_CHART_NAMES.map((chart) => ({ lang, chart })));

export function GET({ params: { lang, chart } }) {
  if (!isLocale(lang) || !isEmbedChartName(chart)) {
    error(404, `No oEmbed answer for chart "${chart}" in language "${lang}"`);
  }
  return json(oembedAnswer(chart, getDataset(), lang, PUBLIC_SITE_ORIGIN));
}
