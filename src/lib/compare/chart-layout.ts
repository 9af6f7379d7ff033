/**
 * Layout of the threats-and-responses chart, in SVG coordinates: a lag chart. Each U.S. threat or
 * pressure step is a row, labelled with its date and a short title, its marker at day 0 on the left;
 * the responses paired with it are dots along the row at the days after it (a bar spans the lag's
 * range when a date is known only roughly), ringed solid where a source ties them and dashed where
 * only the date does. The pairing window is shaded. Wide, the labels take a column on the left;
 * narrow, each label is a line above its row. Pure and DOM-free, so the chart prerenders, prints
 * crisply, shows without JavaScript, and renders to an image at build time.
 */
import { scaleLinear } from 'd3-scale';
import type { EventKind } from '../data/schema';
import type { Emphasis } from '../charts/highlight';
import { tenth } from '../charts/utc-axis';
import { layoutKey, type KeyItem } from './chart-key';
import type { Threat } from './comparison';
import type { ComparisonView, ThreatRow } from './comparison-view';
import { CALLOUT_LINE, compareEmphasis, placeHighlights, type PlacedHighlight } from './highlight';
import { formatLag, lagMidpoint } from './lag';
import { basisLabel, formatNumber } from './locale';
import type { PairBasis } from './pairing';
import { charactersIn, shortLabel, textWidth } from './short-label';

export interface ChartSize {
  width: number;
}

/** Wide: labels in a column left of the rows. Narrow: each label on a line above its row. */
export const WIDE: ChartSize = { width: 1000 };
export const NARROW: ChartSize = { width: 380 };
const isWide = (size: ChartSize) => size.width >= 640;

const EDGE = 12;
/** Where the rows begin, below the axis titles and the day ticks. */
const HEADER = 40;
export const LABEL_FONT = 12;
const RADIUS = 4.5;
/** The ring around a response's dot, solid or dashed by the pair's basis. */
const RING = RADIUS + 2.5;
/** From one stacked dot to the next, when dots of a row would touch. */
const STEP = RING * 2 + 1;
/** The threat's marker sits this far left of day 0, clear of the responses of the same day. */
const THREAT_GAP = 15;
/** Between one row and the next, where a rule parts them. */
const ROW_GAP = 5;
/** How many dots a row stacks before the last level is shared. */
const MAX_LEVELS = 4;

export interface PlacedDot {
  key: string;
  threatId: string;
  responseId: string;
  basis: PairBasis;
  kind: EventKind;
  /** Drawn hollow: the response's date is known only to the month or roughly. */
  imprecise: boolean;
  x: number;
  y: number;
  /** The lag's range, when it is one (x1 < x2). */
  x1: number;
  x2: number;
  /** The response's title and date, for the tooltip. */
  title: string;
  /** Threat, response, lag and basis, for a screen reader. */
  label: string;
  emphasis: Emphasis;
}

export interface PlacedRow {
  threatId: string;
  kind: EventKind;
  imprecise: boolean;
  /** The short label drawn ("1 Feb 2025 · Trump signs tariff orders on…"). */
  label: string;
  /** The full title and date, for the tooltip. */
  title: string;
  labelX: number;
  labelY: number;
  /** The row's track: from the threat's marker, just left of day 0, to the end of the scale. */
  y: number;
  threatX: number;
  top: number;
  bottom: number;
  dots: PlacedDot[];
  emphasis: Emphasis;
  highlights: PlacedHighlight[];
}

export interface CompareChartLayout extends ChartSize {
  height: number;
  wide: boolean;
  radius: number;
  ring: number;
  /** Day 0 and the last day of the lag scale. */
  plotLeft: number;
  plotRight: number;
  rowsTop: number;
  rowsBottom: number;
  /** The window shaded: from day 0 to its last day. */
  window: { days: number; x2: number };
  ticks: { x: number; label: string }[];
  /** Where the column titles start: the threats' (wide only) and the responses'. */
  titleX: { threats: number | null; responses: number };
  rows: PlacedRow[];
  /** How many threats the view has, drawn or not. */
  totalRows: number;
  /** How many pairs are drawn, and how many the view has. */
  drawnPairs: number;
  totalPairs: number;
  key: KeyItem[];
}

/**
 * The most rows the chart draws, and the most pairs. Past either (a synthetic dataset of thousands of
 * threats) it keeps the rows of the latest threats, the likeliest to be asked about, and says so;
 * the table and the CSV list every pair.
 */
export const MAX_DRAWN_ROWS = 40;
export const MAX_DRAWN_PAIRS = 2000;

/** The latest rows, at most MAX_DRAWN_ROWS and MAX_DRAWN_PAIRS of pairs (the latest one always). */
function latestRows(rows: readonly ThreatRow[]): readonly ThreatRow[] {
  let first = rows.length;
  let pairs = 0;
  while (first > 0 && rows.length - first < MAX_DRAWN_ROWS) {
    const next = rows[first - 1]!.pairs.length;
    if (first < rows.length && pairs + next > MAX_DRAWN_PAIRS) break;
    pairs += next;
    first--;
  }
  return rows.slice(first);
}

/** Levels for dots that would touch, left to right: one pass, as each can only meet the last. */
function levels(xs: readonly number[]): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  const lastX: number[] = [];
  const level: number[] = [];
  for (const i of order) {
    let l = 0;
    while (l < MAX_LEVELS - 1 && xs[i]! - (lastX[l] ?? -Infinity) < STEP) l++;
    lastX[l] = xs[i]!;
    level[i] = l;
  }
  return level;
}

const threatTitle = (threat: Threat) => `${threat.title}, ${threat.dateLabel}`;

/** The layout of `view`; the events of `highlight` are ringed and called out, the rest dimmed. */
export function layoutCompareChart(
  view: ComparisonView,
  windowDays: number,
  size: ChartSize,
  lang: string,
  highlight: readonly string[] = [],
): CompareChartLayout {
  const wide = isWide(size);
  const drawn = latestRows(view.rows);
  const emphasis = compareEmphasis(highlight, drawn);
  const calledOut = new Set<string>();
  const labelWidth = wide ? Math.round(size.width * 0.4) : size.width - EDGE * 2;
  const plotLeft = wide ? EDGE + labelWidth + 16 + THREAT_GAP : EDGE + 6 + THREAT_GAP;
  const plotRight = size.width - EDGE - RING;

  let longest = windowDays;
  for (const row of drawn) for (const pair of row.pairs) longest = Math.max(longest, pair.max);
  const scale = scaleLinear().domain([0, longest]).range([plotLeft, plotRight]).nice();
  const x = (days: number) => tenth(scale(days));
  const tickCount = Math.max(3, Math.floor((plotRight - plotLeft) / 60));
  const ticks = scale
    .ticks(tickCount)
    .map((day) => ({ x: x(day), label: formatNumber(day, lang) }));

  let totalPairs = 0;
  for (const row of view.rows) totalPairs += row.pairs.length;
  let drawnPairs = 0;
  let top = HEADER;
  const rows = drawn.map((row): PlacedRow => {
    const { threat, pairs } = row;
    const xs = pairs.map((pair) => x(lagMidpoint(pair)));
    const level = levels(xs);
    const depth = Math.max(0, ...level);
    // Wide: label and track on one line; narrow: the label's line, then the track.
    const y = tenth(top + (wide ? 12 : 23));
    const labelY = wide ? y + 4 : top + 11;
    const dotsBottom = tenth(y + RING + 2 + depth * STEP);
    const date = `${threat.dateLabel} · `;
    const room = charactersIn(labelWidth - textWidth(date, LABEL_FONT), LABEL_FONT);
    const dots = pairs.map((pair, i): PlacedDot => {
      const response = view.responses[pair.responseIndex]!;
      return {
        key: `${pair.threatId}>${pair.responseId}`,
        threatId: pair.threatId,
        responseId: pair.responseId,
        basis: pair.basis,
        kind: response.kind,
        imprecise: response.precision !== 'day',
        x: xs[i]!,
        y: tenth(y + level[i]! * STEP),
        x1: x(pair.min),
        x2: x(pair.max),
        title: `${response.title}, ${response.dateLabel}`,
        label: `${threat.title} → ${response.title}: ${formatLag(pair, lang)}, ${basisLabel(pair.basis, lang)}`,
        emphasis: emphasis.response(row, pair.responseId),
      };
    });
    const threatX = plotLeft - THREAT_GAP;
    const marks = [
      ...(emphasis.threat(row) === 'highlighted'
        ? [{ eventId: threat.id, x: threatX, y, r: RADIUS + 6, event: threat }]
        : []),
      ...dots
        .filter((dot) => dot.emphasis === 'highlighted')
        .map((dot) => ({
          eventId: dot.responseId,
          x: dot.x,
          y: dot.y,
          r: RING + 3,
          event: view.responses[pairs.find((p) => p.responseId === dot.responseId)!.responseIndex]!,
        })),
    ];
    // A response paired with several threats is called out under the first of their rows.
    const highlights = placeHighlights(marks, calledOut, dotsBottom, {
      left: EDGE,
      right: size.width - EDGE,
    });
    const lines = highlights.filter((mark) => mark.callout).length;
    const bottom = tenth(dotsBottom + lines * CALLOUT_LINE);
    drawnPairs += dots.length;
    const placed: PlacedRow = {
      threatId: threat.id,
      kind: threat.kind,
      imprecise: threat.precision !== 'day',
      label: date + shortLabel(threat.title, room),
      title: threatTitle(threat),
      labelX: EDGE,
      labelY,
      y,
      threatX,
      top,
      bottom,
      dots,
      emphasis: emphasis.threat(row),
      highlights,
    };
    top = bottom + ROW_GAP;
    return placed;
  });

  const rowsBottom = top - ROW_GAP;
  const key = layoutKey(windowDays, EDGE, size.width - EDGE, rowsBottom + 10, lang);

  return {
    ...size,
    height: Math.ceil(key.bottom + 4),
    wide,
    radius: RADIUS,
    ring: RING,
    plotLeft,
    plotRight,
    rowsTop: HEADER,
    rowsBottom,
    window: { days: windowDays, x2: x(windowDays) },
    ticks,
    titleX: wide
      ? { threats: EDGE, responses: plotLeft - RING }
      : { threats: null, responses: EDGE },
    rows,
    totalRows: view.rows.length,
    drawnPairs,
    totalPairs,
    key: key.items,
  };
}
