/**
 * A chart page's preview image for shared links: the chart's build-time image (`/charts/…png`, from
 * `src/cli/render-chart-images.ts`). Previews need an absolute address, so there is one only when the
 * build knows the site's origin (PUBLIC_SITE_ORIGIN, README "Deploy").
 */
import { PUBLIC_SITE_ORIGIN } from '$env/static/public';
import { defaultImageName } from '$lib/compare/images';

export type PreviewChart = 'tariff-timeline' | 'threats-responses';

/** `alt`: what the image shows (the chart's title). */
export function previewImage(
  chart: PreviewChart,
  lang: string,
  alt: string,
  origin = PUBLIC_SITE_ORIGIN,
): { url: string; alt: string } | null {
  if (!origin) return null;
  return { url: `${origin}/charts/${defaultImageName(chart, lang)}.png`, alt };
}
