/**
 * The timeline's highlight (`?highlight=`, ../charts/highlight.ts): the events it puts the emphasis on. Their
 * markers are ringed (announcement lines drawn solid and dark), the other events dimmed, and a callout
 * names each with its date. The parameter is read as text; the ids are checked against the data by
 * the view's refinement, which keeps the known ones shown in the view and gives a notice for the rest.
 */
import { dayToMillis, formatDate } from '../dates/dates';
import { viewRange } from '../data/extent';
import { inLang } from '../i18n';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';
import { checkHighlight, type Emphasis } from '../charts/highlight';
import type { TimelineData, TimelineEvent } from './data';

/** What the chart writes beside a highlighted event: its title and its date. */
export interface Callout {
  eventId: string;
  /** The event's day on the time axis, in milliseconds. */
  x: number;
  title: string;
  date: string;
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
    const hidden = (id: string) => {
      const event = events.get(id)!;
      const why = whyHidden(event, view, data);
      if (!why) return null;
      const params = { title: event.title, date: event.dateLabel };
      if (why === 'country') return m.notice_highlight_country(params, options);
      if (why === 'kind') {
        return m.notice_highlight_kind(
          { ...params, kind: labelsFor(lang).kind[event.kind] },
          options,
        );
      }
      const { from, to } = viewRange(view, data.extent);
      const range = { from: formatDate(from, 'day', lang), to: formatDate(to, 'day', lang) };
      return m.notice_highlight_dates({ ...params, ...range }, options);
    };
    const { kept, notice } = checkHighlight(view.highlight, (id) => events.has(id), hidden, lang);
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
