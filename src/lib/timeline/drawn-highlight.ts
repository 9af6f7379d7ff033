/**
 * What a drawn timeline shows of its highlight (`?highlight=`), read back from the chart's elements:
 * the chart records it on its canvas (`data-highlight`), where the browser tests read it, as they
 * read the labels' boxes.
 */
import type { Chart } from 'chart.js';
import { LANE_DATASET_ID } from './chart-config';
import { DIM_RIM_ALPHA, RING_DATASET_ID } from './chart-highlight';
import type { TimelineChartModel } from './chart-model';

export interface DrawnHighlight {
  /** Ids of the markers with a ring drawn round them (wider than the marker). */
  ringed: string[];
  /** How many markers are drawn dimmed, and how many are drawn in all. */
  dimmed: number;
  markers: number;
}

type PointElement = { x: number; y: number; options: { radius: number; borderColor: unknown } };

export function drawnHighlight(chart: Chart, model: TimelineChartModel): DrawnHighlight {
  const elements = (label: string) => {
    const index = chart.data.datasets.findIndex((dataset) => dataset.label === label);
    return index === -1 ? [] : (chart.getDatasetMeta(index).data as unknown as PointElement[]);
  };
  const lane = elements(LANE_DATASET_ID);
  const rings = elements(RING_DATASET_ID);
  const ringed = lane.flatMap((marker, index) =>
    rings.some(
      (ring) =>
        Math.abs(ring.x - marker.x) < 0.5 &&
        Math.abs(ring.y - marker.y) < 0.5 &&
        ring.options.radius > marker.options.radius,
    )
      ? [model.markers[index]!.event.id]
      : [],
  );
  const dimmed = lane.filter(
    (marker) =>
      typeof marker.options.borderColor === 'string' &&
      marker.options.borderColor.length === 9 &&
      marker.options.borderColor.endsWith(DIM_RIM_ALPHA),
  ).length;
  return { ringed, dimmed, markers: lane.length };
}
