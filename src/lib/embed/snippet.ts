/**
 * The HTML a newsroom pastes to embed a chart: the frame at a default height that shows the whole
 * chart, and /embed.js, which then sizes the frame to its content. Shown on /embed, quoted in the
 * README and served to the browser tests, so all three are the same text.
 */

export interface SnippetChart {
  name: string;
  frameTitle: string;
  defaultHeight: number;
}

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
    `<script src="${escapeAttribute(origin)}/embed.js" async></script>`,
  ].join('\n');
}
