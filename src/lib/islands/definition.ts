import type { Component } from 'svelte';
import type { IslandName } from './names';

/**
 * What an island is made of: one or more parts, each a Svelte root of its own that the browser
 * hydrates in a task of its own, in order. A long page hydrated as one root blocks the reader's input
 * for one long task; as several roots it blocks for several short ones. The parts are written to the
 * page one after another and share the island's one props element: `partProps` makes what every part
 * receives (a shared state, say) from those props, once on the server and once in the browser.
 */
export interface IslandDefinition<
  Props extends Record<string, unknown>,
  PartProps extends Record<string, unknown> = Props,
> {
  name: IslandName;
  parts: Component<PartProps>[];
  /** Defaults to passing the island's props to every part as they are. */
  partProps?: (props: Props) => PartProps;
}

export function propsOfParts<
  Props extends Record<string, unknown>,
  PartProps extends Record<string, unknown>,
>(island: IslandDefinition<Props, PartProps>, props: Props): PartProps {
  return island.partProps ? island.partProps(props) : (props as unknown as PartProps);
}
