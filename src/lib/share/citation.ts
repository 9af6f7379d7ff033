/**
 * A ready citation of a chart view, APA 7 style for a data set with an interactive view that changes:
 * Author. (Year). Title (Version x) [Data set]. Publisher. Retrieved Month D, YYYY, from URL
 * (in Spanish: "Recuperado el D de mes de YYYY, de URL").
 */
import { DateTime } from 'luxon';
import * as m from '../paraglide/messages.js';

export interface CitationInput {
  chartTitle: string;
  version: string;
  url: string;
  /** The day the reader accessed the view, `YYYY-MM-DD`. */
  accessed: string;
  /** Year of the dataset release. */
  year: number;
  /** 'en' (the default) or 'es'. */
  lang?: string;
}

export function apaCitation({
  chartTitle,
  version,
  url,
  accessed,
  year,
  lang = 'en',
}: CitationInput): string {
  const options = { languageTag: lang === 'es' ? ('es' as const) : ('en' as const) };
  const day = DateTime.fromISO(accessed, { zone: 'utc' });
  const date =
    lang === 'es'
      ? day.setLocale('es-MX').toFormat("d 'de' LLLL 'de' yyyy")
      : day.setLocale('en-US').toFormat('LLLL d, yyyy');
  return m.compare_citation(
    {
      site: m.site_name({}, options),
      year,
      dataset: m.compare_dataset_title({}, options),
      title: chartTitle,
      version,
      date,
      url,
    },
    options,
  );
}
