/** Synthetic datasets for the transform timings: the real events cloned with new ids and later dates. */
import { readFileSync } from 'node:fs';
import type { EventRecord } from '../../lib/data/schema';

export interface RawFiles {
  sources: { sources: unknown[] };
  events: { version: string; events: EventRecord[] };
}

export function readRaw(): RawFiles {
  return {
    sources: JSON.parse(readFileSync('data/sources.json', 'utf8')),
    events: JSON.parse(readFileSync('data/events.json', 'utf8')),
  };
}

/** `date` moved `years` later; 29 Feb becomes 28 Feb where the target year has none. */
function shiftDate(date: string, years: number): string {
  const year = String(Number(date.slice(0, 4)) + years).padStart(4, '0');
  let rest = date.slice(4);
  if (rest === '-02-29') {
    const y = Number(year);
    if (!(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) rest = '-02-28';
  }
  return year + rest;
}

/** `size` events: copies of the real ones, each copy moved later by whole periods, ids suffixed. */
/** The whole years the real events span: how far each copy is moved. */
export function syntheticPeriod(raw: RawFiles): number {
  const years = raw.events.events
    .flatMap((e) => [e.date, e.endDate ?? e.date])
    .map((d) => Number(d.slice(0, 4)));
  return Math.max(...years) - Math.min(...years) + 1;
}

export function syntheticFiles(raw: RawFiles, size: number): RawFiles {
  const real = raw.events.events;
  const period = syntheticPeriod(raw);
  const events: EventRecord[] = [];
  for (let copy = 0; events.length < size; copy++) {
    const shift = copy * period;
    const suffix = copy ? `-c${copy}` : '';
    for (const event of real) {
      if (events.length >= size) break;
      events.push({
        ...event,
        id: event.id + suffix,
        date: shiftDate(event.date, shift),
        ...(event.endDate && { endDate: shiftDate(event.endDate, shift) }),
        ...(event.respondsTo && { respondsTo: event.respondsTo.map((id) => id + suffix) }),
        ...(event.tariffs && {
          tariffs: event.tariffs.map(({ confirmations, ...measure }) => ({
            ...measure,
            // The sources stay where they are: a moved copy's confirmations would postdate them.
            ...(confirmations && !shift && { confirmations }),
            ...(measure.effective && { effective: shiftDate(measure.effective, shift) }),
            ...(measure.until && { until: shiftDate(measure.until, shift) }),
          })),
        }),
      });
    }
  }
  // A copy cut short can leave a response without its target: drop such references.
  const ids = new Set(events.map((e) => e.id));
  for (const event of events) {
    if (event.respondsTo?.some((id) => !ids.has(id))) {
      const kept = event.respondsTo.filter((id) => ids.has(id));
      if (kept.length) event.respondsTo = kept;
      else {
        delete event.respondsTo;
        delete event.responseNote;
      }
    }
  }
  // Through JSON, as the build reads its files: strings built by concatenation here would otherwise
  // be slower for the transforms to read than the flat strings of a parsed file.
  return JSON.parse(JSON.stringify({ sources: raw.sources, events: { ...raw.events, events } }));
}
