/** Chart titles that state the finding, computed from the data so they stay true as it changes. */
import { formatDate, formatDayPair } from '../dates/dates';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';
import type { CompareCountry } from './comparison';
import type { ComparisonView } from './comparison-view';
import { inLang } from '../i18n';
import { plural } from '../i18n/plural';
import type { WeekIndex } from './pressure-index';

export function compareTitle(view: ComparisonView, code: CompareCountry, lang: string): string {
  const { threats, within7, answered } = view.summary;
  const country = labelsFor(lang).country[code];
  if (!threats) return m.compare_title_none({ country }, inLang(lang));
  if (!answered) return m.compare_title_unanswered({ country }, inLang(lang));
  const forms = { one: m.compare_title_within_one, other: m.compare_title_within_other };
  return plural(within7, forms, { within: within7, threats, country }, lang);
}

/** How close two weekly pressures must be to tie: sums of one-decimal weights are not exact. */
const SAME_PRESSURE = 1e-6;

/** The week of peak pressure, or every week tied for it: "…in the weeks of 27 Jan 2025 and 24 Feb 2025". */
export function pressureIndexTitle(
  weeks: readonly WeekIndex[],
  code: CompareCountry,
  lang: string,
): string {
  const options = inLang(lang);
  const country = labelsFor(lang).country[code];
  const peak = weeks.reduce((max, w) => Math.max(max, w.pressure), 0);
  if (!peak) return m.compare_index_title_none({ country }, options);
  const peaks = weeks.filter((w) => peak - w.pressure < SAME_PRESSURE).map((w) => w.week);
  const date = formatDate(peaks[0]!, 'day', lang, 'prose');
  if (peaks.length === 1) return m.compare_index_title_peak({ country, date }, options);
  if (peaks.length === 2) {
    const [first, second] = formatDayPair(peaks[0]!, peaks[1]!, lang, 'prose');
    return m.compare_index_title_peak_two({ country, first, second }, options);
  }
  return m.compare_index_title_peak_many({ country, count: peaks.length, date }, options);
}
