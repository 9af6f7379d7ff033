/** The timeline's markers by keyboard: arrow keys move between them, and the tooltip is kept in view. */
import { expect, test, type Page } from '@playwright/test';
import { waitForChart } from './helpers';

const targets = (page: Page) => page.locator('a.focus-target');
const focusedIndex = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('a.focus-target')].indexOf(document.activeElement!),
  );

test('arrow keys, Home and End move between the markers, each showing its tooltip', async ({
  page,
}) => {
  await page.goto('/');
  await waitForChart(page);
  const count = await targets(page).count();
  expect(count).toBeGreaterThan(3);
  await targets(page).first().focus();
  const tooltip = page.getByRole('tooltip');
  const firstTitle = await tooltip.locator('.title').textContent();

  await page.keyboard.press('ArrowRight');
  expect(await focusedIndex(page)).toBe(1);
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator('.title')).not.toHaveText(firstTitle!);
  await expect(targets(page).nth(1)).toHaveAttribute('aria-describedby', 'timeline-tooltip');

  await page.keyboard.press('ArrowDown');
  expect(await focusedIndex(page)).toBe(2);
  await page.keyboard.press('ArrowLeft');
  expect(await focusedIndex(page)).toBe(1);
  await page.keyboard.press('End');
  expect(await focusedIndex(page)).toBe(count - 1);
  await page.keyboard.press('ArrowRight');
  expect(await focusedIndex(page)).toBe(count - 1);
  await page.keyboard.press('Home');
  expect(await focusedIndex(page)).toBe(0);
  await expect(tooltip.locator('.title')).toHaveText(firstTitle!);
  // The page did not scroll away on the arrow keys: the focused marker is on screen.
  await expect(targets(page).first()).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 640 } });

  test('a focused marker scrolls its whole tooltip into view', async ({ page }) => {
    await page.goto('/');
    await waitForChart(page);
    const marker = page.locator('a.focus-target[href*="mexico-hands-over-29-prisoners"]');
    // The marker at the very bottom of the screen, where its tooltip would open below the fold.
    await marker.evaluate((link) => link.scrollIntoView({ block: 'end' }));
    await marker.focus();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText('29');
    // All of it but a fraction of a pixel of rounding.
    await expect(tooltip).toBeInViewport({ ratio: 0.99 });
    await page.keyboard.press('ArrowRight');
    await expect(tooltip).toBeInViewport({ ratio: 0.99 });
  });
});
