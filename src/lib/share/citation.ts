/**
 * A ready citation of a chart view, APA 7 style for a data set with an interactive view that changes:
 * Author. (Year). Title (Version x) [Data set]. Publisher. Retrieved Month D, YYYY, from URL
 */
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

/** "November 22, 2026" (Intl rather than a date library, which the browser would have to load). */
const RETRIEVED_FORMAT = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

export function apaCitation({ chartTitle, version, url, accessed, year }: CitationInput): string {
  const retrieved = RETRIEVED_FORMAT.format(new Date(`${accessed}T00:00:00Z`));
  return (
    `${SITE_NAME}. (${year}). ${DATASET_TITLE}: ${chartTitle} (Version ${version}) [Data set and interactive chart]. ` +
    `${SITE_NAME}. Retrieved ${retrieved}, from ${url}`
  );
}
