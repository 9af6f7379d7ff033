/**
 * `?highlight=<event id>` (several joined by `~`), which a chart with event marks takes: the events
 * it puts the emphasis on, ringed, with the others dimmed and a callout naming each. The parameter is
 * read as text; each chart's view checks the ids against its data (`checkHighlight`), keeping those it
 * draws and giving a notice for the rest.
 */
import { inLang } from '../i18n';
import { plural } from '../i18n/plural';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';
import { echo, type ParamSpec } from '../url-state/params';

/** At most this many events are highlighted at once: more would be no emphasis at all. */
export const MAX_HIGHLIGHTS = 5;

/** How an event is drawn: ringed, dimmed (another event is highlighted) or as usual (none is). */
export type Emphasis = 'highlighted' | 'dimmed' | 'normal';

/** An event as a highlight names it: its title and its date as written. */
export interface HighlightedEvent {
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

/**
 * The ids of `highlight` a chart draws. Ids of no event the chart knows (`known` says which) are
 * dropped with one notice naming them (`unknownNotice`, by default "no event has that id"); so is each
 * known event the view does not draw, with the notice `hidden` gives for it (null when it is drawn).
 */
export function checkHighlight(
  highlight: readonly string[],
  known: (id: string) => boolean,
  hidden: (id: string) => string | null,
  lang = 'en',
  unknownNotice = m.notice_highlight_unknown,
): { kept: string[]; notice: string[] } {
  const unknown = highlight.filter((id) => !known(id));
  const notice: string[] = unknown.length
    ? [unknownNotice({ value: echo(unknown.join('~')) }, inLang(lang))]
    : [];
  const kept = highlight.filter((id) => {
    if (!known(id)) return false;
    const why = hidden(id);
    if (why) notice.push(why);
    return why === null;
  });
  return { kept, notice };
}

/** The sentence a chart's summary and alt text end with: which events are highlighted, if any. */
export function highlightSentence(events: readonly HighlightedEvent[], lang = 'en'): string {
  if (!events.length) return '';
  const named = events.map((event) => m.highlight_event(event, inLang(lang)));
  return ` ${m.highlighted({ events: labelsFor(lang).list.format(named) }, inLang(lang))}`;
}
