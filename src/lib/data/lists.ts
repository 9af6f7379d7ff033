/**
 * Adds `value` to `list` unless it is there already: for the short lists of countries an event names
 * (one to four), a search beats building a Set, which transforms would do for every event.
 */
export function addOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}
