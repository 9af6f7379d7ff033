/**
 * A ready citation of a chart view, APA 7 style for a data set with an interactive view that changes:
 * Author. (Year). Title (Version x) [Data set]. Publisher. Retrieved Month D, YYYY, from URL
 * (in Spanish: "Recuperado el D de mes de YYYY de URL"), then the version's permanent data address
 * and the terms of reuse.
 */
import { formatLongDate } from '../dates/dates';
import { inLang } from '../i18n';
import { DATA_LICENCE_SHORT, dataLicenceUrl } from '../site/licence';
import * as m from '../paraglide/messages.js';

export interface CitationInput {
  chartTitle: string;
  version: string;
  url: string;
  /** The permanent address of the cited version's data (`/data/v1.3.0/datapackage.json`). */
  dataUrl: string;
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
  dataUrl,
  accessed,
  year,
  lang = 'en',
}: CitationInput): string {
  const options = inLang(lang);
  const reference = m.citation_apa(
    {
      site: m.site_name({}, options),
      year,
      dataset: m.dataset_title({}, options),
      title: chartTitle,
      version,
      date: formatLongDate(accessed, lang),
      url,
      data: dataUrl,
    },
    options,
  );
  const licence = m.citation_licence(
    { licence: DATA_LICENCE_SHORT, url: dataLicenceUrl(lang) },
    options,
  );
  return `${reference}. ${licence}`;
}
