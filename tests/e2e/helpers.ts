import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page } from '@playwright/test';
import { countryColour, type Theme } from '../../src/lib/charts/palette';

/** Collects console errors and uncaught exceptions for the life of the page. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Waits until the page is interactive: hydrated by SvelteKit (it then handles the URL state), or, on
 * a page that ships no Svelte app (`csr = false`: no script but /theme.js), loaded.
 */
export async function waitForHydration(page: Page, options: { timeout?: number } = {}) {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.hydrated === 'true' ||
      (document.readyState === 'complete' &&
        !document.querySelector('script:not([src$="/theme.js"])')),
    undefined,
    options,
  );
}

/** Waits until the page has hydrated and the timeline chart has drawn. */
export async function waitForChart(page: Page) {
  await waitForHydration(page);
  await page.locator('.chart-box[data-rendered="true"]').waitFor();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

type LineCountry = 'MX' | 'CA' | 'CN';

/**
 * How many pixels of each country's line colour the timeline chart in `scope` has in its plot of
 * tariff rates: the canvas above the lane of event markers (whose top their focus links give; the
 * announcement lines' links sit at the plot's top). Only the rate lines draw these exact colours
 * there: the transfers below share Mexico's green, marker fills are translucent, labels take darker
 * inks.
 */
export async function countryPixelsInRatePlot(
  scope: Page | Frame,
  theme: Theme = 'light',
): Promise<Record<LineCountry, number>> {
  const colours = Object.fromEntries(
    (['MX', 'CA', 'CN'] as const).map((code) => {
      const hex = countryColour(theme)(code);
      return [code, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))];
    }),
  );
  return scope.locator('.chart-box[data-rendered="true"]').evaluate((box, rgbs) => {
    const canvas = box.querySelector('canvas')!;
    const canvasBox = canvas.getBoundingClientRect();
    const tops = [...box.querySelectorAll('a.focus-target')].map(
      (link) => link.getBoundingClientRect().top - canvasBox.top,
    );
    const announcementTop = Math.min(...tops);
    const laneTop = Math.min(...tops.filter((top) => top > announcementTop + 1));
    const rows = Math.floor((laneTop * canvas.height) / canvasBox.height);
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, rows);
    const counts = Object.fromEntries(Object.keys(rgbs).map((code) => [code, 0]));
    for (let i = 0; i < data.length; i += 4)
      for (const [code, [r, g, b]] of Object.entries(rgbs))
        if (data[i] === r && data[i + 1] === g && data[i + 2] === b) counts[code]! += 1;
    return counts as Record<LineCountry, number>;
  }, colours);
}
