/**
 * The comparison charts' alt texts, for a reader who puts an image of a chart into a report: what
 * the chart shows, over which dates, and its key figures for the view the reader chose (threats,
 * responses, threats answered and the median lag; the pressure index's peaks). The share panel
 * offers them to copy; the images carry them (SVG `<desc>`, PNG `Description`).
 */
import { formatDate } from '../dates/dates';
import { labelsFor } from '../data/labels';
import { inLang } from '../i18n';
import { plural } from '../i18n/plural';
import * as m from '../paraglide/messages.js';
import type { CompareColumn } from './columns';
import { weeksWithin } from './index-layout';
import { highlightSentence } from '../charts/highlight';
import { highlightedEvents } from './highlight';
import { formatLag } from './lag';
import { formatNumber } from './locale';
import type { WeekIndex } from './pressure-index';

type Domain = { from: string; to: string };

/** The chart's dates, as prose writes them. */
const period = ({ from, to }: Domain, lang: string) => ({
  from: formatDate(from, 'day', lang, 'prose'),
  to: formatDate(to, 'day', lang, 'prose'),
});

/** What the lag chart of `column` shows, ending with the events of `highlight` it draws. */
export function threatsResponsesAltText(
  column: CompareColumn,
  domain: Domain,
  windowDays: number,
  lang: string,
  highlight: readonly string[] = [],
): string {
  const options = inLang(lang);
  const { summary, responses } = column.view;
  const count = (value: number, forms: Parameters<typeof plural<{ count: string }>>[1]) =>
    plural(value, forms, { count: formatNumber(value, lang) }, lang);
  const shown = m.alt_compare(
    {
      country: labelsFor(lang).country[column.country],
      ...period(domain, lang),
      threats: count(summary.threats, {
        one: m.alt_compare_threats_one,
        other: m.alt_compare_threats_other,
      }),
      responses: count(responses.length, {
        one: m.alt_compare_responses_one,
        other: m.alt_compare_responses_other,
      }),
    },
    options,
  );
  const highlighted = highlightSentence(highlightedEvents(column.view, highlight), lang);
  if (!summary.threats) return shown + highlighted;
  const window = plural(
    windowDays,
    { one: m.controls_window_one, other: m.controls_window_other },
    { days: formatNumber(windowDays, lang) },
    lang,
  );
  const answered = summary.medianLag
    ? plural(
        summary.answered,
        { one: m.alt_compare_answered_one, other: m.alt_compare_answered_other },
        {
          count: formatNumber(summary.answered, lang),
          lag: formatLag(summary.medianLag, lang),
          window,
        },
        lang,
      )
    : m.alt_compare_unanswered({ window }, options);
  return `${shown} ${answered}${highlighted}`;
}

/** The first week of the highest value of `measure`, or null when every week is 0. */
function peakOf(weeks: readonly WeekIndex[], measure: 'pressure' | 'cooperation') {
  let peak: WeekIndex | null = null;
  for (const week of weeks) if (week[measure] > (peak?.[measure] ?? 0)) peak = week;
  return peak;
}

export function pressureIndexAltText(column: CompareColumn, domain: Domain, lang: string): string {
  const options = inLang(lang);
  const weeks = weeksWithin(column.data.index, domain);
  const peak = (measure: 'pressure' | 'cooperation') => {
    const week = peakOf(weeks, measure);
    const messages =
      measure === 'pressure'
        ? { peak: m.alt_index_pressure_peak, none: m.alt_index_pressure_none }
        : { peak: m.alt_index_cooperation_peak, none: m.alt_index_cooperation_none };
    if (!week) return messages.none({}, options);
    const value = formatNumber(week[measure], lang);
    return messages.peak({ value, date: formatDate(week.week, 'day', lang, 'prose') }, options);
  };
  return m.alt_index(
    {
      country: labelsFor(lang).country[column.country],
      ...period(domain, lang),
      pressure: peak('pressure'),
      cooperation: peak('cooperation'),
    },
    options,
  );
}
