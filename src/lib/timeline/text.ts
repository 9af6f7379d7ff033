/** The tariff timeline's words, shared by the home page, its embed and its image, in either language. */
import type { CountryCode } from '../data/schema';
import { inLang } from '../i18n';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';

/**
 * The chart's title: its finding about Mexico, or, when the chosen countries leave Mexico out, what
 * the chart shows (a finding about a country not drawn would mislead). No countries means all.
 */
export function timelineTitle(lang = 'en', countries: readonly CountryCode[] = []): string {
  const options = inLang(lang);
  if (!countries.length || countries.includes('MX')) return m.tl_title({}, options);
  const names = countries.map((code) => labelsFor(lang).country[code]);
  return m.tl_title_without({ countries: names.join(` ${m.tl_and({}, options)} `) }, options);
}

export const timelineNote = (lang = 'en') => m.tl_note({}, inLang(lang));
