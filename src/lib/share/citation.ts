/**
 * A ready citation of a chart view, APA 7 style for a data set with an interactive view that changes:
 * Author. (Year). Title (Version x) [Data set]. Publisher. Retrieved Month D, YYYY, from URL
 */
import { DateTime } from 'luxon';
import { SITE_NAME } from '../site';
import { DATASET_TITLE } from '../downloads/datapackage';

export interface CitationInput {
  chartTitle: string;
  version: string;
  url: string;
  /** The day the reader accessed the view, `YYYY-MM-DD`. */
  accessed: string;
  /** Year of the dataset release. */
  year: number;
}

export function apaCitation({ chartTitle, version, url, accessed, year }: CitationInput): string {
  const retrieved = DateTime.fromISO(accessed, { zone: 'utc' })
    .setLocale('en-US')
    .toFormat('LLLL d, yyyy');
  return (
    `${SITE_NAME}. (${year}). ${DATASET_TITLE}: ${chartTitle} (Version ${version}) [Data set and interactive chart]. ` +
    `${SITE_NAME}. Retrieved ${retrieved}, from ${url}`
  );
}
