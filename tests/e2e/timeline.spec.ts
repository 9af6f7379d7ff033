import { expect, test, type Page } from '@playwright/test';
import { countryPixelsInRatePlot, trackErrors, waitForChart } from './helpers';

test("the chart draws each country's tariff line in its colour, and only the lines shown", async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto('/');
  await waitForChart(page);
  const all = await countryPixelsInRatePlot(page);
  for (const code of ['MX', 'CA', 'CN'] as const) expect(all[code], code).toBeGreaterThan(100);
  // The colours are the lines': with one country's line alone, the others' are gone.
  for (const shown of ['MX', 'CA', 'CN'] as const) {
    await page.goto(`/?country=${shown}`);
    await waitForChart(page);
    const pixels = await countryPixelsInRatePlot(page);
    expect(pixels[shown], shown).toBeGreaterThan(100);
    for (const hidden of (['MX', 'CA', 'CN'] as const).filter((code) => code !== shown))
      expect(pixels[hidden], `${hidden} with only ${shown} shown`).toBe(0);
  }
  expect(errors).toEqual([]);
});

test('hovering a marker shows its tooltip, and a click opens the event', async ({ page }) => {
  await page.goto('/');
  await waitForChart(page);
  const target = page.locator('a.focus-target[href$="mexico-hands-over-29-prisoners"]');
  await page.locator('.chart-box').scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Mexico hands 29 cartel figures');
  await expect(tooltip).toContainText('27 Feb 2025');
  await expect(tooltip).toContainText('29 people');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/events\/2025-02-27-mexico-hands-over-29-prisoners$/);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap on a marker shows its tooltip, and a second tap opens the event', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForChart(page);
    const target = page.locator('a.focus-target[href$="mexico-hands-over-29-prisoners"]');
    await page.locator('.chart-box').scrollIntoViewIfNeeded();
    const tap = async () => {
      const box = (await target.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    };
    await tap();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText('Mexico hands 29 cartel figures');
    expect(new URL(page.url()).pathname).toBe('/');

    await tap();
    await expect(page).toHaveURL(/\/events\/2025-02-27-mexico-hands-over-29-prisoners$/);
  });
});

test('every marker is reachable by keyboard, shows its tooltip on focus and opens with Enter', async ({
  page,
}) => {
  await page.goto('/');
  await waitForChart(page);
  const targets = page.locator('a.focus-target');
  const count = await targets.count();
  expect(count).toBeGreaterThan(30);

  await page.getByRole('button', { name: '2026' }).focus();
  let reached = 0;
  for (let i = 0; i < 80 && reached < count; i += 1) {
    await page.keyboard.press('Tab');
    const isTarget = await page.evaluate(() =>
      document.activeElement?.classList.contains('focus-target'),
    );
    if (isTarget) {
      reached += 1;
      if (reached === 3) {
        const title = await page.evaluate(
          () => document.activeElement!.textContent!.trim().split(',')[0]!,
        );
        await expect(page.getByRole('tooltip')).toContainText(title);
      }
    }
  }
  expect(reached).toBe(count);

  await targets.first().focus();
  const href = await targets.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('the view lives in the URL: it is applied, changed and reloaded exactly', async ({ page }) => {
  await page.goto('/?country=MX&kind=tariff~concession&from=2025-01-01&to=2025-12-31');
  await waitForChart(page);
  const countries = page.getByRole('group', { name: 'Countries' });
  await expect(countries.getByRole('checkbox', { name: 'Mexico' })).toBeChecked();
  await expect(countries.getByRole('checkbox', { name: 'Canada' })).not.toBeChecked();
  await expect(page.locator('input[name="from"]')).toHaveValue('01/01/2025');
  const stepCountries = await page.locator('#tariff-steps tbody td:first-child').allTextContents();
  expect(new Set(stepCountries)).toEqual(new Set(['Mexico']));
  await expect(page.locator('#marked-events tbody')).not.toContainText('Statement');

  await page.getByRole('button', { name: '2026' }).click();
  // A year is cut to the data: it ends on the last event's day, 21 Jan 2026.
  await expect(page).toHaveURL(/from=2026-01-01&to=2026-01-21/);
  await countries.getByRole('checkbox', { name: 'Canada' }).check();
  await expect(page).toHaveURL(/country=MX~CA/);
  const rows = await page.locator('#marked-events tbody tr').allTextContents();

  await page.reload();
  await waitForChart(page);
  await expect(page.locator('input[name="from"]')).toHaveValue('01/01/2026');
  await expect(page.locator('#marked-events tbody tr')).toHaveText(rows);
});

/**
 * How many different pictures the chart shows while `change` runs and for a moment after: the canvas
 * is sampled, scaled down, on every animation frame. A still chart shows at most two (before and
 * after); an animated change shows the frames in between.
 */
async function picturesDuring(page: Page, change: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const chart = document.querySelector<HTMLCanvasElement>('.chart-box canvas')!;
    const probe = document.createElement('canvas');
    [probe.width, probe.height] = [120, 60];
    const context = probe.getContext('2d', { willReadFrequently: true })!;
    const sampling = { pictures: new Set<string>(), stopped: false };
    (window as unknown as { sampling: typeof sampling }).sampling = sampling;
    const sample = () => {
      context.clearRect(0, 0, probe.width, probe.height);
      context.drawImage(chart, 0, 0, probe.width, probe.height);
      sampling.pictures.add(context.getImageData(0, 0, probe.width, probe.height).data.join());
      if (!sampling.stopped) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await change();
  // The animation lasts 300 ms; a second lets a slow machine finish it.
  await page.waitForTimeout(1000);
  return page.evaluate(() => {
    const { sampling } = window as unknown as {
      sampling: { pictures: Set<string>; stopped: boolean };
    };
    sampling.stopped = true;
    return sampling.pictures.size;
  });
}

test('the title states the finding about Mexico only while Mexico is drawn', async ({ page }) => {
  await page.goto('/?country=CA~CN');
  await waitForChart(page);
  const title = page.locator('.chart-title');
  await expect(title).toHaveText('U.S. tariffs on Canada and China, threatened and in effect');
  await page
    .getByRole('group', { name: 'Countries' })
    .getByRole('checkbox', { name: 'Mexico' })
    .check();
  await expect(title).toHaveText(
    "Mexico's 25% tariff took effect after one pause; the 30% never did",
  );
});

test('a change of view animates the chart, and does not when the reader asks for less motion', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  await waitForChart(page);
  await page.locator('.chart-box').scrollIntoViewIfNeeded();
  const year = (name: string) => page.getByRole('button', { name, exact: true });

  // A new date range moves every line and marker: at least one picture between before and after
  // (a busy machine draws fewer frames, but not none).
  expect(await picturesDuring(page, () => year('2025').click())).toBeGreaterThan(2);

  // The setting is followed as it changes, without a reload.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await picturesDuring(page, () => year('2024').click())).toBeLessThanOrEqual(2);
  // The data starts on 25 Nov 2024.
  await expect(page).toHaveURL(/from=2024-11-25&to=2024-12-31/);
});

test('bad or hostile parameters fall back to the defaults with a notice', async ({ page }) => {
  const errors = trackErrors(page);
  page.on('dialog', () => errors.push('a dialog opened'));
  await page.goto(
    '/?country=XX&from=2025-13-45&to=%3Cscript%3Ealert(1)%3C%2Fscript%3E&kind=' + 'x'.repeat(3000),
  );
  await waitForChart(page);
  await expect(page.getByRole('status').filter({ hasText: 'Ignored country="XX"' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Ignored from=' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Ignored to=' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(
    page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'China' }),
  ).toBeChecked();

  await page.goto('/?from=2025-12-31&to=2025-01-01');
  await waitForChart(page);
  await expect(page.getByRole('status').filter({ hasText: 'ends before it starts' })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('headline figures, tables and the chart summary are in the HTML without JavaScript', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Headline figures' })).toContainText(
      'People transferred',
    );
    await expect(page.locator('#tariff-steps tbody tr')).not.toHaveCount(0);
    await expect(page.locator('#marked-events tbody tr')).not.toHaveCount(0);
    await expect(page.locator('.chart-figure .summary')).toContainText('Mexico 25% in effect');
  });
});
