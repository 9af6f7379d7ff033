/**
 * The rules for a tariff measure's `confirmations`: a later source reporting the rate (or the
 * suspension) still in force on a day. Each rule gives the path of the offending field, below the event
 * for the rules one event can check, below the dataset for those that need the sources or the series.
 */
import { dateSpan, isCalendarDate } from '../dates/dates';
import { tariffSeriesFor } from './tariff-series';
import { stateOn, trackOf, type CountrySeries } from './tariff-state';
import type { EventRecord, SourceRecord, TariffMeasure } from './schema';

export interface ConfirmationIssue {
  path: PropertyKey[];
  message: string;
}

type MeasureWithConfirmations = TariffMeasure & {
  confirmations: NonNullable<TariffMeasure['confirmations']>;
};

const withConfirmations = (measure: TariffMeasure): measure is MeasureWithConfirmations =>
  Boolean(measure.confirmations?.length);

const confirmsInForce = (measure: TariffMeasure) =>
  measure.status === 'imposed' || measure.status === 'suspended';

/** The measure's first day; null when the event's date is not a calendar date. */
const measureStart = (event: EventRecord, measure: TariffMeasure) =>
  measure.effective ?? (isCalendarDate(event.date) ? dateSpan(event.date).start : null);

/** Rules within one event: only a rate in force is confirmed, and only while the measure applies. */
export function measureConfirmationIssues(event: EventRecord): ConfirmationIssue[] {
  const issues: ConfirmationIssue[] = [];
  event.tariffs?.forEach((measure, measureIndex) => {
    if (!withConfirmations(measure)) return;
    const path = ['tariffs', measureIndex, 'confirmations'];
    if (!confirmsInForce(measure)) {
      issues.push({
        path,
        message: `belong only on a rate in force (an imposed or suspended measure), not on a ${measure.status} one`,
      });
      return;
    }
    const starts = measureStart(event, measure);
    if (!starts) return;
    measure.confirmations.forEach(({ date }, index) => {
      const at = [...path, index, 'date'];
      if (date < starts) {
        issues.push({ path: at, message: `is before the measure takes effect (${starts})` });
      } else if (measure.status === 'suspended' && measure.until && date > measure.until) {
        issues.push({ path: at, message: `is after the suspension ends (${measure.until})` });
      }
    });
  });
  return issues;
}

/**
 * Rules across the files: the source exists and was published by the day it confirms, and on that day
 * the series has this measure's rate in effect (or its suspension running).
 */
export function datasetConfirmationIssues(
  sources: readonly SourceRecord[],
  events: readonly EventRecord[],
): ConfirmationIssue[] {
  const issues: ConfirmationIssue[] = [];
  const publishedBy = new Map(
    sources.map((s) => [s.id, isCalendarDate(s.published) ? dateSpan(s.published).end : null]),
  );
  const seriesOf = seriesLookup(events);
  events.forEach((event, eventIndex) => {
    event.tariffs?.forEach((measure, measureIndex) => {
      if (!withConfirmations(measure)) return;
      measure.confirmations.forEach(({ source, date }, index) => {
        const path = [
          'events',
          'events',
          eventIndex,
          'tariffs',
          measureIndex,
          'confirmations',
          index,
        ];
        const published = publishedBy.get(source);
        if (published === undefined) {
          issues.push({ path: [...path, 'source'], message: 'is not an id in data/sources.json' });
        } else if (published && date > published) {
          issues.push({
            path: [...path, 'date'],
            message: `is after its source was published (${published})`,
          });
        }
        // A confirmation on a threat, or before its measure, is reported by the event's own rules.
        const starts = measureStart(event, measure);
        if (!confirmsInForce(measure) || !starts || date < starts) return;
        const notInForce = rateNotInForce(event, measure, date, seriesOf(measure));
        if (notInForce) issues.push({ path: [...path, 'date'], message: notInForce });
      });
    });
  });
  return issues;
}

/** The series of a measure's country and track, each built once and only if asked for. */
function seriesLookup(events: readonly EventRecord[]) {
  const built = new Map<string, CountrySeries>();
  return (measure: TariffMeasure): CountrySeries => {
    const track = trackOf(measure);
    const key = `${measure.country}/${track}`;
    if (!built.has(key)) {
      built.set(key, tariffSeriesFor(events, [measure.country], track)[0]!);
    }
    return built.get(key)!;
  };
}

/** Why the series contradicts the confirmation on `date`, or null when it agrees. */
function rateNotInForce(
  event: EventRecord,
  measure: TariffMeasure,
  date: string,
  series: CountrySeries,
): string | null {
  if (!series.knownThrough || event.date.length !== 10) return null;
  // After the last step the rate in effect carries on unchanged.
  const state =
    stateOn(series, date) ?? (date > series.knownThrough ? series.segments.at(-1) : null);
  if (!state) return null;
  if (measure.status === 'suspended') {
    return state.suspension?.eventId === event.id
      ? null
      : `falls on a day this suspension is not in force in the ${measure.country} series`;
  }
  return state.inEffect === measure.rate
    ? null
    : `falls on a day when ${measure.country}'s rate in effect is ${state.inEffect}%, not this measure's ${measure.rate}%`;
}
