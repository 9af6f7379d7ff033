/** Everything the /events/[id] page shows about one event, resolved from the dataset. */
import type { Dataset, EventRecord, SourceRecord } from '../data/schema';
import { formatDate, formatDateRange } from '../dates/dates';

export interface EventLink {
  id: string;
  title: string;
  dateLabel: string;
}

export interface EventDetail {
  event: EventRecord;
  dateLabel: string;
  citations: { source: SourceRecord; publishedLabel: string; quote: string }[];
  /** The tariff measures' effective and end dates as written ("4 Mar 2025"), in measure order. */
  measureDates: { effective: string | null; until: string | null }[];
  respondsTo: EventLink[];
  respondedBy: EventLink[];
  previous: EventLink | null;
  next: EventLink | null;
}

export function eventLink(event: EventRecord, lang = 'en'): EventLink {
  return {
    id: event.id,
    title: event.title,
    dateLabel: formatDateRange(event.date, event.endDate, event.precision, lang),
  };
}

/** The detail of event `id`, or null when there is none. Previous and next follow dataset order. */
export function eventDetail(dataset: Dataset, id: string, lang = 'en'): EventDetail | null {
  const index = dataset.events.findIndex((event) => event.id === id);
  const event = dataset.events[index];
  if (!event) return null;
  const byId = new Map(dataset.events.map((e) => [e.id, e]));
  const sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
  const previous = dataset.events[index - 1];
  const next = dataset.events[index + 1];
  return {
    event,
    dateLabel: formatDateRange(event.date, event.endDate, event.precision, lang),
    citations: event.sources.flatMap(({ source, quote }) => {
      const record = sourcesById.get(source);
      return record
        ? [
            {
              source: record,
              publishedLabel: formatDate(record.published, record.precision, lang),
              quote,
            },
          ]
        : [];
    }),
    measureDates: (event.tariffs ?? []).map((m) => ({
      effective: m.effective ? formatDate(m.effective, 'day', lang) : null,
      until: m.until ? formatDate(m.until, 'day', lang) : null,
    })),
    respondsTo: (event.respondsTo ?? []).flatMap((targetId) => {
      const target = byId.get(targetId);
      return target ? [eventLink(target, lang)] : [];
    }),
    respondedBy: dataset.events
      .filter((e) => e.respondsTo?.includes(id))
      .map((e) => eventLink(e, lang)),
    previous: previous ? eventLink(previous, lang) : null,
    next: next ? eventLink(next, lang) : null,
  };
}
