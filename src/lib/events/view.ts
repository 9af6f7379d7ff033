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
} from '../url-state/params';

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
  q: string;
  sort: EventSortKey;
  dir: SortDirection;
}

export const eventsViewParams: ParamSpecs<EventsView> = {
  kind: listParam(EVENT_KINDS),
  actor: listParam(COUNTRY_CODES),
  country: listParam(COUNTRY_CODES),
  q: textParam(100),
  sort: enumParam(EVENT_SORT_KEYS, 'date'),
  dir: enumParam(['asc', 'desc'] as const, 'asc'),
};

export const readEventsView = (search: URLSearchParams, lang = 'en') =>
  readView(eventsViewParams, search, undefined, lang);
export const writeEventsView = (view: EventsView) => writeView(eventsViewParams, view);
export const defaultEventsView = (): EventsView => defaultView(eventsViewParams);
