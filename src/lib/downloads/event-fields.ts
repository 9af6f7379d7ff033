/**
 * The flat, one-row-per-event form of the dataset: the columns of /data/events.csv and the data
 * dictionary in datapackage.json and on the /data page all come from this one list.
 */
import type { EventRecord, SourceRecord, TariffMeasure } from '../data/schema';

export type CellValue = string | number | null;

export interface FlatField {
  name: string;
  /** Frictionless Table Schema type. */
  type: 'string' | 'number' | 'integer';
  description: string;
  /** Allowed values, where the field is an enumeration. */
  values?: readonly string[];
  value(event: EventRecord): CellValue;
}

const list = (items: readonly string[] | undefined) => (items?.length ? items.join(';') : null);

/** "MX 25% threatened (all goods) effective 2025-02-04 until 2025-03-04", the optional parts left out. */
function describeMeasure(measure: TariffMeasure): string {
  let text = `${measure.country} ${measure.rate}% ${measure.status} (${measure.scope})`;
  if (measure.effective) text += ` effective ${measure.effective}`;
  if (measure.until) text += ` until ${measure.until}`;
  return text;
}

export const EVENT_FIELDS: readonly FlatField[] = [
  {
    name: 'id',
    type: 'string',
    description: 'Stable identifier (slug) of the event.',
    value: (e) => e.id,
  },
  {
    name: 'date',
    type: 'string',
    description: 'YYYY-MM-DD, or YYYY-MM when only the month is known.',
    value: (e) => e.date,
  },
  {
    name: 'precision',
    type: 'string',
    description: 'How precise the date is.',
    values: ['day', 'month', 'approximate'],
    value: (e) => e.precision,
  },
  {
    name: 'end_date',
    type: 'string',
    description: 'End of a span, if any.',
    value: (e) => e.endDate ?? null,
  },
  {
    name: 'date_basis',
    type: 'string',
    description:
      'article: printed in the article; inferred: derived from the article; public-record: from outside the articles.',
    values: ['article', 'inferred', 'public-record'],
    value: (e) => e.dateBasis,
  },
  {
    name: 'date_note',
    type: 'string',
    description: 'How the date was established.',
    value: (e) => e.dateNote ?? null,
  },
  {
    name: 'kind',
    type: 'string',
    description:
      'tariff; pressure (non-tariff U.S. pressure); concession (Mexican or Canadian actions answering U.S. demands); statement; outcome.',
    values: ['tariff', 'pressure', 'concession', 'statement', 'outcome'],
    value: (e) => e.kind,
  },
  {
    name: 'actor_country',
    type: 'string',
    description: 'US, MX, CA or CN.',
    value: (e) => e.actor.country,
  },
  { name: 'actor_name', type: 'string', description: 'Who acted.', value: (e) => e.actor.name },
  {
    name: 'target',
    type: 'string',
    description: 'Target countries, ;-separated.',
    value: (e) => list(e.target),
  },
  { name: 'title', type: 'string', description: 'Short neutral title.', value: (e) => e.title },
  {
    name: 'summary',
    type: 'string',
    description: 'One or two sentences in our own words.',
    value: (e) => e.summary,
  },
  {
    name: 'tariffs',
    type: 'string',
    description:
      'Tariff measures, ;-separated, each "COUNTRY RATE% STATUS (SCOPE) [effective DATE] [until DATE]"; rate is the total after the step.',
    value: (e) => list(e.tariffs?.map(describeMeasure)),
  },
  {
    name: 'quantity_value',
    type: 'number',
    description: 'The number that matters, if any.',
    value: (e) => e.quantity?.value ?? null,
  },
  {
    name: 'quantity_unit',
    type: 'string',
    description: 'Its unit: troops, people, organizations, percent…',
    value: (e) => e.quantity?.unit ?? null,
  },
  {
    name: 'responds_to',
    type: 'string',
    description: 'Ids of earlier events this one answers, where a source ties them; ;-separated.',
    value: (e) => list(e.respondsTo),
  },
  {
    name: 'response_note',
    type: 'string',
    description: 'Which source ties them, and how.',
    value: (e) => e.responseNote ?? null,
  },
  { name: 'cameo', type: 'string', description: 'CAMEO event code.', value: (e) => e.cameo },
  {
    name: 'goldstein',
    type: 'number',
    description: 'Goldstein-scale weight of the CAMEO code (-10 to 10).',
    value: (e) => e.goldstein,
  },
  {
    name: 'sources',
    type: 'string',
    description: 'Ids of the cited articles (see sources in events.json), ;-separated.',
    value: (e) => list(e.sources.map((s) => s.source)),
  },
  {
    name: 'first_quote',
    type: 'string',
    description: 'The first verbatim quote (at most 25 words).',
    value: (e) => e.sources[0]?.quote ?? null,
  },
  {
    name: 'note',
    type: 'string',
    description: 'Editorial note: corrections, disagreements between articles.',
    value: (e) => e.note ?? null,
  },
];

/** The source articles as cited in the downloads. */
export function describeSource(source: SourceRecord): string {
  return [source.title, source.publisher, source.published].filter(Boolean).join(', ');
}
