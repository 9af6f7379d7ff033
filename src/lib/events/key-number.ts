import type { EventRecord } from '../data/schema';
import { labelsFor } from '../labels';

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
