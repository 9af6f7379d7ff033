/**
 * URL parameters that only embeds take, on top of their chart's own: `/embed/tariff-timeline?country=MX&theme=dark`
 * reads `country` as the full view does and `theme` as below. A rejected value falls back to its
 * default with a notice, as every other parameter does.
 */
import { enumParam, type ParamSpecs, type ViewRefinement } from './params';

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedView {
  /** The colour theme: light or dark, or auto (follow the reader's system setting). */
  theme: EmbedTheme;
}

export const embedParams: ParamSpecs<EmbedView> = {
  theme: enumParam(EMBED_THEMES, 'auto'),
};

/** A chart's parameters plus the embed's. */
export function withEmbedParams<View extends object>(
  specs: ParamSpecs<View>,
): ParamSpecs<View & EmbedView> {
  return { ...specs, ...embedParams } as ParamSpecs<View & EmbedView>;
}

/** A chart's cross-parameter check, keeping the embed's parameters as they were. */
export function withEmbedRefinement<View extends object>(
  refine: ViewRefinement<View> | undefined,
): ViewRefinement<View & EmbedView> | undefined {
  if (!refine) return undefined;
  return (view) => {
    const refined = refine(view);
    return refined ? { view: { ...view, ...refined.view }, notice: refined.notice } : null;
  };
}

/**
 * The id a Pym.js parent knows the frame by: Pym adds it to the frame's address as `childId` (with
 * `initialWidth`, `parentTitle` and `parentUrl`, which embeds ignore). Anything but a plain id is
 * ignored, since Pym builds a regular expression from it.
 */
export function pymChildId(search: URLSearchParams): string | null {
  const id = search.get('childId');
  return id && /^[\w.-]{1,100}$/.test(id) ? id : null;
}
