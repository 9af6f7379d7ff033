import { z } from 'zod';
import { EventsFileSchema } from './schema';

/**
 * The JSON Schema of data/events.json, for editors. zod stays the authority: refinements such as
 * "a real calendar date" and the cross-record rules are not expressible here and are left out.
 */
export function eventsJsonSchema(): string {
  const schema = z.toJSONSchema(EventsFileSchema, { target: 'draft-2020-12' });
  const documented = {
    ...schema,
    title: 'Tariff & trade-pressure dashboard: events',
    description:
      'Generated from src/lib/data/schema.ts by `npm run data:schema`; do not edit by hand. ' +
      '`npm run data:check` applies further rules (calendar dates, ids, references).',
  };
  return JSON.stringify(documented, null, 2) + '\n';
}
