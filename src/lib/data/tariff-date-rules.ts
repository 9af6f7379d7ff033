/**
 * The schema's date rules for a tariff event. The tariff series steps day by day
 * (./tariff-series.ts): a tariff event needs its day, and a suspension its last day, on or after its
 * first.
 */
import { isCalendarDate } from '../dates/dates';
import type { TariffMeasure } from './schema';

export interface TariffDateIssue {
  path: (string | number)[];
  message: string;
}

const isDay = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && isCalendarDate(date);

export function tariffDateIssues(event: {
  date: string;
  precision: string;
  tariffs?: TariffMeasure[];
}): TariffDateIssue[] {
  const monthOnly = /^\d{4}-\d{2}$/.test(event.date);
  if (monthOnly || event.precision === 'month') {
    return [
      {
        path: [monthOnly ? 'date' : 'precision'],
        message: 'is known only to the month: a tariff event needs its day (YYYY-MM-DD)',
      },
    ];
  }
  const issues: TariffDateIssue[] = [];
  event.tariffs?.forEach((measure, index) => {
    const path = ['tariffs', index, 'until'];
    if (measure.status === 'suspended' && !measure.until) {
      issues.push({
        path,
        message: 'is required on a suspended measure: the last day of the suspension',
      });
    }
    const start = measure.effective ?? event.date;
    if (measure.until && isDay(measure.until) && isDay(start) && measure.until < start) {
      const startName = measure.effective ? 'effective' : 'the event date';
      issues.push({ path, message: `is before ${startName} ${start}` });
    }
  });
  return issues;
}
