/**
 * The terms of reuse, in one place for every page and file that states them (the data page, the
 * data package, the JSON download, the citation, the release feed): the data, our own work, under
 * CC BY 4.0; the quotes, short excerpts of articles that stay their publishers' copyright; the
 * code under MIT (the LICENSE file).
 */
import { inLang } from '../i18n';
import * as m from '../paraglide/messages.js';

/** The data's licence as a Frictionless `licenses` entry: SPDX id, address and title. */
export const DATA_LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: m.licence_title({}, { locale: 'en' }),
} as const;

/** The licence's full name in `lang`. */
export const dataLicenceTitle = (lang: string): string => m.licence_title({}, inLang(lang));

/** The short name readers know it by. */
export const DATA_LICENCE_SHORT = 'CC BY 4.0';

/** The code's licence, as the LICENSE file at the repository's root states it. */
export const CODE_LICENCE = {
  name: 'MIT',
  path: 'https://opensource.org/license/mit',
  title: 'MIT License',
} as const;

/** The licence's deed in the reader's language (Creative Commons translates it into Spanish). */
export const dataLicenceUrl = (lang: string): string =>
  lang === 'es' ? `${DATA_LICENCE.path}deed.es` : DATA_LICENCE.path;

/** What the data's licence covers, in `lang`; the page links the licence apart. */
export const dataLicenceText = (lang = 'en'): string =>
  m.licence_data({ licence: DATA_LICENCE_SHORT }, inLang(lang));

/** The quotes' status: excerpts that stay their publishers' copyright, quoted to check each event. */
export const quotesNotice = (lang = 'en'): string => m.licence_quotes({}, inLang(lang));

/** Both in plain text, with the licence's address, for files and feeds. */
export const rightsStatement = (lang = 'en'): string =>
  `${m.licence_data({ licence: `${DATA_LICENCE_SHORT} (${dataLicenceUrl(lang)})` }, inLang(lang))} ${quotesNotice(lang)}`;
