/**
 * Part of `npm run test:quotes`: the shared quote check reads only each event's `sources`, so this runs
 * it again on the quotes of the tariff measures' `confirmations`, given to it as events of their own
 * named after the field (`<event id> tariffs[0].confirmations[0]`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventRecord } from '../lib/data/schema';

const QUOTE_CHECK = '../shared/tools/check-quotes.mjs';

const { events } = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  events: EventRecord[];
};
const confirmations = events.flatMap((event) =>
  (event.tariffs ?? []).flatMap((measure, measureIndex) =>
    (measure.confirmations ?? []).map(({ source, quote }, index) => ({
      id: `${event.id} tariffs[${measureIndex}].confirmations[${index}]`,
      sources: [{ source, quote }],
    })),
  ),
);

const dir = mkdtempSync(join(tmpdir(), 'confirmation-quotes-'));
try {
  writeFileSync(join(dir, 'events.json'), JSON.stringify({ events: confirmations }));
  copyFileSync('data/sources.json', join(dir, 'sources.json'));
  console.log(`confirmations (${confirmations.length}):`);
  const run = spawnSync(process.execPath, [QUOTE_CHECK, dir], { stdio: 'inherit' });
  process.exitCode = run.status ?? 2;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
