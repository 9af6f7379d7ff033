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

/** The centre of a pair's dot (the response's marker), on the screen. */
const middleOf = async (pair: Locator) => {
  const box = (await pair.locator('circle.marker').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

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
  // Point at an isolated by-date pair's dot (Jul 12 threat → Aug 8 statement, 27 days later).
  await isolatedPair(page, 'wide').scrollIntoViewIfNeeded();
  const point = await middleOf(isolatedPair(page, 'wide'));
  await page.mouse.move(point.x, point.y);
  await expect(detail).toContainText('paired by date only');
  await expect(detail).toContainText('Sheinbaum');
  expect(errors).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** Taps the isolated pair's dot: the first tap shows both quotes and stays on the page. */
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
    // The chart is taller than the screen: the quotes come into sight at its bottom, over it.
    await expect(detail).toBeInViewport();
    expect(new URL(page.url()).pathname).toBe('/compare');

    await tapPair(page);
    await expect(page).toHaveURL(/\/events\/2025-08-08-sheinbaum-rules-out-us-troops$/);
    expect(errors).toEqual([]);
  });

  test('a tap on a link among the quotes follows it', async ({ page }) => {
    await page.goto('/compare');
    await waitForHydration(page);
    await tapPair(page);
    // The tap off the dot leaves the quotes shown, so the link is still there to take it.
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
  // Off the dot (no longer highlighted), onto the link, and click.
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

/** Pairs of the boxes that overlap, by more than half a pixel each way. */
function overlaps(boxes: { text: string; x: number; y: number; width: number; height: number }[]) {
  const found: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (
        a.x + a.width - 0.5 > b.x &&
        b.x + b.width - 0.5 > a.x &&
        a.y + a.height - 0.5 > b.y &&
        b.y + b.height - 0.5 > a.y
      )
        found.push(`${a.text} × ${b.text}`);
  return found;
}

/** The screen boxes of what `selector` matches inside the visible chart. */
const boxesIn = (page: Page, selector: string) =>
  page
    .locator('.compare-chart .layout svg:visible')
    .first()
    .evaluate((svg, selector) => {
      return [...svg.querySelectorAll(selector)].map((el) => {
        const box = el.getBoundingClientRect();
        const text = el.textContent?.trim() || el.getAttribute('cx') || '';
        return { text, x: box.x, y: box.y, width: box.width, height: box.height };
      });
    }, selector);

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    test('each threat is a labelled row, tall enough, with no label or dot over another', async ({
      page,
    }) => {
      await page.goto('/compare');
      const chart = page.locator('.compare-chart .layout svg:visible').first();
      const box = (await chart.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(320);
      expect(box.width).toBeLessThanOrEqual(width);
      // A label per threat of the table, with its date: the Feb–Mar 2025 cluster among them.
      const labels = chart.locator('text.row-label');
      await expect(labels).toHaveCount(await page.locator('.threat-table tbody tr').count());
      await expect(
        labels.filter({ hasText: /^1 Feb 2025 · Trump signs tariff orders/ }),
      ).toHaveCount(1);
      await expect(labels.filter({ hasText: /^27 Feb 2025 · Trump confirms/ })).toHaveCount(1);
      const texts = await boxesIn(page, 'text');
      expect(texts.length).toBeGreaterThan(30);
      expect(overlaps(texts)).toEqual([]);
      // Every label inside the chart's width.
      for (const text of texts) expect(text.x + text.width, text.text).toBeLessThanOrEqual(width);
      // The responses' dots apart, however crowded the days after a threat.
      const dots = await boxesIn(page, 'a.pair circle.marker');
      expect(dots.length).toBeGreaterThan(40);
      expect(overlaps(dots)).toEqual([]);
      // The key tells the solid ring (a source ties them) from the dashed (by date only).
      await expect(chart.locator('.key')).toContainText('tied by a source');
      await expect(chart.locator('.key')).toContainText('by date only');
      await expect(chart.locator('.key')).toContainText('the 30-day window');
    });
  });
}
