/**
 * The HTML a newsroom pastes to embed a chart: the frame at a default height that shows the whole
 * chart, and /embed.js, which then sizes the frame to its content. The one text every snippet is
 * made from: the share panels, the /embed preview page, the README and docs/embedding.md (a unit
 * test compares the documents'; end-to-end tests the others'). Browser-safe: the share panels import it.
 */
import type { Pathname } from '$app/types';
import { inLang } from '../i18n';
import * as m from '../paraglide/messages.js';

export interface SnippetChart {
  name: string;
  frameTitle: string;
  defaultHeight: number;
}

/** What the snippet of an embeddable chart needs besides its name. */
interface EmbedFrame {
  /** The frame's accessible name on the host page (the snippet's `title` attribute). */
  frameTitle: typeof m.embed_frame_tariff_timeline;
  /**
   * The frame height (px) in the snippet: tall enough to show the whole chart without /embed.js at
   * the usual article widths, 480 px and wider, in either language (an end-to-end test checks it;
   * narrower frames scroll a little). With /embed.js the frame takes the content's height.
   */
  defaultHeight: number;
}

/** The embeddable charts (`/embed/<name>`; src/lib/server/embed-charts.ts has the rest of each). */
export const EMBED_FRAMES = {
  'tariff-timeline': { frameTitle: m.embed_frame_tariff_timeline, defaultHeight: 900 },
  'threats-responses': { frameTitle: m.embed_frame_threats_responses, defaultHeight: 1800 },
  'pressure-index': { frameTitle: m.embed_frame_pressure_index, defaultHeight: 610 },
} satisfies Record<string, EmbedFrame>;

export type EmbedChartName = keyof typeof EMBED_FRAMES;

/** What every embed page shows besides its chart. */
export interface EmbedMeta<Name extends EmbedChartName = EmbedChartName> {
  chart: Name;
  title: string;
  fullView: Pathname;
}

/** What the snippet of chart `name` needs, in `lang`. */
export const snippetChart = (name: EmbedChartName, lang = 'en'): SnippetChart => ({
  name,
  frameTitle: EMBED_FRAMES[name].frameTitle({}, inLang(lang)),
  defaultHeight: EMBED_FRAMES[name].defaultHeight,
});

/**
 * The frame's address, with an optional query (`?country=MX&theme=dark`), in `lang`: English embeds
 * are under `/embed/`, the others under `/<lang>/embed/`.
 */
export const embedUrl = (origin: string, name: string, query = '', lang = 'en') =>
  `${origin}${lang === 'en' ? '' : `/${lang}`}/embed/${name}${query}`;

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The snippet of `chart` (whose `frameTitle` is already in `lang`) in `lang`. */
export function embedSnippet(origin: string, chart: SnippetChart, query = '', lang = 'en'): string {
  return [
    `<iframe`,
    `  src="${escapeAttribute(embedUrl(origin, chart.name, query, lang))}"`,
    `  title="${escapeAttribute(chart.frameTitle)}"`,
    `  style="width: 100%; border: 0"`,
    `  height="${chart.defaultHeight}"`,
    `  loading="lazy"`,
    `></iframe>`,
    `<script src="${escapeAttribute(origin)}/embed.js" data-tariff-tracker async></script>`,
  ].join('\n');
}
