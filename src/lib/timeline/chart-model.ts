/**
 * The timeline chart's state: from the timeline data and the view, every series, band, marker and
 * label in data coordinates (time in milliseconds, rates in percent). The chart component only draws
 * this; the PNG renderer and the tests use it too.
 */
import { DateTime } from 'luxon';
import type { CountryCode, EventKind } from '../data/schema';
import { dayEndMillis, dayToMillis, formatDate } from '../dates/dates';
import { viewRange } from '../data/extent';
import { inLang } from '../i18n';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';
import { stateOn, type CountrySeries } from '../data/tariff-state';
import { TIMELINE_COUNTRIES } from './data';
import type { TimelineView } from './view';
import { mergeBands, type Band } from './chart-bands';
import { transferSteps, type TransferReadout } from './chart-transfers';
import type { TimelineData, TimelineEvent } from './data';
import type { Emphasis } from '../charts/highlight';
import { highlightOf, type Callout } from './highlight';

export const LANE_KINDS = [
  'pressure',
  'concession',
  'statement',
  'outcome',
] as const satisfies readonly EventKind[];
export type LaneKind = (typeof LANE_KINDS)[number];

export interface Point {
  x: number;
  y: number | null;
}

export interface RateLine {
  country: CountryCode;
  /** `unconfirmed`: the rate in effect carried on after the last day a source confirms it. */
  status: 'in-effect' | 'threatened' | 'unconfirmed';
  points: Point[];
  /**
   * The last confirmed day falls inside the view: the in-effect line's last point is drawn as a dot,
   * where the weaker unconfirmed line takes over.
   */
  endsInView: boolean;
}

export interface Marker {
  event: TimelineEvent;
  x: number;
  lane: number;
  /** Radius in pixels: area proportional to the headcount; the minimum for events without one. */
  radius: number;
  /** Month-precision events are drawn hollow, mid-month. */
  hollow: boolean;
  /** Ringed when highlighted, dimmed when another event is (`?highlight=`). */
  emphasis: Emphasis;
}

export interface EndLabel {
  country: CountryCode;
  x: number;
  y: number;
  text: string;
  /** Labels at the same point, counted from 0: the chart stacks them so none hides another. */
  stack: number;
}

/** The time axis's tick unit (a Chart.js time unit). */
export type TimeUnit = 'day' | 'week' | 'month' | 'year';

export interface TimelineChartModel {
  xMin: number;
  xMax: number;
  xUnit: TimeUnit;
  from: string;
  to: string;
  rateMax: number;
  lines: RateLine[];
  bands: Band[];
  announcements: { event: TimelineEvent; x: number; emphasis: Emphasis }[];
  markers: Marker[];
  /** The highlighted events the view shows, each named beside its marker or line, by date. */
  callouts: Callout[];
  laneKinds: LaneKind[];
  /** Whether the view shows Mexico, and with it the panel of people it transferred. */
  showsTransfers: boolean;
  transfers: Point[];
  transfersMax: number;
  /** What the transfers panel reads at each step, for hover and keyboard focus. */
  transferReadouts: TransferReadout[];
  endLabels: EndLabel[];
  /** "not confirmed after …" where a country's confirmed rate ends inside the range. */
  unconfirmedLabels: EndLabel[];
}

export const MIN_MARKER_RADIUS = 4;
export const MAX_MARKER_RADIUS = 20;

/** Step corners: each segment's value held from its first day to the day after its last. */
function stepPoints(
  series: CountrySeries,
  value: (s: CountrySeries['segments'][number]) => number | null,
): Point[] {
  const points: Point[] = [];
  for (const segment of series.segments) {
    const y = value(segment);
    const start = dayToMillis(segment.start);
    const end = dayEndMillis(segment.end);
    if (y === null) {
      points.push({ x: start, y: null });
      continue;
    }
    points.push({ x: start, y }, { x: end, y });
  }
  return points;
}

/**
 * The tick unit for a range: days over three weeks at most, weeks (from Mondays) up to three months,
 * months up to three years, years beyond. Chart.js then skips the labels that would collide.
 */
export function timeUnitFor(from: string, to: string): TimeUnit {
  const [start, end] = [
    DateTime.fromISO(from, { zone: 'utc' }),
    DateTime.fromISO(to, { zone: 'utc' }),
  ];
  const days = end.diff(start, 'days').days;
  if (days <= 21) return 'day';
  if (days <= 92) return 'week';
  return end.diff(start, 'years').years <= 3 ? 'month' : 'year';
}

const overlaps = (start: string, end: string, from: string, to: string) =>
  start <= to && end >= from;

/** `lang`: the language of the labels drawn on the chart. */
export function timelineChartModel(
  data: TimelineData,
  view: TimelineView,
  lang = 'en',
): TimelineChartModel {
  const { from, to } = viewRange(view, data.extent);
  const countries = view.country.length ? view.country : [...TIMELINE_COUNTRIES];
  const kinds = new Set<EventKind>(view.kind.length ? view.kind : ['tariff', ...LANE_KINDS]);
  const inRange = (e: TimelineEvent) => e.plotDay >= from && e.plotDay <= to;
  const bearsOnShown = (e: TimelineEvent) =>
    e.countries.some((c) => countries.includes(c as never));

  const shownSeries = data.series.filter(
    (s) => countries.includes(s.country as never) && s.segments.length,
  );
  // After its steps a country's rate in effect carries on to the dataset's last day: in full while a
  // source confirms it, then as a weaker line, so a rate never ends in a one-day sliver or drops to 0.
  const confirmedThrough = (series: CountrySeries) => series.continuation?.confirmedThrough ?? null;
  const endsInView = (series: CountrySeries) => {
    const day = confirmedThrough(series);
    return day !== null && day < to && day >= from;
  };
  const lines = shownSeries.flatMap((series): RateLine[] => {
    const inEffect = stepPoints(series, (s) => s.inEffect);
    const continuation = series.continuation;
    const unconfirmed: Point[] = [];
    if (continuation) {
      const y = continuation.inEffect;
      const confirmedEnd = dayEndMillis(continuation.confirmedThrough);
      if (continuation.confirmedThrough > series.knownThrough!)
        inEffect.push({ x: confirmedEnd, y });
      if (continuation.through > continuation.confirmedThrough)
        unconfirmed.push({ x: confirmedEnd, y }, { x: dayEndMillis(continuation.through), y });
    }
    const line = (status: RateLine['status'], points: Point[]): RateLine => ({
      country: series.country,
      status,
      points,
      endsInView: endsInView(series),
    });
    return [
      line('in-effect', inEffect),
      line(
        'threatened',
        stepPoints(series, (s) => s.threatened),
      ),
      ...(unconfirmed.length ? [line('unconfirmed', unconfirmed)] : []),
    ];
  });
  // Loops, not Math.max(...values): a spread of a long dataset's values overflows the call stack.
  let rateMax = 10;
  for (const series of shownSeries) {
    for (const seg of series.segments)
      rateMax = Math.max(rateMax, seg.inEffect, seg.threatened ?? 0);
  }

  const bands = mergeBands(
    shownSeries.flatMap((series) =>
      series.suspensions
        .filter((s) => overlaps(s.start, s.end, from, to))
        .map((suspension) => ({ suspension, country: series.country })),
    ),
    lang,
  );

  const announced = kinds.has('tariff')
    ? data.announcements.filter((e) => inRange(e) && bearsOnShown(e))
    : [];
  const laneKinds = LANE_KINDS.filter((kind) => kinds.has(kind));
  const laneEvents = data.lane.filter(
    (e) => laneKinds.includes(e.kind as LaneKind) && inRange(e) && bearsOnShown(e),
  );
  const { emphasis, callouts } = highlightOf(view.highlight, [...announced, ...laneEvents]);
  const announcements = announced.map((event) => ({
    event,
    x: dayToMillis(event.plotDay),
    emphasis: emphasis(event),
  }));

  const maxHeadcount = data.lane.reduce((max, e) => Math.max(max, e.headcount ?? 0), 1);
  // Area proportional to the headcount: the radius grows with its square root.
  const radius = (headcount: number) => MAX_MARKER_RADIUS * Math.sqrt(headcount / maxHeadcount);
  const markers = laneEvents.map((event) => ({
    event,
    x: dayToMillis(event.plotDay),
    lane: laneKinds.indexOf(event.kind as LaneKind),
    radius: Math.max(MIN_MARKER_RADIUS, event.headcount ? radius(event.headcount) : 0),
    hollow: event.precision === 'month' || event.date.length === 7,
    emphasis: emphasis(event),
  }));

  const showsTransfers = countries.includes('MX');
  const { transfers, transfersMax, transferReadouts } = transferSteps(
    showsTransfers ? data.transfers : [],
    data.extent.end,
    to,
    lang,
  );

  const endLabels: EndLabel[] = [];
  const unconfirmedLabels: EndLabel[] = [];
  for (const series of shownSeries) {
    const last = series.segments.at(-1)!;
    // The rate in effect where the line leaves the view: at its end, carried on to the data's end.
    const lineEnd = series.continuation?.through ?? last.end;
    const lastDay = lineEnd < to ? lineEnd : to;
    const rateAtEnd =
      lastDay > last.end ? series.continuation?.inEffect : stateOn(series, lastDay)?.inEffect;
    // A line at 0% needs no label (the key names it), nor one that ended before the view.
    if (rateAtEnd && lastDay >= from) {
      const x = dayEndMillis(lastDay);
      const y = rateAtEnd;
      endLabels.push({
        country: series.country,
        x,
        y,
        text: `${labelsFor(lang).country[series.country]} ${y}%`,
        stack: endLabels.filter((label) => label.x === x && label.y === y).length,
      });
    }
    const continuation = series.continuation;
    if (
      continuation &&
      endsInView(series) &&
      continuation.through > continuation.confirmedThrough
    ) {
      unconfirmedLabels.push({
        country: series.country,
        x: dayEndMillis(continuation.confirmedThrough),
        y: continuation.inEffect,
        text: m.tl_not_confirmed_after(
          { date: formatDate(continuation.confirmedThrough, 'day', lang) },
          inLang(lang),
        ),
        stack: 0,
      });
    }
  }

  const xMin = dayToMillis(from);
  const xMax = dayEndMillis(to);
  return {
    xMin,
    xMax,
    xUnit: timeUnitFor(from, to),
    from,
    to,
    rateMax,
    lines,
    bands,
    announcements,
    markers,
    callouts,
    laneKinds,
    showsTransfers,
    transfers,
    transfersMax,
    transferReadouts,
    endLabels,
    unconfirmedLabels,
  };
}
