/** The days a dataset's events span: the default dates of the timeline and of the comparison. */
import type { EventRecord } from './schema';
import { dateSpan } from '../dates/dates';

export interface Extent {
  /** First day any event can stand for, `YYYY-MM-DD`. */
  start: string;
  /** Last day any event can stand for (a month's last day, an end date), `YYYY-MM-DD`. */
  end: string;
}

/** From the first day any event can stand for to the last (`YYYY-MM-DD` strings sort as days). */
export function eventsExtent(events: readonly EventRecord[]): Extent {
  if (!events.length) throw new Error('No events: the dataset has no extent');
  let { start, end } = dateSpan(events[0]!.date);
  for (const event of events) {
    const first = dateSpan(event.date).start;
    const last = dateSpan(event.endDate ?? event.date).end;
    if (first < start) start = first;
    if (last > end) end = last;
  }
  return { start, end };
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
