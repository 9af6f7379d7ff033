/**
 * The timeline's suspension bands, announcement lines and direct labels, as chartjs-plugin-annotation
 * options made from the chart model. Bands and lines draw under the datasets, labels over them.
 */
import type { Chart } from 'chart.js';
import type {
  AnnotationOptions,
  AnnotationPluginOptions,
  LabelAnnotationOptions,
} from 'chartjs-plugin-annotation';
import { labelsFor } from '../data/labels';
import { plural } from '../i18n/plural';
import * as m from '../paraglide/messages.js';
import { countryInk, kindInk, type Theme } from '../charts/palette';
import { CHART_CHROME, CHART_FONT_FAMILY } from '../charts/theme';
import type { TimelineChartModel } from './chart-model';

export interface AnnotationHooks {
  onAnnouncementHover?: (index: number | null) => void;
  onOpen?: (eventId: string) => void;
}

/** A band's label shows only where the band is wider than about this many pixels per character. */
export const BAND_LABEL_PX_PER_CHAR = 6.5;

/** Width in pixels of the span from `start` to `end` on the chart's time axis. */
const spanWidth = (chart: Chart, start: number, end: number) => {
  const x = chart.scales.x;
  return x ? Math.abs(x.getPixelForValue(end) - x.getPixelForValue(start)) : 0;
};

type Label = LabelAnnotationOptions & { type: 'label' };

export function timelineAnnotations(
  model: TimelineChartModel,
  theme: Theme,
  hooks: AnnotationHooks,
  { compact, lang }: { compact: boolean; lang: string },
): AnnotationPluginOptions {
  const chrome = CHART_CHROME[theme];
  const inkOfCountry = countryInk(theme);
  const inkOfKind = kindInk(theme);
  // Bands and lines span the rate axis alone, not the lane and the transfers stacked under it.
  const onRates = { yScaleID: 'rate' };

  // Suspensions shade the rate chart, each labelled at its top where the band is wide enough.
  const bands: AnnotationOptions<'box'>[] = model.bands.map((band) => ({
    type: 'box',
    drawTime: 'beforeDatasetsDraw',
    xMin: band.start,
    xMax: band.end,
    ...onRates,
    backgroundColor: chrome.band,
    borderWidth: 0,
    label: {
      display: ({ chart }) =>
        spanWidth(chart, band.start, band.end) > band.label.length * BAND_LABEL_PX_PER_CHAR,
      content: band.label,
      color: chrome.muted,
      font: { size: 11, weight: 'bold', family: CHART_FONT_FAMILY },
      position: { x: 'center', y: 'start' },
      padding: 6,
    },
  }));

  // A dotted line at each tariff announcement: hovering one or clicking it reports its event.
  const lines: AnnotationOptions<'line'>[] = model.announcements.map((announcement, index) => ({
    type: 'line',
    drawTime: 'beforeDatasetsDraw',
    xMin: announcement.x,
    xMax: announcement.x,
    ...onRates,
    borderColor: chrome.muted,
    borderWidth: 1,
    borderDash: [2, 3],
    hitTolerance: 2,
    enter: () => hooks.onAnnouncementHover?.(index),
    leave: () => hooks.onAnnouncementHover?.(null),
    click: () => hooks.onOpen?.(announcement.event.id),
  }));

  const text = (size: number, bold: boolean) => ({
    size,
    weight: bold ? ('bold' as const) : ('normal' as const),
    family: CHART_FONT_FAMILY,
  });
  const labels: Label[] = [];
  if (!compact) {
    // Each country's name and rate ends just before and above the end of its line: the first above
    // the line's end, any sharing its point below, one under another. "Not confirmed after" starts
    // just after and below the last confirmed day.
    for (const label of model.endLabels)
      labels.push({
        type: 'label',
        xValue: label.x,
        yValue: label.y,
        yScaleID: 'rate',
        content: label.text,
        color: inkOfCountry(label.country),
        font: text(12, true),
        position: { x: 'end', y: 'center' },
        xAdjust: -10,
        yAdjust: label.stack ? 2 + label.stack * 14 : -10,
        padding: 0,
      });
    for (const label of model.unconfirmedLabels)
      labels.push({
        type: 'label',
        xValue: label.x,
        yValue: label.y,
        yScaleID: 'rate',
        content: label.text,
        color: chrome.muted,
        font: text(10, false),
        position: { x: 'start', y: 'center' },
        xAdjust: 10,
        yAdjust: 12,
        padding: 0,
      });
  }
  // The transfers' total sits above the end of their line, ending just before it.
  const lastTransfer = model.transfers.at(-1);
  if (lastTransfer?.y) {
    labels.push({
      type: 'label',
      xValue: lastTransfer.x,
      yValue: lastTransfer.y,
      yScaleID: 'people',
      content: plural(
        lastTransfer.y,
        { one: m.tl_people_one, other: m.tl_people_other },
        { count: labelsFor(lang).number.format(lastTransfer.y) },
        lang,
      ),
      color: inkOfKind('concession'),
      font: text(11, true),
      position: { x: 'end', y: 'end' },
      xAdjust: -12,
      yAdjust: -6,
      padding: 0,
    });
  }
  return { annotations: [...bands, ...lines, ...labels] };
}
