import { expect, test } from '@playwright/test';
import { events } from './dataset';
import { expectNoAxeViolations, trackErrors, waitForHydration } from './helpers';

const englishPages = ['/', '/compare', '/events', '/sources', '/data', `/events/${events[0]!.id}`];
// Every page in both languages: the Spanish edition is the same pages under /es/.
const pages = [...englishPages, ...englishPages.map((path) => `/es${path}`)];

for (const path of pages) {
  test(`${path} loads without console errors and with no axe violations`, async ({ page }) => {
    const errors = trackErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await waitForHydration(page);
    await expect(page.locator('h1')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test('an unknown event id gives a real 404', async ({ request }) => {
  const response = await request.get('/events/no-such-event');
  expect(response.status()).toBe(404);
});
