import { expect, test, type Locator, type Page } from '@playwright/test';
import { trackErrors, waitForHydration } from './helpers';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('without JavaScript the comparison chart, figures and tables are all in the HTML', async ({
    page,
  }) => {
    await page.goto('/compare');
    const chart = page.locator('.compare-chart svg').first();
    await expect(chart).toBeAttached();
    expect(await page.locator('.compare-chart .layout.wide a.pair').count()).toBeGreaterThan(5);
    await expect(page.locator('.summary-table')).toContainText('Median lag');
    await expect(page.locator('.threat-table tbody tr').first()).toBeAttached();
    await expect(page.locator('figure.index svg').first()).toBeAttached();
  });

  test('without JavaScript a share panel says its tools need it and links to the files', async ({
    page,
  }) => {
    await page.goto('/compare');
    const panel = page.locator('details[data-share-panel]').first();
    await panel.locator('summary').click();
    await expect(panel).toContainText('Downloads, embed code and citation need JavaScript.');
    await expect(panel.getByRole('link', { name: 'the data page' })).toHaveAttribute(
      'href',
      '/data',
    );
    await expect(panel.locator('[data-share]')).toHaveCount(0);
  });
});

/** An isolated by-date pair (Jul 12 threat → Aug 8 statement) in the wide or the narrow layout. */
const isolatedPair = (page: Page, layout: 'wide' | 'narrow') =>
  page.locator(
    `.layout.${layout} a.pair[data-basis="window"][href$="2025-08-08-sheinbaum-rules-out-us-troops"]`,
  );

/** The middle of a pair's connector, on the screen. */
const middleOf = (pair: Locator) =>
  pair.locator('path.connector').evaluate((path: SVGPathElement) => {
    const screen = path
      .getPointAtLength(path.getTotalLength() / 2)
      .matrixTransform(path.getScreenCTM()!);
    return { x: screen.x, y: screen.y };
  });

test('focusing or hovering a pair highlights it and shows both quotes', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/compare');
  await waitForHydration(page);
  const pair = page.locator('.layout.wide a.pair[data-basis="stated"]').first();
  await pair.focus();
  await expect(pair).toHaveClass(/active/);
  const detail = page.locator('.pair-detail').first();
  await expect(detail.locator('blockquote')).toHaveCount(2);
  await expect(detail).toContainText('stated by the source');

  await page.locator('h1').focus();
  // Point at the middle of an isolated by-date connector (Jul 12 threat → Aug 8 statement).
  const point = await middleOf(isolatedPair(page, 'wide'));
  await page.mouse.move(point.x, point.y);
  await expect(detail).toContainText('paired by date only');
  await expect(detail).toContainText('Sheinbaum');
  expect(errors).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** Taps the isolated pair's connector: the first tap shows both quotes and stays on the page. */
  async function tapPair(page: Page) {
    const pair = isolatedPair(page, 'narrow');
    await pair.scrollIntoViewIfNeeded();
    const point = await middleOf(pair);
    await page.touchscreen.tap(point.x, point.y);
    return pair;
  }

  test('a tap on a pair shows both quotes, and a second tap opens the response', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    await page.goto('/compare');
    await waitForHydration(page);
    const pair = await tapPair(page);
    const detail = page.locator('.pair-detail');
    await expect(detail.locator('blockquote')).toHaveCount(2);
    await expect(detail).toContainText('Sheinbaum');
    await expect(pair).toHaveClass(/active/);
    expect(new URL(page.url()).pathname).toBe('/compare');

    await tapPair(page);
    await expect(page).toHaveURL(/\/events\/2025-08-08-sheinbaum-rules-out-us-troops$/);
    expect(errors).toEqual([]);
  });

  test('a tap on a link among the quotes follows it', async ({ page }) => {
    await page.goto('/compare');
    await waitForHydration(page);
    await tapPair(page);
    // The tap off the connector leaves the quotes shown, so the link is still there to take it.
    const threatLink = page.locator('.pair-detail a').first();
    await expect(threatLink).toHaveText(
      'Trump letter threatens 30% tariff on Mexico from 1 August',
    );
    const box = (await threatLink.boundingBox())!;
    await page.touchscreen.tap(box.x + 10, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/events\/2025-07-12-trump-threatens-30-percent-on-mexico$/);
  });
});

test('the quotes stay once the pointer moves on, so the panel’s links can be followed', async ({
  page,
}) => {
  await page.goto('/compare');
  await waitForHydration(page);
  const pair = isolatedPair(page, 'wide');
  await pair.scrollIntoViewIfNeeded();
  const point = await middleOf(pair);
  await page.mouse.move(point.x, point.y);
  const threatLink = page.locator('.pair-detail a').first();
  await expect(threatLink).toHaveText('Trump letter threatens 30% tariff on Mexico from 1 August');
  // Off the connector (no longer highlighted), onto the link, and click.
  await threatLink.hover();
  await expect(pair).not.toHaveClass(/active/);
  await threatLink.click();
  await expect(page).toHaveURL(/\/events\/2025-07-12-trump-threatens-30-percent-on-mexico$/);
});

test('a click on a pair opens its response at once', async ({ page }) => {
  await page.goto('/compare');
  await waitForHydration(page);
  const pair = isolatedPair(page, 'wide');
  await pair.scrollIntoViewIfNeeded();
  const point = await middleOf(pair);
  await page.mouse.click(point.x, point.y);
  await expect(page).toHaveURL(/\/events\/2025-08-08-sheinbaum-rules-out-us-troops$/);
});

test('the view lives in the URL: window, tiers and the side-by-side countries', async ({
  page,
}) => {
  await page.goto('/compare');
  await waitForHydration(page);
  const allPairs = await page.locator('.layout.wide a.pair').count();

  await page.getByLabel('Window (days after a threat)').fill('7');
  await page.getByLabel('Window (days after a threat)').press('Enter');
  await page.getByLabel('Window (days after a threat)').blur();
  await expect(page).toHaveURL(/window=7/);
  await expect.poll(() => page.locator('.layout.wide a.pair').count()).toBeLessThan(allPairs);

  // A window it cannot use is refused out loud, and the view keeps the last good one.
  const windowField = page.getByLabel('Window (days after a threat)');
  for (const bad of ['0', '999', '']) {
    await windowField.fill(bad);
    await windowField.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(
      'Enter whole days from 1 to 365; the figures still use 7.',
    );
    await expect(windowField).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/window=7/);
  }
  await windowField.fill('7');
  await windowField.press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(windowField).toHaveAttribute('aria-invalid', 'false');

  await page.getByRole('checkbox', { name: 'Within the window, by date only' }).uncheck();
  await expect(page).toHaveURL(/tier=stated/);
  await expect(page.locator('.layout.wide a.pair[data-basis="window"]')).toHaveCount(0);

  await page
    .getByRole('group', { name: /Countries/ })
    .getByRole('checkbox', { name: 'Canada' })
    .check();
  await expect(page).toHaveURL(/country=MX~CA/);
  await expect(page.locator('article.country')).toHaveCount(2);
  const url = page.url();

  await page.goto(url);
  await waitForHydration(page);
  await expect(page.locator('article.country')).toHaveCount(2);
  await expect(page.getByLabel('Window (days after a threat)')).toHaveValue('7');
  await expect(page.locator('.layout.wide a.pair[data-basis="window"]')).toHaveCount(0);
});

test('sorting the threat table by lag is kept in the URL', async ({ page }) => {
  await page.goto('/compare');
  await waitForHydration(page);
  await page.getByRole('button', { name: /^First response/ }).click();
  await expect(page).toHaveURL(/sort=lag/);
  await expect(page.getByRole('columnheader', { name: /^First response/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const firstLag = await page
    .locator('.threat-table tbody tr')
    .first()
    .locator('td')
    .nth(3)
    .textContent();
  expect(firstLag?.trim()).toMatch(/same day|^\d|c\./);
});

test('bad parameters fall back to the defaults with a notice', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto(
    '/compare?window=-4&country=US&tier=%3Cimg%20src=x%20onerror=alert(1)%3E&sort=__proto__',
  );
  await waitForHydration(page);
  for (const key of ['window', 'country', 'tier', 'sort']) {
    await expect(page.getByRole('status').filter({ hasText: `Ignored ${key}=` })).toBeVisible();
  }
  await expect(page.locator('article.country')).toHaveCount(1);
  await expect(page.getByLabel('Window (days after a threat)')).toHaveValue('30');
  expect(errors).toEqual([]);
});
