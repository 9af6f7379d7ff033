/** Dates inside a sentence, with the preposition their precision takes. */
import { formatDate, type DatePrecision, type DateStyle } from './dates';
import { inLang } from '../i18n';
import * as m from '../paraglide/messages.js';

/**
 * A date as `formatDate` writes it, after "on"/"el" when it names a day and "in"/"en" when it names
 * only a month: "on 3 Feb 2025", "in May 2025"; "el 3 feb 2025", "en may 2025" (in prose "el 3 de
 * febrero de 2025"). An approximate date stands alone after its "c."/"aprox." ("published c. 28 Feb
 * 2025"): "on c." reads as a slip.
 */
export function dateWithPreposition(
  date: string,
  precision: DatePrecision = 'day',
  lang = 'en',
  style: DateStyle = 'table',
): string {
  const text = formatDate(date, precision, lang, style);
  if (precision === 'approximate') return text;
  const namesDay = date.length === 10 && precision !== 'month';
  return namesDay
    ? m.date_on_day({ date: text }, inLang(lang))
    : m.date_in_month({ date: text }, inLang(lang));
}
