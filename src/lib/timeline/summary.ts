/** The timeline chart's short text summary, for its accessible name and for readers without the chart. */
import { formatDate } from '../dates';
import { COUNTRY_NAMES } from '../labels';
import type { TimelineChartModel } from './chart-model';
import type { TimelineData } from './data';

export function timelineSummary(
  data: TimelineData,
  model: TimelineChartModel,
  /** Where the reader finds every figure. */
  pointer = 'The table below lists every step.',
): string {
  const shown = new Set(model.lines.map((line) => line.country));
  const statuses = data.series
    .filter((s) => shown.has(s.country) && s.segments.length)
    .map((s) => {
      const last = s.segments.filter((seg) => seg.start <= model.to).at(-1) ?? s.segments[0]!;
      const threat = last.threatened !== null ? `, ${last.threatened}% threatened` : '';
      const suspended = last.suspension ? ` (${last.suspension.label})` : '';
      return `${COUNTRY_NAMES[s.country]} ${last.inEffect}% in effect${threat}${suspended} as of ${formatDate(
        last.end < model.to ? last.end : model.to,
      )}`;
    });
  return (
    `Tariff rates from ${formatDate(model.from)} to ${formatDate(model.to)}: ${statuses.join('; ')}. ` +
    `${model.bands.length} suspension${model.bands.length === 1 ? '' : 's'} shaded; ` +
    `${model.announcements.length + model.markers.length} events marked. ${pointer}`
  );
}
