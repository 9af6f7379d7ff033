/**
 * The CSV of exactly what a chart view shows, built from the same rows as its tables, written with
 * the project's formula-safe CSV writer.
 */
import { toCsv } from '../downloads/csv';
import type { CompareCountry } from './comparison';
import type { ComparisonView } from './comparison-view';
import { basisLabel } from './locale';
import { outcomeLabel } from './outcomes';
import type { WeekIndex } from './pressure-index';

/** One row per pair, and one per threat without a response; field names in English, words in `lang`. */
export function comparisonCsv(country: CompareCountry, view: ComparisonView, lang: string): string {
  return toCsv([
    [
      'country',
      'threat_id',
      'threat',
      'threat_date',
      'threatened_rate_pct',
      'response_id',
      'response',
      'response_date',
      'lag_days_min',
      'lag_days_max',
      'basis',
      'outcome',
      'outcome_date',
    ],
    ...view.rows.flatMap(({ threat, pairs }) => {
      const common = [country, threat.id, threat.title, threat.date, threat.rate] as const;
      const outcome = [outcomeLabel(threat.outcome.status, lang), threat.outcome.date] as const;
      if (!pairs.length) return [[...common, null, null, null, null, null, null, ...outcome]];
      return pairs.map((pair) => {
        const response = view.responses[pair.responseIndex]!;
        return [
          ...common,
          pair.responseId,
          response.title,
          response.date,
          pair.min,
          pair.max,
          basisLabel(pair.basis, lang),
          ...outcome,
        ];
      });
    }),
  ]);
}

export function pressureIndexCsv(country: CompareCountry, weeks: readonly WeekIndex[]): string {
  return toCsv([
    ['country', 'week_starting', 'us_pressure', 'cooperation', 'event_ids'],
    ...weeks.map((w) => [country, w.week, w.pressure, w.cooperation, w.eventIds.join(';')]),
  ]);
}
