/**
 * Fuzzes the URL parameters of the embeds: the parameters of the chart they show, and their theme,
 * × hostile payloads, unknown and repeated names. What each address must do: see fuzz-checks.ts.
 */
import { test } from '@playwright/test';
import { fuzzAddresses, fuzzChunks } from './fuzz-checks';
import { EMBED_PAGES } from './fuzz-pages';

for (const { title, spec, slice } of fuzzChunks(EMBED_PAGES)) {
  test(title, async ({ page }) => {
    test.setTimeout(60_000);
    await fuzzAddresses(page, spec, slice);
  });
}
