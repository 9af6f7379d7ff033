/**
 * A page's view state, kept in its URL. Prerendered HTML always shows the default view (a static file
 * cannot see its query string); after hydration and on every navigation the URL is read, rejected
 * parameters are reported as notices (in the page's language) and dropped from the address, and every change is written back
 * with `replaceState`, so the address bar is always a shareable link to the current view.
 */
import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { currentLang } from '../i18n';
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
  // The pathname is the current page's, already resolved against the base path.
  // eslint-disable-next-line svelte/no-navigation-without-resolve
  const writeUrl = () => replaceState(`${page.url.pathname}${query()}`, page.state);

  afterNavigate(({ to }) => {
    if (!to) return;
    const read = readView(specs, to.url.searchParams, refine, currentLang());
    view = read.view;
    notices = read.notices;
    if (read.notices.length) writeUrl();
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
