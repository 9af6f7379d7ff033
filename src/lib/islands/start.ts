import { hydrate, tick } from 'svelte';
import { settleLanguageFromAddress } from '$lib/i18n';
import { nextTask } from '$lib/islands/next-task';
import { propsOfParts, type IslandDefinition } from './definition';
import { islandHydrated } from './hydration';

/**
 * Hydrates an island (see ./names.ts) in the browser: the messages speak the address's language
 * (read once, as the server reads it from the request), and the props are the JSON the server
 * wrote beside it. Each part hydrates in a task of its own,
 * after the one that ran the script: several shorter tasks block the page less than one long one.
 * Then, in one more task, what waited for the whole island runs (the URL state is read), and the
 * page is marked as interactive (the browser tests wait for it).
 */
export async function startIsland<
  Props extends Record<string, unknown>,
  PartProps extends Record<string, unknown>,
>(island: IslandDefinition<Props, PartProps>) {
  const { name, parts } = island;
  settleLanguageFromAddress(location.pathname);
  const targets = parts.map((_, index) =>
    document.querySelector(`[data-island="${name}"][data-island-part="${index}"]`),
  );
  const propsJson = document.querySelector(`script[data-island-props="${name}"]`)?.textContent;
  const missing = targets.findIndex((target) => !target);
  if (missing >= 0 || propsJson == null) {
    throw new Error(
      `Island "${name}": the page has no ${propsJson == null ? 'props' : `element for part ${missing}`} for it`,
    );
  }
  const props = propsOfParts(island, JSON.parse(propsJson) as Props);
  for (const [index, component] of parts.entries()) {
    await nextTask();
    hydrate(component, { target: targets[index]!, props });
  }
  await nextTask();
  islandHydrated();
  await tick();
  document.documentElement.dataset.hydrated = 'true';
}
