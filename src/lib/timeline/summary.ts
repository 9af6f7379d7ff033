/** The timeline chart's short text summary, for its accessible name and for readers without the chart. */
import { formatDate } from '../dates/dates';
import { inLang } from '../i18n';
import { labelsFor } from '../data/labels';
import { plural } from '../i18n/plural';
import * as m from '../paraglide/messages.js';
import type { TimelineChartModel } from './chart-model';
import type { TimelineData } from './data';
import { highlightSentence } from '../charts/highlight';

export function timelineSummary(
  data: TimelineData,
  model: TimelineChartModel,
  /** Where the reader finds every figure: the tables under the chart, or the full view (embeds). */
  pointer: 'tables' | 'full-view' = 'tables',
  lang = 'en',
): string {
  const options = inLang(lang);
  const labels = labelsFor(lang);
  const shown = new Set(model.lines.map((line) => line.country));
  const statuses = data.series
    .filter((s) => shown.has(s.country) && s.segments.length)
    .map((s) => {
      const last = s.segments.filter((seg) => seg.start <= model.to).at(-1) ?? s.segments[0]!;
      return m.tl_summary_status(
        {
          country: labels.country[s.country],
          rate: last.inEffect,
          threat:
            last.threatened !== null ? m.tl_summary_threat({ rate: last.threatened }, options) : '',
          suspension: last.suspension ? ` (${labels.suspension(last.suspension.label)})` : '',
          date: formatDate(last.end < model.to ? last.end : model.to, 'day', lang, 'prose'),
        },
        options,
      );
    });
  const marked = model.announcements.length + model.markers.length;
  const text = m.tl_summary(
    {
      ...viewPhrases(model, model.bands.length, marked, lang),
      statuses: statuses.join('; '),
      pointer:
        pointer === 'tables' ? m.tl_pointer_tables({}, options) : m.tl_pointer_full({}, options),
    },
    options,
  );
  return text + highlightSentence(model.callouts, lang);
}

/** The phrases the summary and the alt text share: the view's dates, its bands and its markers. */
export function viewPhrases(
  model: Pick<TimelineChartModel, 'from' | 'to'>,
  bands: number,
  marked: number,
  lang: string,
) {
  return {
    from: formatDate(model.from, 'day', lang, 'prose'),
    to: formatDate(model.to, 'day', lang, 'prose'),
    bands: plural(bands, { one: m.tl_bands_one, other: m.tl_bands_other }, { count: bands }, lang),
    marked: plural(
      marked,
      { one: m.tl_marked_one, other: m.tl_marked_other },
      { count: marked },
      lang,
    ),
  };
}
