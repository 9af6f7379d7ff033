/** The comparison charts' SVG downloads, drawn in the browser by the components of the page. */
import { mountedSvg } from '../charts/svg-markup';
import CompareImage from './CompareImage.svelte';
import { pressureIndexImage, threatsResponsesImage } from './images';

export const threatsResponsesSvg = (...args: Parameters<typeof threatsResponsesImage>) =>
  mountedSvg(CompareImage, threatsResponsesImage(...args));

export const pressureIndexSvg = (...args: Parameters<typeof pressureIndexImage>) =>
  mountedSvg(CompareImage, pressureIndexImage(...args));
