/**
 * The time axis of the SVG charts: d3's UTC scale over whole days, with its ticks written by
 * luxon (../dates) in the chart's language.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { dayEndMillis, dayToMillis, formatDate } from '../dates/dates';

export interface AxisTick {
  x: number;
  label: string;
}

/** From 00:00 UTC of `from` to the end of `to`, onto `range`. */
export const dayScale = (from: string, to: string, range: [number, number]) =>
  scaleUtc()
    .domain([dayToMillis(from), dayEndMillis(to)])
    .range(range);

/** Positions to a tenth of a pixel, enough for the SVG and shorter to write. */
export const tenth = (value: number) => Math.round(value * 10) / 10;

const isoDay = (tick: Date) => tick.toISOString().slice(0, 10);

/** Years when every tick is a 1 January, months when every tick is a 1st, days otherwise. */
function tickLabeller(ticks: readonly Date[], lang: string): (tick: Date) => string {
  if (ticks.every((tick) => isoDay(tick).endsWith('-01-01'))) {
    return (tick) => String(tick.getUTCFullYear());
  }
  if (ticks.every((tick) => tick.getUTCDate() === 1)) {
    return (tick) => formatDate(isoDay(tick).slice(0, 7), 'month', lang);
  }
  return (tick) => formatDate(isoDay(tick), 'day', lang);
}

/**
 * d3's ticks of `scale`, at most `maxTicks` of them: the charts draw every label, so their number
 * follows the width (d3 takes the count as a hint and can return a few more).
 */
export function axisTicks(
  scale: ScaleTime<number, number>,
  maxTicks: number,
  lang: string,
): AxisTick[] {
  let ticks = scale.ticks(maxTicks);
  for (let count = maxTicks - 1; ticks.length > maxTicks && count > 0; count--) {
    ticks = scale.ticks(count);
  }
  const label = tickLabeller(ticks, lang);
  return ticks.map((tick) => ({ x: tenth(scale(tick)), label: label(tick) }));
}
