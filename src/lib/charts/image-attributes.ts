/**
 * The presentation attributes the SVG charts carry when drawn as a standalone image (a download or
 * a build-time file), where no page stylesheet applies: the colours of a theme written in, and the
 * sizes the page's CSS gives. On the page every set is empty, and the components' CSS draws them.
 */
import type { EventKind } from '../data/codes';
import { kindColour, kindInk, type Theme } from './palette';
import { CHART_CHROME } from './theme';

type Attributes = Record<string, string | number>;

export interface ChartAttributes {
  axisTitle: Attributes;
  seriesLabel: Attributes;
  tick: Attributes;
  grid: Attributes;
  axis: Attributes;
  rowLabel: Attributes;
  keyLabel: Attributes;
  band: Attributes;
  range: Attributes;
  /** The ring round a paired response: solid, or dashed when the pair is by date only. */
  ring: (dashed: boolean) => Attributes;
  marker: (kind: EventKind, imprecise: boolean) => Attributes;
  bar: (kind: EventKind) => Attributes;
  /** A highlighted event's: the ring round its mark, its callout and the line leading to it. */
  halo: Attributes;
  callout: Attributes;
  leader: Attributes;
}

const none = () => ({});

/** The page's: its CSS draws everything. */
export const PAGE_ATTRIBUTES: ChartAttributes = {
  axisTitle: {},
  seriesLabel: {},
  tick: {},
  grid: {},
  axis: {},
  rowLabel: {},
  keyLabel: {},
  band: {},
  range: {},
  ring: none,
  marker: none,
  bar: none,
  halo: {},
  callout: {},
  leader: {},
};

/** An image's in `theme`, as the page's CSS draws it (CompareChartSvg.svelte, IndexChartSvg.svelte). */
export function imageAttributes(theme: Theme): ChartAttributes {
  const chrome = CHART_CHROME[theme];
  const [kind, ink] = [kindColour(theme), kindInk(theme)];
  return {
    axisTitle: { 'font-size': 12, 'font-weight': 600, fill: chrome.muted },
    seriesLabel: { 'font-size': 12, 'font-weight': 600, fill: chrome.text },
    tick: { 'font-size': 11, fill: chrome.muted },
    grid: { stroke: chrome.grid, 'stroke-width': 0.5 },
    axis: { stroke: chrome.muted },
    rowLabel: { 'font-size': 12, fill: chrome.text },
    keyLabel: { 'font-size': 11, fill: chrome.text },
    band: { fill: chrome.band },
    range: { stroke: chrome.muted, 'stroke-width': 2 },
    ring: (dashed) => ({
      fill: 'none',
      'stroke-width': 1.3,
      ...(dashed ? { stroke: chrome.muted, 'stroke-dasharray': '2.5 2' } : { stroke: chrome.text }),
    }),
    marker: (eventKind, imprecise) => ({
      fill: imprecise ? chrome.background : kind(eventKind),
      stroke: ink(eventKind),
      'stroke-width': imprecise ? 2 : 1,
    }),
    bar: (barKind) => ({ fill: kind(barKind) }),
    halo: { fill: 'none', stroke: chrome.text, 'stroke-width': 2.5 },
    callout: {
      'font-size': 12,
      'font-weight': 600,
      fill: chrome.text,
      stroke: chrome.background,
      'stroke-width': 3,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    leader: { stroke: chrome.text, 'stroke-width': 1 },
  };
}
