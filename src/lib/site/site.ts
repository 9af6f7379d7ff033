import { inLang } from '../i18n';
import { plural } from '../i18n/plural';
import * as m from '../paraglide/messages.js';

/** What every page's data holds besides its own (the root layout's load). */
export interface SiteData {
  datasetVersion: string;
  sourceCount: number;
}

/** What follows the site's name in the credit: "dataset v1.2.0, from 5 news articles". */
export const creditRest = (version: string, sourceCount: number, lang = 'en') =>
  plural(
    sourceCount,
    { one: m.credit_rest_one, other: m.credit_rest_other },
    { version, count: sourceCount },
    lang,
  );

/** The one-line credit under every chart, embed and image, in `lang`. */
export const creditLine = (version: string, sourceCount: number, lang = 'en') =>
  `${m.source_label({}, inLang(lang))} ${m.site_name({}, inLang(lang))}, ${creditRest(version, sourceCount, lang)}`;
