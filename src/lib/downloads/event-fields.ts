/**
 * The flat, one-row-per-event form of the dataset: the columns of /data/events.csv and the data
 * dictionary in datapackage.json and on the /data page all come from this one list.
 */
import type { EventRecord, SourceRecord, TariffMeasure } from '../data/schema';
import type { Message } from '../i18n';
import * as m from '../paraglide/messages.js';

export type CellValue = string | number | null;

export interface FlatField {
  name: string;
  /** Frictionless Table Schema type. */
  type: 'string' | 'number' | 'integer';
  /** What the column holds, in a language (messages/*.json); the downloads' dictionary is English. */
  description: Message<Record<string, never>>;
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
    description: m.field_id,
    value: (e) => e.id,
  },
  {
    name: 'date',
    type: 'string',
    description: m.field_date,
    value: (e) => e.date,
  },
  {
    name: 'precision',
    type: 'string',
    description: m.field_precision,
    values: ['day', 'month', 'approximate'],
    value: (e) => e.precision,
  },
  {
    name: 'end_date',
    type: 'string',
    description: m.field_end_date,
    value: (e) => e.endDate ?? null,
  },
  {
    name: 'date_basis',
    type: 'string',
    description: m.field_date_basis,
    values: ['article', 'inferred', 'public-record'],
    value: (e) => e.dateBasis,
  },
  {
    name: 'date_note',
    type: 'string',
    description: m.field_date_note,
    value: (e) => e.dateNote ?? null,
  },
  {
    name: 'kind',
    type: 'string',
    description: m.field_kind,
    values: ['tariff', 'pressure', 'concession', 'statement', 'outcome'],
    value: (e) => e.kind,
  },
  {
    name: 'actor_country',
    type: 'string',
    description: m.field_actor_country,
    value: (e) => e.actor.country,
  },
  {
    name: 'actor_name',
    type: 'string',
    description: m.field_actor_name,
    value: (e) => e.actor.name,
  },
  {
    name: 'target',
    type: 'string',
    description: m.field_target,
    value: (e) => list(e.target),
  },
  { name: 'title', type: 'string', description: m.field_title, value: (e) => e.title },
  {
    name: 'summary',
    type: 'string',
    description: m.field_summary,
    value: (e) => e.summary,
  },
  {
    name: 'tariffs',
    type: 'string',
    description: m.field_tariffs,
    value: (e) => list(e.tariffs?.map(describeMeasure)),
  },
  {
    name: 'quantity_value',
    type: 'number',
    description: m.field_quantity_value,
    value: (e) => e.quantity?.value ?? null,
  },
  {
    name: 'quantity_unit',
    type: 'string',
    description: m.field_quantity_unit,
    value: (e) => e.quantity?.unit ?? null,
  },
  {
    name: 'quantity_measure',
    type: 'string',
    description: m.field_quantity_measure,
    value: (e) => e.quantity?.measure ?? null,
  },
  {
    name: 'responds_to',
    type: 'string',
    description: m.field_responds_to,
    value: (e) => list(e.respondsTo),
  },
  {
    name: 'response_note',
    type: 'string',
    description: m.field_response_note,
    value: (e) => e.responseNote ?? null,
  },
  { name: 'cameo', type: 'string', description: m.field_cameo, value: (e) => e.cameo },
  {
    name: 'goldstein',
    type: 'number',
    description: m.field_goldstein,
    value: (e) => e.goldstein,
  },
  {
    name: 'sources',
    type: 'string',
    description: m.field_sources,
    value: (e) => list(e.sources.map((s) => s.source)),
  },
  {
    name: 'first_quote',
    type: 'string',
    description: m.field_first_quote,
    value: (e) => e.sources[0]?.quote ?? null,
  },
  {
    name: 'note',
    type: 'string',
    description: m.field_note,
    value: (e) => e.note ?? null,
  },
];

/** The source articles as cited in the downloads. */
export function describeSource(source: SourceRecord): string {
  return [source.title, source.publisher, source.published].filter(Boolean).join(', ');
}
