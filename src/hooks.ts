import type { Reroute } from '@sveltejs/kit';
import { appPath } from '$lib/i18n';
import { isUntranslated } from '$lib/i18n/untranslated';

/** `/es/...` renders the same route as `/...`, in Spanish (the language comes from the address). */
export const reroute: Reroute = ({ url }) => {
  const path = appPath(url.pathname);
  // An untranslated file has no Spanish address: `/es/data/events.csv` stays unknown.
  return isUntranslated(path) ? url.pathname : path;
};
