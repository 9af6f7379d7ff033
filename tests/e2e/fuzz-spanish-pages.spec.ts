/**
 * Fuzzes the URL parameters of the Spanish pages, which read them through the same code as the
 * English ones; their notices are in Spanish, so a case's English notice text is not looked for.
 * What each address must do: see fuzz-checks.ts.
 */
import { test } from '@playwright/test';
import { fuzzAddresses, fuzzChunks } from './fuzz-checks';
import { SPANISH_PAGES } from './fuzz-pages';

for (const { title, spec, slice } of fuzzChunks(SPANISH_PAGES)) {
  test(title, async ({ page }) => {
    test.setTimeout(60_000);
    await fuzzAddresses(page, spec, slice);
  });
}
