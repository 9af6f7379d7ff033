/** `npm run data:schema`: writes data/events.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { eventsJsonSchema } from '../lib/data/json-schema';

writeFileSync('data/events.schema.json', eventsJsonSchema());
console.log('wrote data/events.schema.json');
