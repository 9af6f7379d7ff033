/**
 * The timeline chart's focus targets: where each marker, announcement line and transfer step ends
 * up on the canvas, for the focusable links laid over it and their tooltips. Read from the chart once
 * per update (the final positions), not on every frame of the animation.
 */
import type { Chart } from 'chart.js';
import { LANE_DATASET_ID } from './chart-config';
import type { TimelineChartModel } from './chart-model';
import type { TimelineEvent } from './data';

export interface FocusTarget {
  key: string;
  /** The event the target opens. */
  eventId: string;
  /** What a screen reader hears on it. */
  label: string;
  /** A marker's or announcement's event, for its tooltip; null for a transfer step. */
  event: TimelineEvent | null;
  /** A transfer step's readout ("55 people by 12 Aug 2025"). */
  readout: string | null;
  x: number;
  y: number;
  size: number;
  markerIndex: number | null;
}

export const laneDatasetIndex = (c: Chart) =>
  c.data.datasets.findIndex((dataset) => dataset.label === LANE_DATASET_ID);

/** The targets in the chart's final positions, left to right. */
export function focusTargets(c: Chart, model: TimelineChartModel): FocusTarget[] {
  const lane = c.getDatasetMeta(laneDatasetIndex(c));
  const top = c.chartArea.top;
  const markerTargets = model.markers.map((marker, index) => {
    const element = lane.data[index];
    const position = element?.getProps(['x', 'y'], true);
    const radius = (element?.options as { radius?: number } | undefined)?.radius ?? marker.radius;
    return {
      key: `m-${marker.event.id}`,
      eventId: marker.event.id,
      label: `${marker.event.title}, ${marker.event.dateLabel}`,
      event: marker.event,
      readout: null,
      x: position?.x ?? 0,
      y: position?.y ?? 0,
      size: Math.max(24, radius * 2 + 4),
      markerIndex: index,
    };
  });
  const announcementTargets = model.announcements.map(({ event, x }) => ({
    key: `a-${event.id}`,
    eventId: event.id,
    label: `${event.title}, ${event.dateLabel}`,
    event,
    readout: null,
    x: c.scales.x!.getPixelForValue(x),
    y: top + 14,
    size: 24,
    markerIndex: null,
  }));
  const people = c.scales.people;
  const transferTargets = people
    ? model.transferReadouts.map((readout, index) => ({
        key: `t-${readout.eventId}`,
        eventId: readout.eventId,
        label: readout.text,
        event: null,
        readout: readout.text,
        x: c.scales.x!.getPixelForValue(readout.start),
        y: people.getPixelForValue(model.transfers[index * 2 + 1]?.y ?? 0),
        size: 24,
        markerIndex: null,
      }))
    : [];
  return [...announcementTargets, ...markerTargets, ...transferTargets].sort((a, b) => a.x - b.x);
}
