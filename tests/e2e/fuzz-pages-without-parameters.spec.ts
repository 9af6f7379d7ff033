/**
 * Pages that read no URL parameter (an event, /sources, /data, /embed) must ignore whatever they are
 * given: every hostile payload as a value, repeated names, unknown names and a huge value. What each
 * address must do: see fuzz-checks.ts.
 */
import { test } from '@playwright/test';
import { fuzzAddresses, fuzzChunks } from './fuzz-checks';
import { PAGES_WITHOUT_PARAMETERS } from './fuzz-pages';

for (const { title, spec, slice } of fuzzChunks(PAGES_WITHOUT_PARAMETERS)) {
  test(title, async ({ page }) => {
    test.setTimeout(60_000);
    await fuzzAddresses(page, spec, slice);
  });
}
