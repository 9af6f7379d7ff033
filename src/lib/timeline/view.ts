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
import { highlightParam } from '../charts/highlight';
import { refineHighlight } from './highlight';
import { TIMELINE_COUNTRIES, type TimelineCountry, type TimelineData } from './data';

export interface TimelineView {
  /** Countries whose tariff lines show; empty means all. */
  country: TimelineCountry[];
  /** Kinds of event marked (tariff: announcement lines; others: the lane); empty means all. */
  kind: EventKind[];
  /** First day shown; empty means the start of the data. */
  from: string;
  /** Last day shown; empty means the end of the data. */
  to: string;
  /** Ids of the events the chart puts the emphasis on (see ./highlight.ts); empty means none. */
  highlight: string[];
}

export const timelineViewParams: ParamSpecs<TimelineView> = {
  country: listParam(TIMELINE_COUNTRIES),
  kind: listParam(EVENT_KINDS),
  from: dayParam(),
  to: dayParam(),
  highlight: highlightParam(),
};

/** A reversed date range falls back to all dates; then the highlight is checked against the data. */
export function timelineRefinement(
  data: Pick<TimelineData, 'announcements' | 'lane' | 'extent'>,
): ViewRefinement<TimelineView> {
  const highlight = refineHighlight<TimelineView>(data);
  return (view, lang) => {
    const range = refineDateRange(view, lang);
    const checked = highlight(range?.view ?? view, lang);
    if (!range && !checked) return null;
    return {
      view: checked?.view ?? range!.view,
      notice: [...(range ? [range.notice] : []), ...(checked?.notice ?? [])],
    };
  };
}

/** The checks that need no data (the date range): what a reader of the URL alone can apply. */
export const refineTimelineView: ViewRefinement<TimelineView> = refineDateRange;

export const readTimelineView = (
  search: URLSearchParams,
  lang = 'en',
  data?: Pick<TimelineData, 'announcements' | 'lane' | 'extent'>,
) =>
  readView(timelineViewParams, search, data ? timelineRefinement(data) : refineTimelineView, lang);
export const defaultTimelineView = (): TimelineView => defaultView(timelineViewParams);
