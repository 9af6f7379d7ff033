/** The tariff timeline's view state (home page and its embed) and its URL parameters. */
import { EVENT_KINDS, type EventKind } from '../data/codes';
import {
  defaultView,
  listParam,
  readView,
  type ParamSpecs,
  type ViewRefinement,
} from '../url-state/params';
import { dayParam, refineDateRange } from '../url-state/day-param';

export const TIMELINE_COUNTRIES = ['MX', 'CA', 'CN'] as const;
export type TimelineCountry = (typeof TIMELINE_COUNTRIES)[number];

export interface TimelineView {
  /** Countries whose tariff lines show; empty means all. */
  country: TimelineCountry[];
  /** Kinds of event marked (tariff: announcement lines; others: the lane); empty means all. */
  kind: EventKind[];
  /** First day shown; empty means the start of the data. */
  from: string;
  /** Last day shown; empty means the end of the data. */
  to: string;
}

export const timelineViewParams: ParamSpecs<TimelineView> = {
  country: listParam(TIMELINE_COUNTRIES),
  kind: listParam(EVENT_KINDS),
  from: dayParam(),
  to: dayParam(),
};

export const refineTimelineView: ViewRefinement<TimelineView> = refineDateRange;

export const readTimelineView = (search: URLSearchParams, lang = 'en') =>
  readView(timelineViewParams, search, refineTimelineView, lang);
export const defaultTimelineView = (): TimelineView => defaultView(timelineViewParams);
