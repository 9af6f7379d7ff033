/**
 * The charts other sites can embed, each at `/embed/<name>` (prerendered; any other name is a 404).
 *
 * To add one: its frame title and default height in `EMBED_FRAMES` (./snippet.ts), an entry here (its
 * title, the full view it comes from and what its page needs from the dataset, computed at build
 * time), a component in the chart's feature folder that draws it inside
 * `EmbedFrame`, and a route `src/routes/embed/<name>/` that passes its `load` data to that component
 * (one route per chart, so that each embed page loads only its own chart's code; a unit test checks
 * that every name here has its route). The `/embed` preview page follows from this list.
 *
 * Imported by server code only (the page gets what it needs through `load`), so the client bundle
 * carries none of the loaders.
 */
import type { Pathname } from '$app/types';
import type { Dataset } from '../data/schema';
import { inLang, type Message } from '../i18n';
import * as m from '../paraglide/messages.js';
import { timelineEmbedData } from '../timeline/embed-data';
import { timelineTitle } from '../timeline/text';
import { comparisonEmbedData } from '../compare/embed-data';
import { snippetChart, type EmbedChartName, type EmbedMeta } from '../embed/snippet';

export type { EmbedChartName } from '../embed/snippet';

type Words = Message<Record<string, never>>;

export interface EmbedChart<Data extends object = object> {
  /** The finding, as the chart's title on its full view. */
  title: Words;
  /** The page the chart comes from; the embed links back to it with the same parameters. */
  fullView: Pathname;
  /** What the embed page draws, from the dataset. */
  load(dataset: Dataset, lang: string): Data;
}

export const EMBED_CHARTS = {
  'tariff-timeline': {
    title: (_, { locale }) => timelineTitle(locale),
    fullView: '/',
    load: timelineEmbedData,
  },
  'threats-responses': {
    title: m.embed_title_threats_responses,
    fullView: '/compare',
    load: comparisonEmbedData,
  },
  'pressure-index': {
    title: m.embed_title_pressure_index,
    fullView: '/compare',
    load: comparisonEmbedData,
  },
} satisfies Record<EmbedChartName, EmbedChart>;

export const EMBED_CHART_NAMES = Object.keys(EMBED_CHARTS) as EmbedChartName[];

export const isEmbedChartName = (name: string): name is EmbedChartName =>
  Object.hasOwn(EMBED_CHARTS, name);

/** The `load` result of one chart's embed page; a union over the charts, told apart by `chart`. */
export type EmbedPageData<Name extends EmbedChartName = EmbedChartName> = {
  [N in Name]: EmbedMeta<N> & ReturnType<(typeof EMBED_CHARTS)[N]['load']>;
}[Name];

/** A chart's title in `lang`. */
export const embedChartTitle = (name: EmbedChartName, lang: string) =>
  (EMBED_CHARTS[name] as EmbedChart).title({}, inLang(lang));

export function embedPageData<Name extends EmbedChartName>(
  name: Name,
  dataset: Dataset,
  lang = 'en',
): EmbedPageData<Name> {
  const { fullView, load } = EMBED_CHARTS[name];
  const page = {
    chart: name,
    title: embedChartTitle(name, lang),
    fullView,
    ...load(dataset, lang),
  };
  // TypeScript cannot follow a generic name through the registry's lookup; `chart` ties them.
  return page as unknown as EmbedPageData<Name>;
}

/** The list the `/embed` preview page shows, in `lang`: each chart's title and snippet needs. */
export const embedChartList = (lang = 'en') =>
  EMBED_CHART_NAMES.map((name) => ({
    ...snippetChart(name, lang),
    title: embedChartTitle(name, lang),
  }));
