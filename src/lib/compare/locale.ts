/**
 * The comparison's words and numbers in one language. Pure modules take `lang` and pass these on,
 * never reading the page's language, so the build-time images and tests can ask for either.
 */
import { inLang } from '../i18n';
import { plural } from '../i18n/plural';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';
import type { ConcessionStep } from './comparison';
import type { PairBasis } from './pairing';

export const formatNumber = (value: number, lang: string) => labelsFor(lang).number.format(value);

/** "3 of 12 (25%)", or a dash when there is nothing to count. */
export function formatShare(part: number, whole: number, lang: string): string {
  if (!whole) return '—';
  const percent = labelsFor(lang).percent.format(part / whole);
  return m.compare_share(
    { part: formatNumber(part, lang), whole: formatNumber(whole, lang), percent },
    inLang(lang),
  );
}

/** "40 of 5,000 threats drawn: the latest ones." when a chart draws only some rows, else null. */
export function cappedRowsNote(drawn: number, total: number, lang: string): string | null {
  if (drawn === total) return null;
  const counts = { drawn: formatNumber(drawn, lang), total: formatNumber(total, lang) };
  const forms = { one: m.compare_chart_capped_one, other: m.compare_chart_capped_other };
  return plural(drawn, forms, counts, lang);
}

/** How a pair was made: "stated by the source" or "by date only". */
export const basisLabel = (basis: PairBasis, lang: string) =>
  basis === 'stated'
    ? m.compare_basis_stated({}, inLang(lang))
    : m.compare_basis_window({}, inLang(lang));

/** The U.S. tariff a concession faced: "25% in effect; 30% suspended", or unknown after the data. */
export function tariffAtTheTime(
  { tariffInEffect, tariffPending }: Pick<ConcessionStep, 'tariffInEffect' | 'tariffPending'>,
  lang: string,
): string {
  const options = inLang(lang);
  if (tariffInEffect === null) return m.compare_tariff_unknown({}, options);
  const statuses = labelsFor(lang).status;
  const rate = (value: number, status: string) =>
    m.compare_tariff_rate({ rate: formatNumber(value, lang), status }, options);
  const inEffect = rate(tariffInEffect, statuses.imposed);
  if (!tariffPending) return inEffect;
  return `${inEffect}; ${rate(tariffPending.rate, statuses[tariffPending.status])}`;
}
