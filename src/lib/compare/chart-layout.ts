/**
 * Layout of the threats-and-responses chart, in SVG coordinates: U.S. threats on an
 * upper time axis, the country's responses on a lower one, and a connector for each pair. Pure and
 * DOM-free, so the chart prerenders, prints crisply, shows without JavaScript, and renders to an image
 * at build time.
 */
import { axisTicks, dayScale, tenth, type AxisTick } from '../charts/utc-axis';
import type { EventKind } from '../data/schema';
import { dayToMillis } from '../dates/dates';
import { formatLag } from './lag';
import type { CompareEvent, ComparisonView } from './comparison';
import { basisLabel } from './locale';
import type { PairBasis } from './pairing';

export interface ChartSize {
  width: number;
  height: number;
}

export const WIDE: ChartSize = { width: 1000, height: 290 };
export const NARROW: ChartSize = { width: 420, height: 290 };

const MARGIN = { left: 12, right: 12 };
/** Room for markers stacked on one day, above the threat axis and below the response axis. */
const LANE_DEPTH = 78;
const AXIS_GAP = 64;
const RADIUS = 5;

export interface PlacedEvent {
  id: string;
  x: number;
  y: number;
  kind: EventKind;
  title: string;
  dateLabel: string;
  /** Drawn hollow: only the month (or roughly the day) is known. */
  imprecise: boolean;
}

export interface PlacedPair {
  key: string;
  threatId: string;
  responseId: string;
  basis: PairBasis;
  path: string;
  label: string;
}

export interface CompareChartLayout extends ChartSize {
  radius: number;
  threatAxisY: number;
  responseAxisY: number;
  threats: PlacedEvent[];
  responses: PlacedEvent[];
  /** The connectors drawn: every pair, or the MAX_DRAWN_PAIRS of the latest threats. */
  pairs: PlacedPair[];
  /** How many pairs the view has, drawn or not. */
  totalPairs: number;
  ticks: AxisTick[];
}

/**
 * The most connectors the chart draws. Thousands of crossing lines can be neither read nor drawn (a
 * large dataset pairs hundreds of thousands, each a path and a link with its label), so past this
 * the chart keeps the pairs of the latest threats, the likeliest to be asked about, and says so; the
 * table and the CSV list every pair.
 */
export const MAX_DRAWN_PAIRS = 2000;

/** How many markers stack on one day before the lane is full. */
const MAX_LEVEL = Math.floor((LANE_DEPTH - RADIUS - 3) / (RADIUS * 2 + 1));

/**
 * Events that would overlap stack away from their axis, one marker step at a time, up to the lane's
 * depth (further ones share the outermost level). Events come in date order, so a marker can only
 * collide with the last one placed on each level: placing stays linear however many events there are.
 */
function place(
  events: readonly CompareEvent[],
  x: (day: string) => number,
  axisY: number,
  direction: 1 | -1,
) {
  const lastX: number[] = [];
  return events.map((event): PlacedEvent => {
    const px = x(event.day);
    let level = 0;
    while (level < MAX_LEVEL && Math.abs((lastX[level] ?? -Infinity) - px) < RADIUS * 2 + 1)
      level += 1;
    lastX[level] = px;
    return {
      id: event.id,
      x: px,
      y: axisY + direction * (RADIUS + 3 + level * (RADIUS * 2 + 1)),
      kind: event.kind,
      title: event.title,
      dateLabel: event.dateLabel,
      imprecise: event.precision !== 'day',
    };
  });
}

export function layoutCompareChart(
  view: ComparisonView,
  domain: { from: string; to: string },
  size: ChartSize,
  lang: string,
): CompareChartLayout {
  const scale = dayScale(domain.from, domain.to, [MARGIN.left, size.width - MARGIN.right]);
  const x = (day: string) => tenth(scale(dayToMillis(day)));
  const threatAxisY = 22 + LANE_DEPTH;
  const responseAxisY = threatAxisY + AXIS_GAP;

  const threats = place(
    view.rows.map((row) => row.threat),
    x,
    threatAxisY,
    -1,
  );
  const responses = place(view.responses, x, responseAxisY, 1);
  let totalPairs = 0;
  for (const row of view.rows) totalPairs += row.pairs.length;
  // The latest threats, back to the one whose pairs reach the cap: of that one, its last pairs.
  let firstRow = view.rows.length;
  let kept = 0;
  while (firstRow > 0 && kept < MAX_DRAWN_PAIRS) kept += view.rows[--firstRow]!.pairs.length;
  const overflow = Math.max(0, kept - MAX_DRAWN_PAIRS);
  // Loops rather than flatMap(), which V8 runs several times slower over many pairs.
  const pairs: PlacedPair[] = [];
  for (let threatIndex = firstRow; threatIndex < view.rows.length; threatIndex++) {
    const from = threats[threatIndex]!;
    const rowPairs = view.rows[threatIndex]!.pairs;
    for (let i = threatIndex === firstRow ? overflow : 0; i < rowPairs.length; i++) {
      const pair = rowPairs[i]!;
      const to = responses[pair.responseIndex]!;
      const bend = (to.y - from.y) / 2;
      pairs.push({
        key: `${pair.threatId}>${pair.responseId}`,
        threatId: pair.threatId,
        responseId: pair.responseId,
        basis: pair.basis,
        path: `M${from.x},${from.y} C${from.x},${from.y + bend} ${to.x},${to.y - bend} ${to.x},${to.y}`,
        label: `${from.title} → ${to.title}: ${formatLag(pair, lang)}, ${basisLabel(pair.basis, lang)}`,
      });
    }
  }

  const ticks = axisTicks(scale, Math.max(2, Math.floor(size.width / 110)), lang);

  return {
    ...size,
    radius: RADIUS,
    threatAxisY,
    responseAxisY,
    threats,
    responses,
    pairs,
    totalPairs,
    ticks,
  };
}
