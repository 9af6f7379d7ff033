import { hydrate, tick, type Component } from 'svelte';
import { languageOfPath } from '$lib/i18n';
import { setLanguageTag } from '$lib/paraglide/runtime.js';
import type { IslandName } from './names';

/**
 * Hydrates an island (see ./names.ts) in the browser: the messages speak the address's language,
 * and the props are the JSON the server wrote beside it. Marks the page as interactive once the
 * island has read its URL state (the browser tests wait for it).
 */
export function startIsland<Props extends Record<string, unknown>>(
  name: IslandName,
  component: Component<Props>,
) {
  setLanguageTag(languageOfPath(location.pathname));
  const target = document.querySelector(`[data-island="${name}"]`);
  const propsJson = document.querySelector(`script[data-island-props="${name}"]`)?.textContent;
  if (!target || propsJson == null) {
    throw new Error(`Island "${name}": the page has no element or props for it`);
  }
  hydrate(component, { target, props: JSON.parse(propsJson) as Props });
  void tick().then(() => (document.documentElement.dataset.hydrated = 'true'));
}
