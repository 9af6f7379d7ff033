/** The days a dataset's events span: the default dates of the timeline and of the comparison. */
import type { EventRecord } from '../data/schema';
import { dayString, firstDayOf, lastDayOf } from '../dates';

export interface Extent {
  /** First day any event can stand for, `YYYY-MM-DD`. */
  start: string;
  /** Last day any event can stand for (a month's last day, an end date), `YYYY-MM-DD`. */
  end: string;
}

/** Counted in day numbers read in place, without a date object per event. */
export function eventsExtent(events: readonly EventRecord[]): Extent {
  if (!events.length) throw new Error('No events: the dataset has no extent');
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    first = Math.min(first, firstDayOf(event.date));
    last = Math.max(last, lastDayOf(event.endDate ?? event.date));
  }
  return { start: dayString(first), end: dayString(last) };
}

/** The days a view spans: its chosen range (`from`, `to`), an empty end standing for the data's. */
export const viewRange = (view: { from: string; to: string }, extent: Extent) => ({
  from: view.from || extent.start,
  to: view.to || extent.end,
});

/**
 * A calendar year's days that hold data: the year cut to the extent, so a year preset never spans
 * months before the first event or after the last (where every status is unknown).
 */
export function yearRange(year: string, extent: Extent): { from: string; to: string } {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return {
    from: first < extent.start ? extent.start : first,
    to: last > extent.end ? extent.end : last,
  };
}
