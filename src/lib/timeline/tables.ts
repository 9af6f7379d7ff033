/** The data tables under the timeline: the same facts as the chart, for the current view. */
import type { CountryCode } from '../data/schema';
import { formatDate } from '../dates/dates';
import { inLang } from '../i18n';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';
import { byCodeUnits } from '../data/order';
import { TIMELINE_COUNTRIES } from './data';
import type { TimelineView } from './view';
import type { TimelineChartModel } from './chart-model';
import type { TimelineData, TimelineEvent } from './data';

export interface TariffStepRow {
  key: string;
  country: CountryCode;
  /** First and last day, `YYYY-MM-DD`, and as written. */
  fromDay: string;
  toDay: string;
  from: string;
  to: string;
  inEffect: number;
  scope: string | null;
  threatened: number | null;
  suspension: string | null;
  /** The tariff events that set this step. */
  events: { id: string; title: string }[];
}

/** Every step of the shown countries that overlaps the range, country by country, written in `lang`. */
export function tariffStepRows(
  data: TimelineData,
  view: TimelineView,
  model: TimelineChartModel,
  lang = 'en',
): TariffStepRow[] {
  const labels = labelsFor(lang);
  const countries = view.country.length ? view.country : [...TIMELINE_COUNTRIES];
  const titles = new Map(data.announcements.map((event) => [event.id, event.title]));
  return data.series
    .filter((s) => countries.includes(s.country as never))
    .flatMap((series) =>
      series.segments
        .filter((segment) => segment.start <= model.to && segment.end >= model.from)
        .map((segment) => ({
          key: `${series.country}-${segment.start}`,
          country: series.country,
          fromDay: segment.start,
          toDay: segment.end,
          from: formatDate(segment.start, 'day', lang),
          to: formatDate(segment.end, 'day', lang),
          inEffect: segment.inEffect,
          scope: segment.scope && labels.scope(segment.scope),
          threatened: segment.threatened,
          suspension: segment.suspension
            ? m.tl_suspension_to(
                {
                  label: labels.suspension(segment.suspension.label),
                  date: formatDate(segment.suspension.end, 'day', lang),
                },
                inLang(lang),
              )
            : null,
          events: segment.eventIds.map((id) => ({ id, title: titles.get(id) ?? id })),
        })),
    );
}

/** The events marked on the chart (announcements and lane), in date order. */
export function markedEvents(model: TimelineChartModel): TimelineEvent[] {
  return [...model.announcements.map((a) => a.event), ...model.markers.map((m) => m.event)].sort(
    (a, b) => byCodeUnits(a.plotDay, b.plotDay),
  );
}
