/**
 * The timeline's suspension bands, announcement lines and direct labels, as chartjs-plugin-annotation
 * options made from the chart model. Bands and lines draw under the datasets, labels over them.
 */
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
import {
  BAND_LABEL_FONT,
  BAND_LABEL_PADDING,
  CALLOUT_PADDING,
  labelLayout,
  type DirectLabel,
} from './chart-label-layout';

export interface AnnotationHooks {
  onAnnouncementHover?: (index: number | null) => void;
  onOpen?: (eventId: string) => void;
}

/** A band's label shows only where the band is wider than about this many pixels per character. */
export const BAND_LABEL_PX_PER_CHAR = 6.5;

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

  const text = (size: number, bold: boolean) => ({
    size,
    weight: bold ? ('bold' as const) : ('normal' as const),
    family: CHART_FONT_FAMILY,
  });
  // Each country's name and rate ends just before and above the end of its line (those sharing a
  // point one under another); "not confirmed after" starts just after and below the last confirmed
  // day. Where that spot is taken, a label moves to its next place (see chart-label-layout.ts). On a
  // narrow chart a key stands in for them.
  const directLabels: (DirectLabel & { colour: string })[] = compact
    ? []
    : [
        ...model.unconfirmedLabels.map((label) => ({
          label,
          font: text(10, false),
          colour: chrome.muted,
          align: 'start' as const,
          candidates: [12, 28, -12, 44, -28, 60].map((dy) => ({ dx: 10, dy })),
        })),
        ...model.endLabels.map((label) => {
          const first = label.stack ? 2 + label.stack * 14 : -10;
          return {
            label,
            font: text(12, true),
            colour: inkOfCountry(label.country),
            align: 'end' as const,
            candidates: [first, 14, -26, 30, 46, 62].map((dy) => ({ dx: -10, dy })),
          };
        }),
      ];
  const calloutFont = text(compact ? 11 : 12, true);
  const layout = labelLayout(directLabels, model, calloutFont);
  const labels: Label[] = directLabels.map(({ label, font, colour, align }, index) => ({
    type: 'label',
    xValue: label.x,
    yValue: label.y,
    yScaleID: 'rate',
    content: label.text,
    color: colour,
    font,
    position: { x: align, y: 'center' },
    xAdjust: ({ chart }) => layout(chart).offsets[index]!.dx,
    yAdjust: ({ chart }) => layout(chart).offsets[index]!.dy,
    padding: 0,
  }));

  // Suspensions shade the rate chart, each labelled at its top where its label fits.
  const bands: AnnotationOptions<'box'>[] = model.bands.map((band, index) => ({
    type: 'box',
    drawTime: 'beforeDatasetsDraw',
    xMin: band.start,
    xMax: band.end,
    ...onRates,
    backgroundColor: chrome.band,
    borderWidth: 0,
    label: {
      display: ({ chart }) => layout(chart).bandLabels[index]!,
      content: band.label,
      color: chrome.muted,
      font: BAND_LABEL_FONT,
      position: { x: 'center', y: 'start' },
      padding: BAND_LABEL_PADDING,
    },
  }));

  // A dotted line at each tariff announcement: hovering one or clicking it reports its event.
  const lines: AnnotationOptions<'line'>[] = model.announcements.map((announcement, index) => ({
    type: 'line',
    drawTime: 'beforeDatasetsDraw',
    xMin: announcement.x,
    xMax: announcement.x,
    ...onRates,
    // A highlighted announcement is drawn solid and dark; the others fade while one is.
    borderColor:
      announcement.emphasis === 'highlighted'
        ? chrome.text
        : chrome.muted + (announcement.emphasis === 'dimmed' ? '59' : ''),
    borderWidth: announcement.emphasis === 'highlighted' ? 2.5 : 1,
    borderDash: announcement.emphasis === 'highlighted' ? [] : [2, 3],
    hitTolerance: 2,
    enter: () => hooks.onAnnouncementHover?.(index),
    leave: () => hooks.onAnnouncementHover?.(null),
    click: () => hooks.onOpen?.(announcement.event.id),
  }));

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
  // Each highlighted event's title and date, boxed, above its marker or line and clear of the labels.
  const callouts: Label[] = model.callouts.map((callout, index) => ({
    type: 'label',
    xValue: callout.x,
    yValue: 0,
    yScaleID: 'rate',
    content: ({ chart }) => layout(chart).callouts[index]?.lines ?? [],
    color: chrome.text,
    font: calloutFont,
    textAlign: 'start',
    // Nearly opaque: the lines it has to cover still show through, faintly.
    backgroundColor: chrome.background + 'E6',
    borderColor: chrome.text,
    borderWidth: 1,
    borderRadius: 3,
    padding: CALLOUT_PADDING,
    position: { x: 'start', y: 'center' },
    xAdjust: ({ chart }) => layout(chart).callouts[index]?.dx ?? 0,
    yAdjust: ({ chart }) => layout(chart).callouts[index]?.dy ?? 0,
  }));
  // A leader from each callout down to the foot of the rate chart, over its marker or line.
  const leaders: AnnotationOptions<'line'>[] = model.callouts.map((callout, index) => ({
    type: 'line',
    xMin: callout.x,
    xMax: callout.x,
    yScaleID: 'rate',
    yMin: 0,
    yMax: ({ chart }) => {
      const bottom = layout(chart).callouts[index]?.bottom;
      return bottom === undefined ? 0 : (chart.scales.rate?.getValueForPixel(bottom) ?? 0);
    },
    borderColor: chrome.text,
    borderWidth: 1,
  }));
  return { annotations: [...bands, ...lines, ...labels, ...leaders, ...callouts] };
}
