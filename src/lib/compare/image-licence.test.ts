import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { compareColumns } from './columns';
import { buildComparisonData, COMPARE_COUNTRIES } from './comparison';
import { compareImageSvg } from './image-files';
import { pressureIndexImage, threatsResponsesImage } from './images';
import { indexMax } from './index-layout';
import { defaultCompareView } from './view';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const dataset = result.dataset;
const domain = { from: '2025-01-01', to: '2025-12-31' };

const svgImages = (lang: string) => {
  const column = compareColumns(
    COMPARE_COUNTRIES.map((country) => buildComparisonData(dataset, country, lang)),
    defaultCompareView(),
  )[0]!;
  return [
    compareImageSvg(threatsResponsesImage(column, 30, 'credit', lang)),
    compareImageSvg(
      pressureIndexImage(column, domain, indexMax(column.data.index), 'credit', lang),
    ),
  ];
};

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
