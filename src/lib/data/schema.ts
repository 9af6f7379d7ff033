/**
 * The dataset's contract, in one place. The TypeScript types are inferred from it, `data/events.schema.json`
 * is generated from it (`npm run data:schema`), and `npm run data:check` and the build validate with it.
 *
 * Cross-record rules (duplicate ids, unknown source ids, `respondsTo` pointing at an unknown or later
 * event) live in `DatasetSchema` below, because they need both files at once.
 */
import { z } from 'zod';
import { dateSpan, isCalendarDate } from '../dates/dates';
import { isOwnTitle } from './sources';
import { datasetConfirmationIssues, measureConfirmationIssues } from './confirmations';
import { tariffDateIssues } from './tariff-date-rules';
import {
  COUNTRY_CODES,
  DATE_BASES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  MAX_QUOTE_WORDS,
  TARIFF_STATUSES,
} from './codes';

export * from './codes';

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

/** `YYYY-MM-DD` or `YYYY-MM`; the pattern survives into the JSON Schema, the calendar check does not. */
export const EventDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, {
    error: 'is not a date of the form YYYY-MM-DD or YYYY-MM',
    abort: true,
  })
  .refine(isCalendarDate, { error: 'is not a calendar date' });

/** A day, for the effective and end dates of a tariff measure. */
export const DayDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: ({ input }) =>
      /^\d{4}-\d{2}$/.test(String(input))
        ? 'is known only to the month: a tariff measure needs its day (YYYY-MM-DD)'
        : 'is not a date of the form YYYY-MM-DD',
    abort: true,
  })
  .refine(isCalendarDate, { error: 'is not a calendar date' });

export const CountryCodeSchema = z.enum(COUNTRY_CODES, {
  error: `is not a country code (${COUNTRY_CODES.join(', ')})`,
});

export const SourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a lowercase slug' }),
    file: z
      .string()
      .regex(/^[\w.-]+\.txt$/, { error: 'must be an article file name ending in .txt' }),
    title: nonEmpty,
    /** Required on a title of our own, in brackets (article 000 has no headline); a headline has none. */
    titleEs: nonEmpty.optional(),
    publisher: z.string().min(1).nullable(),
    author: z.string().min(1).nullable().optional(),
    published: EventDate,
    precision: z.enum(DATE_PRECISIONS, { error: `is not one of ${DATE_PRECISIONS.join(', ')}` }),
    publishedNote: nonEmpty.describe('How the publication date was resolved from the evidence.'),
    publishedNoteEs: nonEmpty.optional(),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.titleEs && !isOwnTitle(source.title)) {
      ctx.addIssue({
        code: 'custom',
        path: ['titleEs'],
        message:
          "is only for a title of our own, in brackets: the article's headline stays as it is",
      });
    }
    if (!source.titleEs && isOwnTitle(source.title)) {
      ctx.addIssue({
        code: 'custom',
        path: ['titleEs'],
        message: 'is required with a title of our own, in brackets',
      });
    }
  });

export const CitationSchema = z
  .object({
    source: nonEmpty.describe('An id from data/sources.json.'),
    quote: nonEmpty
      .describe(`Verbatim from the article, at most ${MAX_QUOTE_WORDS} words.`)
      .refine((quote) => quote.trim().split(/\s+/).length <= MAX_QUOTE_WORDS, {
        error: `is longer than ${MAX_QUOTE_WORDS} words`,
      }),
  })
  .strict();

/**
 * A source reporting a measure's rate (or its suspension) still in force on `date`, after the step:
 * the timeline draws the rate as confirmed through the latest such day. Rules: `./confirmations.ts`.
 */
export const RateConfirmationSchema = CitationSchema.extend({
  date: DayDate.describe(
    'The day the source reports the rate in force: at the latest, the day it was published.',
  ),
}).strict();

export const TariffMeasureSchema = z
  .object({
    country: CountryCodeSchema,
    rate: z
      .number({ error: 'must be a number' })
      .min(0, { error: 'is not a rate between 0 and 100' })
      .max(100, { error: 'is not a rate between 0 and 100' })
      .describe('Percent: the total rate after this step.'),
    status: z.enum(TARIFF_STATUSES, { error: `is not one of ${TARIFF_STATUSES.join(', ')}` }),
    scope: nonEmpty.describe('Which goods: "all goods", "non-USMCA goods", "energy"...'),
    effective: DayDate.optional().describe('When the step takes, or would take, effect.'),
    until: DayDate.optional().describe('Last day a suspension applies (inclusive).'),
    label: nonEmpty
      .optional()
      .describe(
        'A suspension as it was announced, e.g. "30-day pause"; the chart labels its band with it.',
      ),
    confirmations: z
      .array(RateConfirmationSchema)
      .optional()
      .describe(
        'Later sources reporting this rate (imposed) or this suspension still in force, each with the day it does so.',
      ),
  })
  .strict();

export const QuantitySchema = z
  .object({
    value: z.number({ error: 'must be a number' }),
    unit: nonEmpty,
    measure: nonEmpty
      .optional()
      .describe(
        'What the number counts, in the words of the dataset\'s vocabulary, e.g. "handed over to the U.S." (people) or "visas revoked" (people): figures in one unit can count different things.',
      ),
  })
  .strict();

export const EventSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a lowercase slug' }),
    title: nonEmpty,
    summary: nonEmpty,
    titleEs: nonEmpty.optional(),
    summaryEs: nonEmpty.optional(),
    date: EventDate,
    precision: z.enum(DATE_PRECISIONS, { error: `is not one of ${DATE_PRECISIONS.join(', ')}` }),
    endDate: EventDate.optional(),
    dateBasis: z.enum(DATE_BASES, { error: `is not one of ${DATE_BASES.join(', ')}` }),
    dateNote: nonEmpty.optional(),
    dateNoteEs: nonEmpty.optional(),
    kind: z.enum(EVENT_KINDS, { error: `is not a kind (${EVENT_KINDS.join(', ')})` }),
    actor: z
      .object({ country: CountryCodeSchema, name: nonEmpty, nameEs: nonEmpty.optional() })
      .strict(),
    target: z.array(CountryCodeSchema),
    tariffs: z.array(TariffMeasureSchema).optional(),
    quantity: QuantitySchema.optional(),
    respondsTo: z.array(nonEmpty).optional(),
    responseNote: nonEmpty.optional(),
    responseNoteEs: nonEmpty.optional(),
    cameo: z.string().regex(/^\d{2,4}$/, { error: 'is not a CAMEO code (2 to 4 digits)' }),
    goldstein: z
      .number({ error: 'must be a number' })
      .min(-10, { error: 'is outside the Goldstein scale (-10 to 10)' })
      .max(10, { error: 'is outside the Goldstein scale (-10 to 10)' }),
    sources: z.array(CitationSchema).min(1, { error: 'cites no source: at least one is required' }),
    note: nonEmpty.optional(),
    noteEs: nonEmpty.optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    if (event.endDate && startsAfter(event.date, event.endDate)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `is before date ${event.date}` });
    }
    if (event.dateBasis !== 'article' && !event.dateNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateNote'],
        message: `is required when dateBasis is "${event.dateBasis}"`,
      });
    }
    if (event.precision === 'day' && event.date.length !== 10) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'has day precision but no day' });
    }
    if (event.kind === 'tariff' && !event.tariffs?.length) {
      ctx.addIssue({ code: 'custom', path: ['tariffs'], message: 'is required on a tariff event' });
    }
    if (event.kind === 'tariff')
      for (const issue of tariffDateIssues(event)) ctx.addIssue({ code: 'custom', ...issue });
    if (event.kind !== 'tariff' && event.tariffs) {
      ctx.addIssue({ code: 'custom', path: ['tariffs'], message: 'belongs only on tariff events' });
    }
    if (event.respondsTo?.length && !event.responseNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['responseNote'],
        message: 'is required with respondsTo',
      });
    }
    for (const issue of measureConfirmationIssues(event))
      ctx.addIssue({ code: 'custom', ...issue });
  });

export const SourcesFileSchema = z.object({ sources: z.array(SourceSchema) }).strict();

export const EventsFileSchema = z
  .object({
    $schema: z.string().optional().describe('Path of events.schema.json, for editors.'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'is not a semver version (e.g. 1.0.0)' }),
    events: z.array(EventSchema),
  })
  .strict();

/** True when `later` certainly begins after `earlier` ends; false when either is not a date. */
function startsAfter(later: string, earlier: string): boolean {
  if (!isCalendarDate(later) || !isCalendarDate(earlier)) return false;
  return dateSpan(later).start > dateSpan(earlier).end;
}

/** Both files together, with the rules that span records and files. */
export const DatasetSchema = z
  .object({ sources: SourcesFileSchema, events: EventsFileSchema })
  .superRefine(({ sources, events }, ctx) => {
    const sourceIds = new Set(sources.sources.map((source) => source.id));
    const firstIndexById = new Map<string, number>();
    events.events.forEach((event, index) => {
      if (firstIndexById.has(event.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', 'events', index, 'id'],
          message: `duplicates the id of event #${firstIndexById.get(event.id)! + 1}`,
        });
      } else firstIndexById.set(event.id, index);
    });
    events.events.forEach((event, index) => {
      event.sources.forEach((citation, citationIndex) => {
        if (!sourceIds.has(citation.source)) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', 'events', index, 'sources', citationIndex, 'source'],
            message: 'is not an id in data/sources.json',
          });
        }
      });
      event.respondsTo?.forEach((targetId, responseIndex) => {
        const path = ['events', 'events', index, 'respondsTo', responseIndex];
        const targetIndex = firstIndexById.get(targetId) ?? -1;
        const target = events.events[targetIndex];
        if (!target) {
          ctx.addIssue({ code: 'custom', path, message: 'names no event in the dataset' });
        } else if (targetIndex === index) {
          ctx.addIssue({ code: 'custom', path, message: 'names the event itself' });
        } else if (startsAfter(target.date, event.endDate ?? event.date)) {
          ctx.addIssue({ code: 'custom', path, message: `names a later event (${target.date})` });
        }
      });
    });
    for (const issue of datasetConfirmationIssues(sources.sources, events.events)) {
      ctx.addIssue({ code: 'custom', ...issue });
    }
  });

export type SourceRecord = z.infer<typeof SourceSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type RateConfirmation = z.infer<typeof RateConfirmationSchema>;
export type TariffMeasure = z.infer<typeof TariffMeasureSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type EventRecord = z.infer<typeof EventSchema>;
export type Dataset = { version: string; sources: SourceRecord[]; events: EventRecord[] };
