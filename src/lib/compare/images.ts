/**
 * The comparison charts as standalone SVG images of one country's column, with title, subtitle and
 * credit: for the SVG and PNG downloads in the page and for the images written at build time.
 */
import { COUNTRY_NAMES } from '../labels';
import { layoutCompareChart, WIDE } from './chart-layout';
import { compareChartSvg, pressureIndexSvg } from './chart-svg';
import type { CompareColumn } from './columns';
import { INDEX_WIDE, layoutPressureIndex } from './index-layout';
import { compareTitle, pressureIndexTitle } from './titles';

type Domain = { from: string; to: string };

export function threatsResponsesImage(
  column: CompareColumn,
  domain: Domain,
  windowDays: number,
  credit: string,
) {
  const name = COUNTRY_NAMES[column.country];
  return compareChartSvg(layoutCompareChart(column.view, domain, WIDE), name, {
    title: compareTitle(column.view, name),
    subtitle: `U.S. threats against ${name} (above), its responses (below); solid: tied by a source, dashed: within ${windowDays} days by date only`,
    credit,
  });
}

export function pressureIndexImage(
  column: CompareColumn,
  domain: Domain,
  maxValue: number,
  credit: string,
) {
  const name = COUNTRY_NAMES[column.country];
  return pressureIndexSvg(
    layoutPressureIndex(column.data.index, domain, INDEX_WIDE, maxValue),
    name,
    {
      title: pressureIndexTitle(column.data.index, name),
      subtitle: 'Weekly sums of Goldstein weights: U.S. pressure above the line, cooperation below',
      credit,
    },
  );
}
