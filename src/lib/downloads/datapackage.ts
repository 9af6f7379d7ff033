/** The Frictionless Data Package that describes the downloads, with its field-by-field dictionary. */
import type { Dataset } from '../data/schema';
import { DATA_LICENCE, quotesNotice } from '../site/licence';
import * as m from '../paraglide/messages.js';
import { describeSource, EVENT_FIELDS } from './event-fields';

export const DATASET_NAME = 'us-mexico-tariff-pressure-events';
export const DATASET_TITLE = m.dataset_title({}, { locale: 'en' });

export function dataPackage(dataset: Dataset) {
  return {
    profile: 'tabular-data-package',
    name: DATASET_NAME,
    title: DATASET_TITLE,
    description: `Hand-curated dated events, each with a verbatim quote from its source article, the date's precision and basis, CAMEO codes and Goldstein weights. ${quotesNotice('en')}`,
    version: dataset.version,
    licenses: [DATA_LICENCE],
    sources: dataset.sources.map((source) => ({ title: describeSource(source) })),
    resources: [
      {
        name: 'events',
        path: 'events.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description:
          'One row per event. Text cells beginning with =, +, -, @ are prefixed with an apostrophe against spreadsheet formula injection.',
        schema: {
          primaryKey: 'id',
          fields: EVENT_FIELDS.map((field) => ({
            name: field.name,
            type: field.type,
            description: field.description({}, { locale: 'en' }),
            ...(field.values ? { constraints: { enum: field.values } } : {}),
          })),
        },
      },
      {
        name: 'events-json',
        path: 'events.json',
        profile: 'data-resource',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        description:
          'The full dataset: { version, sources, events }, with every quote and tariff measure; events follow events.schema.json.',
        schema: 'events.schema.json',
      },
    ],
  };
}
