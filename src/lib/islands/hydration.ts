import { BROWSER } from 'esm-env';

const waiting: (() => void)[] = [];
let hydrated = false;

/**
 * Runs `callback` in the browser once every part of the page's island has hydrated (on the server,
 * never). What changes the view (reading the URL state, say) has to wait for it: a part hydrated
 * after the view changed would no longer match the prerendered HTML it takes over.
 */
export function afterIslandHydration(callback: () => void) {
  if (!BROWSER) return;
  if (hydrated) queueMicrotask(callback);
  else waiting.push(callback);
}

/** Called by the island's start script when its last part has hydrated. */
export function islandHydrated() {
  hydrated = true;
  for (const callback of waiting.splice(0)) callback();
}
