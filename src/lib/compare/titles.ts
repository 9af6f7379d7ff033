/** Chart titles that state the finding, computed from the data so they stay true as it changes. */
import { formatDate } from '../dates';
import { labelsFor } from '../labels';
import * as m from '../paraglide/messages.js';
import type { CompareCountry, ComparisonView } from './comparison';
import { inLang } from '../i18n/tag';
import type { WeekIndex } from './pressure-index';

export function compareTitle(view: ComparisonView, code: CompareCountry, lang: string): string {
  const { threats, within7, answered } = view.summary;
  const country = labelsFor(lang).country[code];
  if (!threats) return m.compare_title_none({ country }, inLang(lang));
  if (!answered) return m.compare_title_unanswered({ country }, inLang(lang));
  return m.compare_title_within({ within: within7, threats, country }, inLang(lang));
}

export function pressureIndexTitle(
  weeks: readonly WeekIndex[],
  code: CompareCountry,
  lang: string,
): string {
  const peak = weeks.reduce<WeekIndex | null>(
    (best, w) => (!best || w.pressure > best.pressure ? w : best),
    null,
  );
  const country = labelsFor(lang).country[code];
  if (!peak || peak.pressure === 0) return m.compare_index_title_none({ country }, inLang(lang));
  return m.compare_index_title_peak(
    { country, date: formatDate(peak.week, 'day', lang) },
    inLang(lang),
  );
}
