import * as m from './paraglide/messages.js';

export const SITE_NAME = 'Tariff Pressure Tracker';
export const SITE_TAGLINE =
  'U.S. tariff threats against Mexico, Canada and China, and what Mexico did in response';

/** The one-line credit under every chart, embed and image, in `lang` ('en' or 'es'). */
export function creditLine(version: string, sourceCount: number, lang = 'en') {
  const options = { languageTag: lang === 'es' ? ('es' as const) : ('en' as const) };
  return m.compare_credit({ site: m.site_name({}, options), version, count: sourceCount }, options);
}
