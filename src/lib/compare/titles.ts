/** Chart titles that state the finding, computed from the data so they stay true as it changes. */
import { formatDate } from '../dates';
import type { ComparisonView } from './comparison';
import type { WeekIndex } from './pressure-index';

export function compareTitle(view: ComparisonView, countryName: string): string {
  const { threats, within7, answered } = view.summary;
  if (!threats) return `No U.S. threats against ${countryName} in this view`;
  if (!answered)
    return `No U.S. threat against ${countryName} in this view was followed by a response`;
  return `${within7} of ${threats} U.S. threats and pressure steps against ${countryName} were followed by a response within a week`;
}

export function pressureIndexTitle(weeks: readonly WeekIndex[], countryName: string): string {
  const peak = weeks.reduce<WeekIndex | null>(
    (best, w) => (!best || w.pressure > best.pressure ? w : best),
    null,
  );
  if (!peak || peak.pressure === 0) return `No U.S. pressure on ${countryName} in the data`;
  return `U.S. pressure on ${countryName} peaked in the week of ${formatDate(peak.week)}`;
}
