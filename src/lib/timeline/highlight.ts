/**
 * `?highlight=<event id>` (several joined by `~`): the events the timeline puts the emphasis on. Their
 * markers are ringed (announcement lines drawn solid and dark), the other events dimmed, and a callout
 * names each with its date. The parameter is read as text; the ids are checked against the data by
 * the view's refinement, which keeps the known ones shown in the view and gives a notice for the rest.
 */
import { dayToMillis, formatDate } from '../dates/dates';
import { viewRange } from '../data/extent';
import { inLang } from '../i18n';
import { plural } from '../i18n/plural';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';
import { echo, type ParamSpec } from '../url-state/params';
import type { TimelineData, TimelineEvent } from './data';

/** At most this many events are highlighted at once: more would be no emphasis at all. */
export const MAX_HIGHLIGHTS = 5;

/** How an event is drawn: ringed, dimmed (another event is highlighted) or as usual (none is). */
export type Emphasis = 'highlighted' | 'dimmed' | 'normal';

/** What the chart writes beside a highlighted event: its title and its date. */
export interface Callout {
  eventId: string;
  /** The event's day on the time axis, in milliseconds. */
  x: number;
  title: string;
  date: string;
}

/** Up to MAX_HIGHLIGHTS distinct `~`-separated ids, as given (the data decides which exist). */
export function highlightParam(): ParamSpec<string[]> {
  return {
    defaultValue: [],
    expects: (lang) =>
      plural(
        MAX_HIGHLIGHTS,
        { one: m.expects_highlight_one, other: m.expects_highlight_other },
        { max: MAX_HIGHLIGHTS },
        lang,
      ),
    parse(raw) {
      const ids = [...new Set(raw.split('~').filter(Boolean))];
      return ids.length && ids.length <= MAX_HIGHLIGHTS ? ids : undefined;
    },
    serialize: (value) => value.join('~'),
  };
}

interface ShownView {
  country: readonly string[];
  kind: readonly string[];
  from: string;
  to: string;
}

/** Why the chart of `view` does not draw `event`: its date, its countries or its kind; null if it does. */
export function whyHidden(
  event: TimelineEvent,
  view: ShownView,
  data: Pick<TimelineData, 'extent'>,
): 'dates' | 'country' | 'kind' | null {
  const { from, to } = viewRange(view, data.extent);
  if (view.kind.length && !view.kind.includes(event.kind)) return 'kind';
  if (view.country.length && !event.countries.some((c) => view.country.includes(c))) {
    return 'country';
  }
  return event.plotDay < from || event.plotDay > to ? 'dates' : null;
}

const eventsById = (data: Pick<TimelineData, 'announcements' | 'lane'>) =>
  new Map([...data.announcements, ...data.lane].map((event) => [event.id, event]));

/**
 * The refinement of a timeline view's highlight against the data: ids of no event are dropped with a
 * notice naming them; so is each known event the view does not show, with a notice saying why.
 */
export function refineHighlight<View extends ShownView & { highlight: string[] }>(
  data: Pick<TimelineData, 'announcements' | 'lane' | 'extent'>,
) {
  return (view: View, lang = 'en'): { view: View; notice: string[] } | null => {
    if (!view.highlight.length) return null;
    const options = inLang(lang);
    const events = eventsById(data);
    const unknown = view.highlight.filter((id) => !events.has(id));
    const notice = unknown.length
      ? [m.notice_highlight_unknown({ value: echo(unknown.join('~')) }, options)]
      : [];
    const kept = view.highlight.filter((id) => {
      const event = events.get(id);
      const why = event ? whyHidden(event, view, data) : null;
      if (event && why) {
        const params = { title: event.title, date: event.dateLabel };
        notice.push(
          why === 'dates'
            ? m.notice_highlight_dates(
                {
                  ...params,
                  from: formatDate(viewRange(view, data.extent).from, 'day', lang),
                  to: formatDate(viewRange(view, data.extent).to, 'day', lang),
                },
                options,
              )
            : why === 'country'
              ? m.notice_highlight_country(params, options)
              : m.notice_highlight_kind(
                  { ...params, kind: labelsFor(lang).kind[event.kind] },
                  options,
                ),
        );
      }
      return event !== undefined && why === null;
    });
    return notice.length ? { view: { ...view, highlight: kept }, notice } : null;
  };
}

/** How each drawn event is emphasised, and the callouts of the highlighted ones, in drawing order. */
export function highlightOf(highlight: readonly string[], drawn: readonly TimelineEvent[]) {
  const ids = new Set(highlight);
  const shown = drawn.filter((event) => ids.has(event.id));
  const emphasis = (event: TimelineEvent): Emphasis =>
    !shown.length ? 'normal' : ids.has(event.id) ? 'highlighted' : 'dimmed';
  const callouts: Callout[] = shown
    .map((event) => ({
      eventId: event.id,
      x: dayToMillis(event.plotDay),
      title: event.title,
      date: event.dateLabel,
    }))
    .sort((a, b) => a.x - b.x);
  return { emphasis, callouts };
}

/** The sentence the chart's summary and alt text end with: which events are highlighted, if any. */
export function highlightSentence(callouts: readonly Callout[], lang = 'en'): string {
  if (!callouts.length) return '';
  const events = callouts.map((c) => m.tl_highlight_event(c, inLang(lang)));
  return ` ${m.tl_highlighted({ events: labelsFor(lang).list.format(events) }, inLang(lang))}`;
}
