/**
 * A page's view state, kept in its URL. Prerendered HTML always shows the default view (a static file
 * cannot see its query string); once the page's whole island is hydrated the URL is read, rejected
 * parameters are reported as notices (in the page's language) and dropped from the address, and
 * every change is written back with `history.replaceState`, so the address bar is always a
 * shareable link to the current view (and the link to the other language carries it too).
 */
import { currentLang } from '../i18n';
import { afterIslandHydration } from '../islands/hydration';
import { keepViewInLanguageSwitch } from '../islands/language-switch';
import {
  defaultView,
  queryString,
  readView,
  writeView,
  type ParamSpecs,
  type ViewRefinement,
} from './params';

export interface UrlView<View> {
  readonly view: View;
  readonly notices: string[];
  update(patch: Partial<View>): void;
  /** Back to the default view. */
  reset(): void;
  /** The relative link (`?country=MX`) of the current view with `patch` applied. */
  query(patch?: Partial<View>): string;
}

export function createUrlView<View>(
  specs: ParamSpecs<View>,
  refine?: ViewRefinement<View>,
): UrlView<View> {
  let view = $state(defaultView(specs));
  let notices = $state<string[]>([]);

  const query = (patch: Partial<View> = {}) => queryString(writeView(specs, { ...view, ...patch }));
  const writeUrl = () => {
    history.replaceState(history.state, '', `${location.pathname}${query()}`);
    keepViewInLanguageSwitch();
  };

  afterIslandHydration(() => {
    // Read once and never changed: no reactive copy needed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const read = readView(specs, new URLSearchParams(location.search), refine, currentLang());
    view = read.view;
    notices = read.notices;
    if (read.notices.length) writeUrl();
    else keepViewInLanguageSwitch();
  });

  return {
    get view() {
      return view;
    },
    get notices() {
      return notices;
    },
    update(patch) {
      view = { ...view, ...patch };
      notices = [];
      writeUrl();
    },
    reset() {
      view = defaultView(specs);
      notices = [];
      writeUrl();
    },
    query,
  };
}
