/** The tariff timeline's words, shared by the home page, its embed and its image, in English and Spanish. */
import type { CountryCode } from '../data/schema';
import { inLang } from '../i18n/tag';
import { labelsFor } from '../labels';
import * as m from '../paraglide/messages.js';

const TEXT = {
  en: {
    title: "Mexico's 25% tariff took effect after one pause; the 30% never did",
    titleWithout: (countries: string) => `U.S. tariffs on ${countries}, threatened and in effect`,
    note:
      'Note: from 7 Mar 2025 the rates on Mexico and Canada apply to goods outside the USMCA only. ' +
      'Hollow markers: only the month is known (drawn mid-month). ' +
      "After a country's last dated step its status is unknown: its line ends at a dot.",
  },
  es: {
    title: 'El arancel de 25% a México entró en vigor tras una pausa; el de 30% nunca',
    titleWithout: (countries: string) =>
      `Aranceles de EU a ${countries}: amenazas y tasas en vigor`,
    note:
      'Nota: desde el 7 mar 2025 las tasas a México y Canadá solo aplican a bienes fuera del T-MEC. ' +
      'Marcadores huecos: solo se conoce el mes (se dibujan a mediados de mes). ' +
      'Tras el último cambio fechado de un país su estatus es desconocido: su línea acaba en un punto.',
  },
};

/**
 * The chart's title: its finding about Mexico, or, when the chosen countries leave Mexico out, what
 * the chart shows (a finding about a country not drawn would mislead). No countries means all.
 */
export function timelineTitle(lang = 'en', countries: readonly CountryCode[] = []): string {
  const text = lang === 'es' ? TEXT.es : TEXT.en;
  if (!countries.length || countries.includes('MX')) return text.title;
  const names = countries.map((code) => labelsFor(lang).country[code]);
  return text.titleWithout(names.join(` ${m.tl_and({}, inLang(lang))} `));
}
export const timelineNote = (lang = 'en') => (lang === 'es' ? TEXT.es : TEXT.en).note;

export const TIMELINE_TITLE = TEXT.en.title;
