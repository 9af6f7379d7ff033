/**
 * An embed's view state: its chart's URL parameters (read exactly as on the full view) plus the
 * embed's own (`theme`, `lang`), kept in the frame's address by `createUrlView`. Applies the theme to
 * the document once the address has been read, and gives the full view's query string for the link
 * back. `lang` naming another language sends the frame to that language's embed.
 */
import { BROWSER } from 'esm-env';
import { currentLang } from '../i18n';
import { afterIslandHydration } from '../islands/hydration';
import {
  embedLanguageHref,
  withEmbedParams,
  withEmbedRefinement,
  type EmbedTheme,
  type EmbedView,
} from './params';
import { queryString, writeView, type ParamSpecs, type ViewRefinement } from '../url-state/params';
import { createUrlView } from '../url-state/url-view.svelte';
import type { EmbedChartName } from './snippet';

export interface EmbedViewState<View> {
  readonly view: View & EmbedView;
  readonly notices: string[];
  /** The chart's parameters only (no `theme` or `lang`): `?country=MX`, or the empty string. */
  readonly chartQuery: string;
}

/** `light` and `dark` force the theme; `auto` leaves it to the reader's system setting. */
export function applyTheme(theme: EmbedTheme) {
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** The view of embed `chart`, whose parameters are `specs` (checked together by `refine`). */
export function createEmbedView<View extends object>(
  chart: EmbedChartName,
  specs: ParamSpecs<View>,
  refine?: ViewRefinement<View>,
): EmbedViewState<View> {
  // Before anything reads or rewrites the address: a full load, so the page is built in its language.
  const languageHref = BROWSER ? embedLanguageHref(chart, location.href, currentLang()) : null;
  if (languageHref) location.replace(languageHref);
  const state = createUrlView(withEmbedParams(specs), withEmbedRefinement(refine));
  // Registered after createUrlView's own, so the view has been read from the address.
  afterIslandHydration(() => applyTheme(state.view.theme));

  return {
    get view() {
      return state.view;
    },
    get notices() {
      return state.notices;
    },
    get chartQuery() {
      return queryString(writeView(specs, state.view));
    },
  };
}
