import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { compareColumns } from './columns';
import { buildComparisonData, COMPARE_COUNTRIES } from './comparison';
import { pressureIndexAltText, threatsResponsesAltText } from './alt-text';
import { defaultComparisonImage } from './default-images';
import { compareImageSvg } from './image-files';
import { pressureIndexImage, threatsResponsesImage } from './images';
import { indexMax } from './index-layout';
import { defaultCompareView } from './view';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const dataset = result.dataset;
const domain = { from: '2025-01-01', to: '2025-12-31' };

const columnIn = (lang: string) =>
  compareColumns(
    COMPARE_COUNTRIES.map((country) => buildComparisonData(dataset, country, lang)),
    defaultCompareView(),
  )[0]!;

const svgImages = (lang: string) => {
  const column = columnIn(lang);
  return [
    compareImageSvg(threatsResponsesImage(column, domain, 30, 'credit', lang)),
    compareImageSvg(
      pressureIndexImage(column, domain, indexMax(column.data.index), 'credit', lang),
    ),
  ];
};

/** The text of an SVG's first `<tag>`, its XML escapes undone. */
const element = (svg: string, tag: string) =>
  (svg.match(new RegExp(`<${tag}>([^<]*)</${tag}>`))?.[1] ?? '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

const metadata = (svg: string) => svg.match(/<metadata>([^<]*)<\/metadata>/)?.[1] ?? '';

describe('the SVG images carry the terms of reuse in their metadata', () => {
  it('in English', () => {
    for (const svg of svgImages('en')) {
      expect(metadata(svg)).toContain(
        'published under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/):',
      );
      expect(metadata(svg)).toContain("remains its publisher's copyright");
    }
  });

  it('in Spanish, with the Spanish deed', () => {
    for (const svg of svgImages('es')) {
      expect(metadata(svg)).toContain(
        'publicada bajo la licencia CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.es):',
      );
      expect(metadata(svg)).toContain('cuyos derechos siguen siendo de su medio');
    }
  });
});

describe('the SVG images are named and described: <title> and <desc>, the alt text', () => {
  for (const lang of ['en', 'es']) {
    it(`in ${lang === 'en' ? 'English' : 'Spanish'}`, () => {
      const column = columnIn(lang);
      const [threats, index] = svgImages(lang);
      const descriptions = [
        threatsResponsesAltText(column, domain, 30, lang),
        pressureIndexAltText(column, domain, lang),
      ];
      expect(descriptions[0]).toMatch(lang === 'en' ? /^Chart of U\.S\. threats/ : /^Gráfica de/);
      for (const [i, svg] of [threats!, index!].entries()) {
        // The first children of the root: its accessible name, then its description.
        expect(svg).toMatch(/^<svg[^>]*><title>[^<]+<\/title><desc>/);
        expect(element(svg, 'desc')).toBe(descriptions[i]);
        expect(element(svg, 'title').length).toBeGreaterThan(10);
      }
    });
  }

  it('in the images written at build time too', () => {
    for (const chart of ['threats-responses', 'pressure-index'] as const) {
      const { svg, description } = defaultComparisonImage(dataset, chart, 'es');
      expect(element(svg, 'desc')).toBe(description);
      expect(description).toMatch(/ del \d{1,2} de [a-z]+ de \d{4} al /);
    }
  });
});
