/**
 * Reference rows for the transform table: what the two slowest build steps cost with none of our
 * work in them, so a reader can tell our code's share from the floor set by the libraries and by
 * the size of the output.
 *
 * - Validation: zod parsing the events with a schema of the same shape as `EventSchema` but no
 *   checks at all (no patterns, enums, bounds, word counts or cross-record rules). Written out
 *   here on purpose: it must stay the bare shape, whatever the real schema gains.
 * - CSV: the same cells as `eventsCsv`, joined with commas and newlines, with no quoting and no
 *   formula guard: the cost of reading the cells and making the text.
 */
import { z } from 'zod';
import type { EventRecord } from '../../lib/data/schema';
import { EVENT_FIELDS } from '../../lib/downloads/event-fields';

const text = z.string();
const number = z.number();

const BareEvents = z.array(
  z.object({
    id: text,
    title: text,
    summary: text,
    titleEs: text.optional(),
    summaryEs: text.optional(),
    date: text,
    precision: text,
    endDate: text.optional(),
    dateBasis: text,
    dateNote: text.optional(),
    dateNoteEs: text.optional(),
    kind: text,
    actor: z.object({ country: text, name: text, nameEs: text.optional() }),
    target: z.array(text),
    tariffs: z
      .array(
        z.object({
          country: text,
          rate: number,
          status: text,
          scope: text,
          effective: text.optional(),
          until: text.optional(),
          label: text.optional(),
        }),
      )
      .optional(),
    quantity: z.object({ value: number, unit: text }).optional(),
    respondsTo: z.array(text).optional(),
    responseNote: text.optional(),
    responseNoteEs: text.optional(),
    cameo: text,
    goldstein: number,
    sources: z.array(z.object({ source: text, quote: text })),
    note: text.optional(),
    noteEs: text.optional(),
  }),
);

/** zod's parse of the events' bare shape. */
export function parseBareShape(events: readonly unknown[]): unknown {
  return BareEvents.parse(events);
}

/** The CSV's cells joined as they are, without quoting or guarding any of them. */
export function joinCsvCells(events: readonly EventRecord[]): string {
  const lines = [EVENT_FIELDS.map((field) => field.name).join(',')];
  for (const event of events) {
    lines.push(EVENT_FIELDS.map((field) => field.value(event) ?? '').join(','));
  }
  return lines.join('\n') + '\n';
}
