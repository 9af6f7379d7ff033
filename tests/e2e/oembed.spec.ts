import { expect, test } from '@playwright/test';
import { unfurl } from 'unfurl.js';
import {
  EMBED_FRAMES,
  embedSnippet,
  snippetChart,
  type EmbedChartName,
} from '../../src/lib/embed/snippet';

const EMBED_CHART_NAMES = Object.keys(EMBED_FRAMES) as EmbedChartName[];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

for (const lang of ['en', 'es']) {
  for (const chart of EMBED_CHART_NAMES) {
    const path = `${lang === 'en' ? '' : `/${lang}`}/embed/${chart}`;

    test(`an oEmbed consumer finds ${path}'s answer through its discovery link`, async ({
      page,
      request,
      baseURL,
    }) => {
      await page.goto(path);
      const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      await expect(link).toHaveAttribute('href', `/oembed/${lang}/${chart}.json`);
      const site = lang === 'en' ? 'Tariff Pressure Tracker' : 'Monitor de Presión Arancelaria';

      // What a CMS does with the address a reader pastes: read the page, follow the link.
      const { oEmbed } = await unfurl(`${baseURL}${path}?country=MX`);
      expect(oEmbed).toMatchObject({
        version: '1.0',
        type: 'rich',
        html: embedSnippet('', snippetChart(chart, lang), '', lang),
        width: 640,
        height: EMBED_FRAMES[chart].defaultHeight,
        provider_name: site,
        provider_url: lang === 'en' ? '/' : '/es/',
      });
      const rich = oEmbed as NonNullable<typeof oEmbed> & { html: string; title: string };
      expect(rich.html).toContain(`src="${path}"`);
      expect(rich.html).toContain('<script src="/embed.js" data-tariff-tracker async></script>');

      // The thumbnail is the chart's build-time image, at the size the answer states.
      const thumbnailPath = `/charts/${lang === 'en' ? '' : `${lang}/`}${chart}.png`;
      // unfurl.js gathers the thumbnail fields and resolves the address against the page's.
      const [thumbnail] = rich.thumbnails!;
      expect(new URL(thumbnail.url!, baseURL).pathname).toBe(thumbnailPath);
      const image = await request.get(thumbnailPath);
      expect(image.status()).toBe(200);
      expect(pngSize(await image.body())).toEqual({
        width: thumbnail.width,
        height: thumbnail.height,
      });

      // The answer's title is the chart's name, as the /embed gallery lists it (a comparison
      // embed's page title is its view's finding, which changes with the view).
      await page.goto(lang === 'en' ? '/embed' : `/${lang}/embed`);
      await expect(page.getByRole('heading', { name: rich.title, exact: true })).toBeVisible();
    });
  }
}

test('the /embed preview page has no oEmbed link: it is no chart', async ({ page }) => {
  await page.goto('/embed');
  await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(0);
});
