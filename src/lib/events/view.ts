/** The /events table's view state and its URL parameters. */
import { COUNTRY_CODES, EVENT_KINDS, type CountryCode, type EventKind } from '../data/codes';
import {
  defaultView,
  enumParam,
  listParam,
  readView,
  textParam,
  writeView,
  type ParamSpecs,
  type ViewRefinement,
} from '../url-state/params';
import { dayParam, refineDateRange } from '../url-state/day-param';

export const EVENT_SORT_KEYS = ['date', 'actor', 'kind', 'title', 'number'] as const;
export type EventSortKey = (typeof EVENT_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface EventsView {
  /** Kinds shown; empty means all. */
  kind: EventKind[];
  /** Acting countries shown; empty means all. */
  actor: CountryCode[];
  /** Countries involved (acting, targeted or tariffed); empty means all. */
  country: CountryCode[];
  /** First day shown (an event counts when its span or month reaches it); empty means all. */
  from: string;
  /** Last day shown; empty means all. */
  to: string;
  q: string;
  sort: EventSortKey;
  dir: SortDirection;
}

export const eventsViewParams: ParamSpecs<EventsView> = {
  kind: listParam(EVENT_KINDS),
  actor: listParam(COUNTRY_CODES),
  country: listParam(COUNTRY_CODES),
  from: dayParam(),
  to: dayParam(),
  q: textParam(100),
  sort: enumParam(EVENT_SORT_KEYS, 'date'),
  dir: enumParam(['asc', 'desc'] as const, 'asc'),
};

/** A reversed date range falls back to all dates, as on the timeline. */
export const refineEventsView: ViewRefinement<EventsView> = refineDateRange;

export const readEventsView = (search: URLSearchParams, lang = 'en') =>
  readView(eventsViewParams, search, refineEventsView, lang);
export const writeEventsView = (view: EventsView) => writeView(eventsViewParams, view);
export const defaultEventsView = (): EventsView => defaultView(eventsViewParams);
