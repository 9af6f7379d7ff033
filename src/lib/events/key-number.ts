import type { EventRecord } from '../data/schema';
import { STATUS_LABELS } from '../labels';

const integer = new Intl.NumberFormat('en-US');

/**
 * The one number that matters in an event, for tables: its quantity ("10,000 troops"), or its tariff
 * measures ("MX 25% threatened, CA 25% in effect"). Empty when it has neither.
 */
export function keyNumber(event: Pick<EventRecord, 'quantity' | 'tariffs'>): string {
  if (event.quantity) {
    const { value, unit } = event.quantity;
    return unit === 'percent' ? `${integer.format(value)}%` : `${integer.format(value)} ${unit}`;
  }
  if (event.tariffs?.length) {
    return event.tariffs
      .map((measure) => `${measure.country} ${measure.rate}% ${STATUS_LABELS[measure.status]}`)
      .join(', ');
  }
  return '';
}

/** A number to sort the key-number column by (quantity value, or the highest tariff rate). */
export function keyNumberValue(event: Pick<EventRecord, 'quantity' | 'tariffs'>): number | null {
  if (event.quantity) return event.quantity.value;
  if (event.tariffs?.length) return Math.max(...event.tariffs.map((measure) => measure.rate));
  return null;
}
