/** Layout of the weekly pressure/cooperation index as mirrored bars, in SVG coordinates. */
import { scaleLinear } from 'd3-scale';
import { axisTicks, dayScale, tenth, type AxisTick } from '../charts/utc-axis';
import { addDays, dayToMillis, formatDate, isoWeekStart } from '../dates/dates';
import * as m from '../paraglide/messages.js';
import { inLang } from '../i18n';
import { formatNumber } from './locale';
import type { WeekIndex } from './pressure-index';

export interface IndexBar {
  week: string;
  x: number;
  width: number;
  /** Pressure bar, above the baseline. */
  pressureY: number;
  pressureHeight: number;
  /** Cooperation bar, below the baseline. */
  cooperationHeight: number;
  label: string;
}

export interface IndexLayout {
  width: number;
  height: number;
  baseline: number;
  bars: IndexBar[];
  ticks: AxisTick[];
  /** Baseline of the week labels, below the bars. */
  tickLabelY: number;
  yTicks: { y: number; label: string }[];
  /** Top of the cooperation legend, below the week labels: no bar can reach it. */
  cooperationLegendY: number;
}

/** Below the plot: the week labels, then the cooperation legend. */
const MARGIN = { left: 36, right: 8, top: 18, bottom: 44 };

/** A loop, not Math.max(...values): a spread of many weeks' values overflows the call stack. */
export const indexMax = (weeks: readonly WeekIndex[]) =>
  weeks.reduce((max, w) => Math.max(max, w.pressure, w.cooperation), 0);

/** The weeks that overlap `domain`. */
export function weeksWithin(weeks: readonly WeekIndex[], domain: { from: string; to: string }) {
  const first = isoWeekStart(domain.from);
  return weeks.filter((w) => w.week >= first && w.week <= domain.to);
}

export const INDEX_WIDE = { width: 1000, height: 218 };
export const INDEX_NARROW = { width: 420, height: 218 };

/** Bars for the weeks within `domain`, so countries compared share one time axis and one scale. */
export function layoutPressureIndex(
  allWeeks: readonly WeekIndex[],
  domain: { from: string; to: string },
  { width, height }: { width: number; height: number },
  /** The largest weekly value to scale to: shared when countries are compared side by side. */
  maxValue: number,
  lang: string,
): IndexLayout {
  const first = isoWeekStart(domain.from);
  const weeks = weeksWithin(allWeeks, domain);
  // From the Monday of the first week to the end of the last day. The bars stand on this time
  // axis rather than in bands: the last week can be cut short by the end of the view.
  const x = dayScale(first, domain.to, [MARGIN.left, width - MARGIN.right]);
  const extreme = Math.max(1, maxValue);
  const baseline = (MARGIN.top + height - MARGIN.bottom) / 2;
  const y = scaleLinear()
    .domain([0, extreme])
    .range([0, baseline - MARGIN.top]);
  const barWidth = Math.max(1, x(dayToMillis(addDays(first, 7))) - x(dayToMillis(first)) - 1);
  const bars = weeks.map((w) => ({
    week: w.week,
    x: tenth(x(dayToMillis(w.week))),
    width: tenth(barWidth),
    pressureY: baseline - y(w.pressure),
    pressureHeight: y(w.pressure),
    cooperationHeight: y(w.cooperation),
    label: m.compare_index_week(
      {
        date: formatDate(w.week, 'day', lang),
        pressure: formatNumber(w.pressure, lang),
        cooperation: formatNumber(w.cooperation, lang),
      },
      inLang(lang),
    ),
  }));
  const ticks = axisTicks(x, Math.max(2, Math.floor(width / 110)), lang);
  const yTicks = y.ticks(2).flatMap((value) =>
    value === 0
      ? [{ y: baseline, label: '0' }]
      : [
          { y: baseline - y(value), label: formatNumber(value, lang) },
          { y: baseline + y(value), label: formatNumber(value, lang) },
        ],
  );
  return {
    width,
    height,
    baseline,
    bars,
    ticks,
    tickLabelY: height - MARGIN.bottom + 17,
    yTicks,
    cooperationLegendY: height - 14,
  };
}
