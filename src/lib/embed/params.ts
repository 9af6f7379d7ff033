/**
 * URL parameters that only embeds take, on top of their chart's own: `/embed/tariff-timeline?country=MX&theme=dark`
 * reads `country` as the full view does and `theme` and `lang` as below. A rejected value falls back
 * to its default with a notice, as every other parameter does.
 */
import { embedUrl, type EmbedChartName } from './snippet';
import { inLang } from '../i18n';
import * as m from '../paraglide/messages.js';
import { isLocale, locales, type Locale } from '../paraglide/runtime.js';
import {
  enumParam,
  queryString,
  type ParamSpec,
  type ParamSpecs,
  type ViewRefinement,
} from '../url-state/params';

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** `query` (`?country=MX` or '') with `theme` set; `auto`, the default, is left out. */
export function withTheme(query: string, theme: EmbedTheme): string {
  const search = new URLSearchParams(query);
  search.delete('theme');
  if (theme !== 'auto') search.set('theme', theme);
  return queryString(search);
}

export interface EmbedView {
  /** The colour theme: light or dark, or auto (follow the reader's system setting). */
  theme: EmbedTheme;
  /** The language asked for (`lang=es`); empty means the page's own. */
  lang: Locale | '';
}

/** One of the site's languages; the empty string (the default) leaves the page's language. */
const langParam: ParamSpec<Locale | ''> = {
  defaultValue: '',
  expects: (lang) => m.expects_one_of({ values: locales.join(', ') }, inLang(lang)),
  parse: (raw) => (isLocale(raw) ? raw : undefined),
  serialize: (value) => value,
};

export const embedParams: ParamSpecs<EmbedView> = {
  theme: enumParam(EMBED_THEMES, 'auto'),
  lang: langParam,
};

/**
 * Where an embed asked for in another language lives: `/embed/tariff-timeline?lang=es&country=MX`
 * → `/es/embed/tariff-timeline?country=MX` (every other parameter kept, Pym's included), or null
 * when `lang` is absent, unknown or already the page's. The static host cannot redirect on a query
 * parameter, so the page does it. Built from the chart's name rather than from the path the page was
 * served at (from `//other.example/…` that would be another site's address), and only ever on the
 * page's own origin.
 */
export function embedLanguageHref(
  chart: EmbedChartName,
  href: string,
  pageLang: string,
): string | null {
  const url = new URL(href);
  const lang = url.searchParams.get('lang');
  if (!lang || lang === pageLang || !isLocale(lang)) return null;
  const search = new URLSearchParams(url.searchParams);
  search.delete('lang');
  const target = new URL(embedUrl('', chart, queryString(search), lang), url);
  return target.origin === url.origin ? `${target.pathname}${target.search}` : null;
}

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
  return (view, lang) => {
    const refined = refine(view, lang);
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
