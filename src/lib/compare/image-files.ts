/**
 * The comparison images as SVG documents on the server: CompareImage.svelte rendered by
 * svelte/server, for the images written at build time. (The downloads draw the same component in
 * the browser: ./image-downloads.ts.)
 */
import { render } from 'svelte/server';
import { withoutComments } from '../charts/svg-markup';
import CompareImage, { type CompareImageProps } from './CompareImage.svelte';

export const compareImageSvg = (props: CompareImageProps): string =>
  withoutComments(render(CompareImage, { props }).body);
