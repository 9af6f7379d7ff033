/** The timeline's suspension bands: one per suspended span, shared by the countries it pauses. */
import type { CountryCode } from '../data/schema';
import { dayEndMillis, dayToMillis, formatDate } from '../dates/dates';
import { inLang } from '../i18n';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';
import type { Suspension } from '../data/tariff-state';

export interface Band {
  start: number;
  /** Exclusive: the day after the last suspended day. */
  end: number;
  label: string;
  countries: CountryCode[];
  eventIds: string[];
  text: string;
}

/** The suspensions as bands, labelled in `lang`; suspensions of the same days share one. */
export function mergeBands(
  suspensions: { suspension: Suspension; country: CountryCode }[],
  lang: string,
): Band[] {
  const labels = labelsFor(lang);
  const bands = new Map<string, Band>();
  for (const { suspension, country } of suspensions) {
    const key = `${suspension.start}/${suspension.end}`;
    const band = bands.get(key) ?? {
      start: dayToMillis(suspension.start),
      end: dayEndMillis(suspension.end),
      label: labels.suspension(suspension.label),
      countries: [],
      eventIds: [],
      text: '',
    };
    if (!band.countries.includes(country)) band.countries.push(country);
    if (!band.eventIds.includes(suspension.eventId)) band.eventIds.push(suspension.eventId);
    band.text = m.tl_band(
      {
        label: band.label,
        countries: band.countries
          .map((c) => labels.country[c])
          .join(` ${m.tl_and({}, inLang(lang))} `),
        from: formatDate(suspension.start, 'day', lang),
        to: formatDate(suspension.end, 'day', lang),
      },
      inLang(lang),
    );
    bands.set(key, band);
  }
  return [...bands.values()];
}
