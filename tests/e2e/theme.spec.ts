import { expect, test, type Page } from '@playwright/test';
import { events } from './dataset';
import { expectNoAxeViolations, trackErrors, waitForHydration } from './helpers';

const englishPages = ['/', '/compare', '/events', '/sources', '/data', `/events/${events[0]!.id}`];
// Every page in both languages: the Spanish edition is the same pages under /es/.
const pages = [...englishPages, ...englishPages.map((path) => `/es${path}`)];

async function canvasHas(page: Page, rgb: [number, number, number]) {
  return page.locator('.chart-box canvas').evaluate((canvas: HTMLCanvasElement, [r, g, b]) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 0; i < data.length; i += 4)
      if (data[i] === r && data[i + 1] === g && data[i + 2] === b) return true;
    return false;
  }, rgb);
}

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
  expect(await canvasHas(page, [0, 158, 115])).toBe(true);

  await page.getByLabel('Colour theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The dark palette's Mexico green, drawn by the same chart instance.
  await expect.poll(() => canvasHas(page, [61, 212, 167])).toBe(true);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await waitForHydration(page);
  await expect(page.getByLabel('Colour theme')).toHaveValue('dark');

  await page.getByLabel('Colour theme').selectOption('auto');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});
