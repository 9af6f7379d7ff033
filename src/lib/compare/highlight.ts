/**
 * The threats-and-responses chart's highlight (`?highlight=`, ../charts/highlight.ts): a highlighted
 * threat's row or response's dot is ringed, with a callout under its row naming it; the threats and
 * responses paired with it keep their colour, and the rest of the chart is dimmed.
 */
import { inLang } from '../i18n';
import * as m from '../paraglide/messages.js';
import { checkHighlight, type Emphasis, type HighlightedEvent } from '../charts/highlight';
import type { ViewRefinement } from '../url-state/params';
import { refineDateRange } from '../url-state/day-param';
import { compareColumns } from './columns';
import type { ComparisonData } from './comparison';
import type { ComparisonView, ThreatRow } from './comparison-view';
import type { CompareView } from './view';
import { tenth } from '../charts/utc-axis';
import { charactersIn, shortLabel, textWidth } from './short-label';

/** The callouts' type size, and the step from one callout's line to the next. */
const CALLOUT_FONT = 12;
export const CALLOUT_LINE = 15;

/**
 * The view's checks against the data: a reversed date range falls back to all dates, then the
 * highlight keeps the threats and responses the chart draws, with a notice for each other id.
 */
export function compareRefinement(
  comparisons: readonly ComparisonData[],
): ViewRefinement<CompareView> {
  return (view, lang = 'en') => {
    const range = refineDateRange(view, lang);
    const ranged = range?.view ?? view;
    const checked = ranged.highlight.length
      ? checkCompareHighlight(comparisons, ranged, lang)
      : null;
    if (!range && !checked?.notice.length) return null;
    return {
      view: checked ? { ...ranged, highlight: checked.kept } : ranged,
      notice: [...(range ? [range.notice] : []), ...(checked?.notice ?? [])].flat(),
    };
  };
}

/** The pressure index marks no single event: its view drops a highlight, with a notice. */
export const refinePressureIndexView: ViewRefinement<CompareView> = (view, lang = 'en') => {
  const range = refineDateRange(view, lang);
  const ranged = range?.view ?? view;
  if (!ranged.highlight.length) return range;
  return {
    view: { ...ranged, highlight: [] },
    notice: [...(range ? [range.notice] : []), m.notice_highlight_index({}, inLang(lang))].flat(),
  };
};

function checkCompareHighlight(
  comparisons: readonly ComparisonData[],
  view: CompareView,
  lang: string,
) {
  const events = new Map(
    comparisons.flatMap((c) => [...c.threats, ...c.responses]).map((e) => [e.id, e]),
  );
  const drawn = new Set<string>();
  for (const column of compareColumns(comparisons, view)) {
    for (const { threat, pairs } of column.view.rows) {
      drawn.add(threat.id);
      for (const pair of pairs) drawn.add(pair.responseId);
    }
  }
  const hidden = (id: string) => {
    if (drawn.has(id)) return null;
    const event = events.get(id)!;
    return m.notice_highlight_not_drawn(
      { title: event.title, date: event.dateLabel },
      inLang(lang),
    );
  };
  return checkHighlight(
    view.highlight,
    (id) => events.has(id),
    hidden,
    lang,
    m.notice_highlight_not_compared,
  );
}

/**
 * How each row's threat and each dot's response is drawn. A highlighted event is ringed; the events
 * paired with one keep their colour; with any highlight drawn, every other is dimmed.
 */
export function compareEmphasis(highlight: readonly string[], rows: readonly ThreatRow[]) {
  const ids = new Set(highlight);
  const rowLit = (row: ThreatRow) =>
    ids.has(row.threat.id) || row.pairs.some((pair) => ids.has(pair.responseId));
  const any = ids.size > 0 && rows.some(rowLit);
  const rest: Emphasis = any ? 'dimmed' : 'normal';
  return {
    threat: (row: ThreatRow): Emphasis =>
      ids.has(row.threat.id) ? 'highlighted' : rowLit(row) ? 'normal' : rest,
    response: (row: ThreatRow, responseId: string): Emphasis =>
      ids.has(responseId) ? 'highlighted' : ids.has(row.threat.id) ? 'normal' : rest,
  };
}

/** The events of `highlight` the chart of `view` draws, in its order: threats and paired responses. */
export function highlightedEvents(
  view: ComparisonView,
  highlight: readonly string[],
): HighlightedEvent[] {
  const ids = new Set(highlight);
  const named = new Map<string, HighlightedEvent>();
  const name = (event: { id: string; title: string; dateLabel: string }) => {
    if (ids.has(event.id)) named.set(event.id, { title: event.title, date: event.dateLabel });
  };
  for (const { threat, pairs } of view.rows) {
    name(threat);
    for (const pair of pairs) name(view.responses[pair.responseIndex]!);
  }
  return [...named.values()];
}

/**
 * A highlighted event's mark, ringed (radius `r`); the first time the chart draws it, its title and
 * date too, on a line under its row, led to by a line from the ring.
 */
export interface PlacedHighlight {
  eventId: string;
  x: number;
  y: number;
  r: number;
  callout: { x: number; y: number; text: string } | null;
}

/**
 * The highlighted marks of a row; the ones not called out yet (`calledOut`) get a line each from `top`
 * down, as near their mark as the room between `left` and `right` lets them.
 */
export function placeHighlights(
  marks: {
    eventId: string;
    x: number;
    y: number;
    r: number;
    event: { title: string; dateLabel: string };
  }[],
  calledOut: Set<string>,
  top: number,
  { left, right }: { left: number; right: number },
): PlacedHighlight[] {
  const characters = charactersIn(right - left, CALLOUT_FONT);
  let line = 0;
  return marks.map(({ event, ...mark }) => {
    if (calledOut.has(mark.eventId)) return { ...mark, callout: null };
    calledOut.add(mark.eventId);
    // As the rows are labelled: the date whole, then as much of the title as fits.
    const date = `${event.dateLabel} · `;
    const text = date + shortLabel(event.title, characters - date.length);
    const x = Math.max(left, Math.min(mark.x - 4, right - textWidth(text, CALLOUT_FONT)));
    const y = tenth(top + 12 + line++ * CALLOUT_LINE);
    return { ...mark, callout: { x: tenth(x), y, text } };
  });
}
