import { expect, test } from '@playwright/test';
import { events } from './dataset';
import { countryColour, kindColour, kindInk } from '../../src/lib/charts/palette';
import {
  countryPixelsInRatePlot,
  expectNoAxeViolations,
  trackErrors,
  waitForHydration,
} from './helpers';

const englishPages = ['/', '/compare', '/events', '/sources', '/data', `/events/${events[0]!.id}`];
// Every page in both languages: the Spanish edition is the same pages under /es/.
const pages = [...englishPages, ...englishPages.map((path) => `/es${path}`)];

test.describe('in the dark theme of the system', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of pages) {
    test(`${path} has no axe violations`, async ({ page }) => {
      const errors = trackErrors(page);
      await page.goto(path);
      await waitForHydration(page);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }
});

test('the theme toggle re-themes the chart without a reload and is remembered', async ({
  page,
}) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.locator('.chart-box[data-rendered="true"]').waitFor();
  expect((await countryPixelsInRatePlot(page, 'light')).MX).toBeGreaterThan(100);

  await page.getByLabel('Colour theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The dark palette's Mexico green, drawn by the same chart instance, and the light one gone.
  await expect
    .poll(async () => (await countryPixelsInRatePlot(page, 'dark')).MX)
    .toBeGreaterThan(100);
  expect((await countryPixelsInRatePlot(page, 'light')).MX).toBe(0);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await waitForHydration(page);
  await expect(page.getByLabel('Colour theme')).toHaveValue('dark');

  await page.getByLabel('Colour theme').selectOption('auto');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

/** `#RRGGBB` as the `rgb(r, g, b)` that getComputedStyle returns. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('page elements take their country or kind colours from the palette, in both themes', async ({
  page,
}) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/compare');
    const country = countryColour(theme);
    const kind = kindColour(theme);
    const ink = kindInk(theme);
    // The comparison chart's markers: fill and rim.
    const marker = page
      .locator('.layout.wide .marker[data-kind="statement"]:not(.imprecise)')
      .first();
    await expect(marker).toHaveCSS('fill', rgb(kind('statement')));
    await expect(marker).toHaveCSS('stroke', rgb(ink('statement')));
    // A kind chip's dot.
    const chip = page.locator('.kind-chip[data-kind="pressure"]').first();
    expect(
      await chip.evaluate((el) => {
        const dot = getComputedStyle(el, '::before');
        return [dot.backgroundColor, dot.borderTopColor];
      }),
    ).toEqual([rgb(kind('pressure')), rgb(ink('pressure'))]);

    await page.goto('/');
    await expect(page.locator('.card[data-country="CA"]')).toHaveCSS(
      'border-top-color',
      rgb(country('CA')),
    );
    await expect(page.locator('.swatch[data-country="CN"]').first()).toHaveCSS(
      'background-color',
      rgb(country('CN')),
    );
  }
});
