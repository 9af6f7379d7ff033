/**
 * How the timeline draws a highlight (`?highlight=`, see ./highlight.ts) in Chart.js: the alphas that
 * dim the other markers, and the dataset of rings round the highlighted ones.
 */
import type { Chart, ChartDataset, Point as ChartPoint } from 'chart.js';
import type { TimelineChartModel } from './chart-model';

/** The dataset of rings drawn round highlighted markers. */
export const RING_DATASET_ID = 'highlight rings';
/** Alpha suffixes: a marker's usual fill, and a dimmed marker's fill and rim. */
export const MARKER_FILL_ALPHA = 'CC';
export const DIM_FILL_ALPHA = '2E';
export const DIM_RIM_ALPHA = '59';
/** A ring's gap outside its marker, and its width, in pixels. */
const RING_GAP = 4;
const RING_WIDTH = 2.5;

/**
 * A ring round each highlighted marker in `colour` (the text's), clear of the marker's rim; null when
 * none is highlighted. `markerRadius` gives a marker's radius as drawn.
 */
export function ringDataset(
  model: TimelineChartModel,
  markerRadius: (chart: Chart, index: number) => number,
  colour: string,
): ChartDataset<'scatter', ChartPoint[]> | null {
  const ringed = model.markers.flatMap((marker, index) =>
    marker.emphasis === 'highlighted' ? [{ marker, index }] : [],
  );
  if (!ringed.length) return null;
  const radius = ({ chart, dataIndex }: { chart: Chart; dataIndex: number }) =>
    markerRadius(chart, ringed[dataIndex]!.index) + RING_GAP;
  return {
    type: 'scatter',
    label: RING_DATASET_ID,
    data: ringed.map(({ marker }) => ({ x: marker.x, y: marker.lane })),
    yAxisID: 'lane',
    clip: false,
    pointRadius: radius,
    pointHoverRadius: radius,
    pointHitRadius: 0,
    pointBackgroundColor: 'transparent',
    pointBorderColor: colour,
    pointBorderWidth: RING_WIDTH,
    pointHoverBorderWidth: RING_WIDTH,
  };
}
