/** The date parameters of the chart views (`from`, `to`); apart from params.ts so that pages without
 * dates do not load the date library. */
import { isCalendarDate } from '../dates/dates';
import { inLang } from '../i18n';
import * as m from '../paraglide/messages.js';
import type { ParamSpec } from './params';

/** A calendar day `YYYY-MM-DD` between 1990 and 2100; the empty string is the default ("auto"). */
export function dayParam(): ParamSpec<string> {
  return {
    defaultValue: '',
    expects: (lang) => m.expects_day({}, inLang(lang)),
    parse: (raw) =>
      /^\d{4}-\d{2}-\d{2}$/.test(raw) &&
      isCalendarDate(raw) &&
      raw >= '1990-01-01' &&
      raw <= '2100-12-31'
        ? raw
        : undefined,
    serialize: (value) => value,
  };
}

/** A reversed date range (`from` after `to`) falls back to all dates, with a notice naming it. */
export function refineDateRange<View extends { from: string; to: string }>(
  view: View,
  lang = 'en',
): { view: View; notice: string } | null {
  return view.from && view.to && view.from > view.to
    ? {
        view: { ...view, from: '', to: '' },
        notice: m.notice_range({ from: view.from, to: view.to }, inLang(lang)),
      }
    : null;
}
