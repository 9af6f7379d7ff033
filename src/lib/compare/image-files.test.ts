import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { kindColour } from '../charts/palette';
import { defaultCompareView } from './view';
import { compareColumns } from './columns';
import { buildComparisonData, COMPARE_COUNTRIES } from './comparison';
import { compareImageSvg } from './image-files';
import { pressureIndexImage, threatsResponsesImage } from './images';
import { indexMax } from './index-layout';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const [mexico] = compareColumns(
  COMPARE_COUNTRIES.map((country) => buildComparisonData(result.dataset, country, 'en')),
  defaultCompareView(),
);
const domain = { from: '2025-01-01', to: '2025-12-31' };

describe('the comparison images drawn by the page’s components', () => {
  const props = threatsResponsesImage(mexico!, domain, 30, 'Source: the credit', 'en');
  const svg = compareImageSvg(props);

  it('is one standalone SVG document, sized, with its colours written in', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1000" height="[\d.]+"/,
    );
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain('<!--');
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('<a ');
  });

  it('draws every row, threat and response of the layout, with its key, in the palette’s colours', () => {
    if (props.chart.name !== 'threats-responses') throw new Error('not the threats chart');
    const { layout } = props.chart;
    const dots = layout.rows.reduce((sum, row) => sum + row.dots.length, 0);
    const kinds = layout.key.filter((item) => item.swatch.type === 'kind').length;
    // A response is a dot in a ring; the key draws a ring for each basis.
    expect(svg.match(/<circle /g)).toHaveLength(dots * 2 + kinds - 2 + 2);
    // A threat is a diamond, as are the key's tariff and pressure.
    expect(svg.match(/<path /g)).toHaveLength(layout.rows.length + 2);
    for (const row of layout.rows) expect(svg).toContain(`>${row.label}</text>`);
    expect(svg).toContain('stroke-dasharray="2.5 2"');
    expect(svg).toContain(`fill="${kindColour('light')('concession')}"`);
  });

  it('frames the chart with its title, subtitle and credit', () => {
    expect(svg).toContain(`>${props.title.split(' ')[0]}`);
    expect(svg).toContain('>Source: the credit</text>');
  });

  it('draws the dark theme on a dark background', () => {
    const dark = compareImageSvg({
      ...pressureIndexImage(mexico!, domain, indexMax(mexico!.data.index), 'credit', 'en'),
      theme: 'dark',
    });
    expect(dark).toContain('fill="#121417"');
    expect(dark).toContain(`fill="${kindColour('dark')('pressure')}"`);
  });
});
