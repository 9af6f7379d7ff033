/**
 * The CSV of exactly what a chart view shows, built from the same rows as its tables, written with
 * the project's formula-safe CSV writer.
 */
import { toCsv } from '../downloads/csv';
import type { TimelineEvent } from './data';
import type { TariffStepRow } from './tables';

export function tariffStepsCsv(rows: readonly TariffStepRow[]): string {
  return toCsv([
    [
      'country',
      'from',
      'to',
      'in_effect_pct',
      'threatened_pct',
      'suspension',
      'scope',
      'set_by_event_ids',
    ],
    ...rows.map((r) => [
      r.country,
      r.fromDay,
      r.toDay,
      r.inEffect,
      r.threatened,
      r.suspension,
      r.scope,
      r.events.map((e) => e.id).join(';'),
    ]),
  ]);
}

export function markedEventsCsv(events: readonly TimelineEvent[]): string {
  return toCsv([
    ['id', 'date', 'end_date', 'precision', 'kind', 'title', 'key_number', 'quote', 'source'],
    ...events.map((e) => [
      e.id,
      e.date,
      e.endDate,
      e.precision,
      e.kind,
      e.title,
      e.keyNumber,
      e.quote,
      e.sourceTitle,
    ]),
  ]);
}
