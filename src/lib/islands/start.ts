import { hydrate, tick, type Component } from 'svelte';
import { languageOfPath } from '$lib/i18n';
import { nextTask } from '$lib/charts/next-task';
import { setLanguageTag } from '$lib/paraglide/runtime.js';
import type { IslandName } from './names';

/**
 * Hydrates an island (see ./names.ts) in the browser: the messages speak the address's language,
 * and the props are the JSON the server wrote beside it. Hydrates in a task of its own, after the
 * one that ran the script: two shorter tasks block the page less than one long one. Marks the page
 * as interactive once the island has read its URL state (the browser tests wait for it).
 */
export async function startIsland<Props extends Record<string, unknown>>(
  name: IslandName,
  component: Component<Props>,
) {
  setLanguageTag(languageOfPath(location.pathname));
  const target = document.querySelector(`[data-island="${name}"]`);
  const propsJson = document.querySelector(`script[data-island-props="${name}"]`)?.textContent;
  if (!target || propsJson == null) {
    throw new Error(`Island "${name}": the page has no element or props for it`);
  }
  await nextTask();
  hydrate(component, { target, props: JSON.parse(propsJson) as Props });
  await tick();
  document.documentElement.dataset.hydrated = 'true';
}
