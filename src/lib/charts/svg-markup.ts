/**
 * A Svelte component's SVG as a standalone document. In the browser the component is mounted off
 * the page and serialized as XML: an SVG file must be well-formed XML, which an HTML serialization
 * (`innerHTML`) is not. Svelte's markers of blocks (comments) are left out.
 */
import { flushSync, mount, unmount, type Component } from 'svelte';

export const withoutComments = (markup: string) => markup.replace(/<!--[\s\S]*?-->/g, '').trim();

export function mountedSvg<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
): string {
  const host = document.createElement('div');
  const instance = mount(component, { target: host, props });
  flushSync();
  const svg = new XMLSerializer().serializeToString(host.querySelector('svg')!);
  void unmount(instance);
  return withoutComments(svg);
}
