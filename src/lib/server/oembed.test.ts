import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { defaultComparisonSvg, defaultImagePngSize } from '../compare/default-images';
import { DEFAULT_IMAGE_PNG_WIDTH } from '../compare/images';
import { readDataset } from '../data/read-dataset';
import { oembedAnswer } from './oembed';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const dataset = result.dataset;

describe('oEmbed answers', () => {
  it('use absolute addresses when the site origin is known', () => {
    const answer = oembedAnswer('threats-responses', dataset, 'es', 'https://tariffs.example.org');
    expect(answer).toMatchObject({
      type: 'rich',
      provider_url: 'https://tariffs.example.org/es/',
      thumbnail_url: 'https://tariffs.example.org/charts/es/threats-responses.png',
      thumbnail_width: 2400,
      // The snippet's frame: tall enough for a row per threat at 480 px without the script.
      height: 1800,
    });
    expect(answer.html).toContain('src="https://tariffs.example.org/es/embed/threats-responses"');
    expect(answer.html).toContain('src="https://tariffs.example.org/embed.js"');
    expect(answer.thumbnail_height).toBeGreaterThan(0);
  });

  it("give the timeline's image its 2400 × 1500 size and title in the language", () => {
    expect(oembedAnswer('tariff-timeline', dataset, 'en', '')).toMatchObject({
      thumbnail_url: '/charts/tariff-timeline.png',
      thumbnail_width: 2400,
      thumbnail_height: 1500,
      height: 900,
    });
    expect(oembedAnswer('tariff-timeline', dataset, 'es', '').title).not.toBe(
      oembedAnswer('tariff-timeline', dataset, 'en', '').title,
    );
  });
});

describe("the comparison images' PNG size", () => {
  it('is the size resvg draws the SVG at, DEFAULT_IMAGE_PNG_WIDTH wide', () => {
    for (const chart of ['threats-responses', 'pressure-index'] as const) {
      for (const lang of ['en', 'es']) {
        const svg = defaultComparisonSvg(dataset, chart, lang);
        const png = new Resvg(svg, {
          fitTo: { mode: 'width', value: DEFAULT_IMAGE_PNG_WIDTH },
        }).render();
        expect(defaultImagePngSize(svg), `${chart} ${lang}`).toEqual({
          width: png.width,
          height: png.height,
        });
      }
    }
  });
});
