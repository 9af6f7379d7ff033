import type { EventRecord } from '../data/schema';
import { inLang } from '../i18n';
import { labelsFor } from '../data/labels';
import * as m from '../paraglide/messages.js';

/**
 * The one number that matters in an event, for tables: its quantity ("10,000 troops", "10 million USD"), or its tariff
 * measures ("MX 25% threatened, CA 25% in effect"), in `lang`. Empty when it has neither.
 */
export function keyNumber(event: Pick<EventRecord, 'quantity' | 'tariffs'>, lang = 'en'): string {
  const labels = labelsFor(lang);
  if (event.quantity) {
    const { value, unit } = event.quantity;
    return unit === 'percent' ? `${labels.number.format(value)}%` : labels.quantity(value, unit);
  }
  // Concatenated in a loop, not mapped and joined: tables call this for every event.
  let text = '';
  for (const measure of event.tariffs ?? []) {
    if (text) text += ', ';
    text += `${measure.country} ${measure.rate}% ${labels.status[measure.status]}`;
  }
  return text;
}

/** A number to sort the key-number column by (quantity value, or the highest tariff rate). */
export function keyNumberValue(event: Pick<EventRecord, 'quantity' | 'tariffs'>): number | null {
  if (event.quantity) return event.quantity.value;
  if (!event.tariffs?.length) return null;
  // A loop, not Math.max over a mapped array: tables call this for every event.
  let highest = -Infinity;
  for (const measure of event.tariffs) if (measure.rate > highest) highest = measure.rate;
  return highest;
}

/** What the key number counts, in `lang` ("handed over to the U.S.", "tariff rates"); empty without one. */
export function keyMeaning(event: Pick<EventRecord, 'quantity' | 'tariffs'>, lang = 'en'): string {
  if (event.quantity) {
    return event.quantity.measure ? labelsFor(lang).measure(event.quantity.measure) : '';
  }
  return event.tariffs?.length ? m.key_tariff_rates({}, inLang(lang)) : '';
}

/** Tariff rates' group: first in the key-number order. */
export const TARIFF_GROUP = 'tariff';

/**
 * The figures a key number can be compared with: quantities of one unit counting one thing
 * ("people:handed over to the U.S."), or tariff rates. Null without a number. The table sorts by
 * number within a group, never across (50 visas revoked is not more than 29 people handed over).
 */
export function keyGroup(event: Pick<EventRecord, 'quantity' | 'tariffs'>): string | null {
  if (event.quantity) return `${event.quantity.unit}:${event.quantity.measure ?? ''}`;
  return event.tariffs?.length ? TARIFF_GROUP : null;
}
