/**
 * The timeline chart's alt text, for a reader who puts an image of the chart into a report: what the
 * chart shows, over which dates, and its key figures (each country's highest rate in effect, and in
 * threat where higher), for the view the reader chose. The share panel offers it to copy, and the
 * PNG images carry it as their `Description`.
 */
import type { CountryCode } from '../data/schema';
import type { CountrySeries } from '../data/tariff-state';
import { inLang } from '../i18n';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';
import type { TimelineChartModel } from './chart-model';
import type { TimelineData } from './data';
import { highlightSentence } from '../charts/highlight';
import { viewPhrases } from './summary';

/** The highest rates in effect and threatened on any day from `from` to `to`, on every track. */
function highestRates(series: readonly CountrySeries[], from: string, to: string) {
  let inEffect = 0;
  let threatened = 0;
  for (const { segments, continuation, knownThrough } of series) {
    for (const segment of segments) {
      if (segment.start > to || segment.end < from) continue;
      inEffect = Math.max(inEffect, segment.inEffect);
      threatened = Math.max(threatened, segment.threatened ?? 0);
    }
    // After its last step a rate carries on to the dataset's last day (as the chart draws it).
    if (continuation && knownThrough! < to && continuation.through >= from)
      inEffect = Math.max(inEffect, continuation.inEffect);
  }
  return { inEffect, threatened };
}

export function timelineAltText(
  data: TimelineData,
  model: TimelineChartModel,
  lang = 'en',
): string {
  const options = inLang(lang);
  const labels = labelsFor(lang);
  const countries = [...new Set(model.lines.map((line) => line.country))];
  const rates = countries.map((country: CountryCode) => {
    const { inEffect, threatened } = highestRates(
      data.series.filter((s) => s.country === country),
      model.from,
      model.to,
    );
    const params = {
      country: labels.country[country],
      rate: labels.number.format(inEffect),
      threat: labels.number.format(threatened),
    };
    return threatened > inEffect
      ? m.alt_timeline_rate_threat(params, options)
      : m.alt_timeline_rate(params, options);
  });
  const marked = model.announcements.length + model.markers.length;
  const bands = model.bands.length;
  const text = m.alt_timeline(
    {
      countries: labels.list.format(countries.map((country) => labels.country[country])),
      ...viewPhrases(model, bands, marked, lang),
      rates: rates.join(', '),
    },
    options,
  );
  return text + highlightSentence(model.callouts, lang);
}
