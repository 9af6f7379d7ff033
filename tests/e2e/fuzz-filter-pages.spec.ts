/**
 * Fuzzes the URL parameters of the pages with filters (/, /compare, /events): each parameter they
 * read × hostile payloads, unknown and repeated names, and everything hostile at once. Rejected
 * values fall back to the defaults with a notice; valid ones beside them still apply. What each
 * address must do: see fuzz-checks.ts.
 */
import { test } from '@playwright/test';
import { fuzzAddresses, fuzzChunks } from './fuzz-checks';
import { FILTER_PAGES } from './fuzz-pages';

for (const { title, spec, slice } of fuzzChunks(FILTER_PAGES)) {
  test(title, async ({ page }) => {
    test.setTimeout(60_000);
    await fuzzAddresses(page, spec, slice);
  });
}
