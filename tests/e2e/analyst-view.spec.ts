import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { trackErrors, waitForHydration, waitForChart } from './helpers';

const TROOPS = 'a.focus-target[href$="2025-02-03-mexico-pledges-10000-guard-troops"]';
const CANADA_LISTING = 'a.focus-target[href$="2025-02-20-canada-lists-seven-groups-as-terrorists"]';

test('the headline figures follow the view’s last day', async ({ page }) => {
  await page.goto('/?to=2025-08-31');
  await waitForChart(page);
  const transfers = page.locator('[data-figure="transfers"]');
  await expect(transfers.locator('.big')).toHaveText('55');
  await expect(transfers).toContainText('By 31 Aug 2025');
  await expect(transfers).not.toContainText('92');
  // Mexico's rate on that day, not its latest, and no "no data after" while the data goes on.
  const mexico = page.locator('.card[data-country="MX"]');
  await expect(mexico.locator('.asof')).toHaveText('As of 31 Aug 2025');

  await page.goto('/');
  await waitForChart(page);
  await expect(transfers.locator('.big')).toHaveText('92');
});

test('the transfers line reads its total on hover and on keyboard focus', async ({ page }) => {
  await page.goto('/?to=2025-08-31');
  await waitForChart(page);
  await page.locator('.chart-box').scrollIntoViewIfNeeded();
  const step = page.locator('a.step-target', { hasText: '55 people by 12 Aug 2025' });
  const box = (await step.boundingBox())!;
  // Just right of the step and just under its top: on the filled area of the transfers panel.
  await page.mouse.move(box.x + box.width / 2 + 6, box.y + box.height / 2 + 6);
  const readout = page.getByRole('tooltip');
  await expect(readout).toHaveText('55 people by 12 Aug 2025');
  // Up in the plot of rates, out of the transfers panel: the readout goes.
  await page.mouse.move(box.x + box.width / 2 + 6, box.y - 200);
  await expect(readout).toHaveCount(0);

  // Off the chart, so that no pointer position is replayed over the focus.
  await page.mouse.move(0, 0);
  const before = page.locator('a.step-target', { hasText: '29 people by 27 Feb 2025' });
  await before.focus();
  await expect(readout).toHaveText('29 people by 27 Feb 2025');
  await expect(before).toHaveAttribute('aria-describedby', 'timeline-tooltip');
});

test('a Canada-only view drops Mexico’s markers, transfers and subtitle', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/');
  await waitForChart(page);
  await expect(page.locator(TROOPS)).toHaveCount(1);
  await expect(page.locator('[data-figure="transfers"]')).toBeVisible();

  await page.goto('/?country=CA');
  await waitForChart(page);
  await expect(page.locator(CANADA_LISTING)).toHaveCount(1);
  await expect(page.locator(TROOPS)).toHaveCount(0);
  await expect(page.locator('a.step-target')).toHaveCount(0);
  await expect(page.locator('.subtitle')).not.toContainText('Mexico has transferred');
  await expect(page.locator('[data-figure]')).toHaveCount(0);
  await expect(page.locator('.card[data-country]')).toHaveCount(1);
  await expect(page.locator('.card[data-country="CA"]')).toBeVisible();

  // The embed follows the same countries.
  await page.goto('/embed/tariff-timeline?country=CA');
  await waitForChart(page);
  await expect(page.locator(CANADA_LISTING)).toHaveCount(1);
  await expect(page.locator(TROOPS)).toHaveCount(0);
  await expect(page.locator('.subtitle')).not.toContainText('Mexico has transferred');
  expect(errors).toEqual([]);
});

test('a tooltip shows our own title for an article without a headline, marked as ours', async ({
  page,
}) => {
  await page.goto('/');
  await waitForChart(page);
  await page.locator('a.focus-target[href$="2025-02-03-mexico-canada-tariffs-paused"]').focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(
    "Hegseth's warning of unilateral U.S. action and Mexico's efforts to avert tariffs (our description; the article has no headline)",
  );
  await expect(tooltip).not.toContainText('[No headline');
});

test('the share panel sets the embed’s theme in the snippet and the permalink', async ({
  page,
}) => {
  await page.goto('/?country=MX');
  await waitForChart(page);
  const panel = page.locator('details.share').first();
  await panel.locator('summary').click();
  const snippet = panel.locator('[data-share="snippet"]');
  const permalink = panel.locator('[data-share="permalink"]');
  await expect(panel.getByRole('radio', { name: /Auto/ })).toBeChecked();
  await expect(snippet).toHaveValue(/\/embed\/tariff-timeline\?country=MX"/);

  await panel.getByText('Dark', { exact: true }).click();
  await expect(snippet).toHaveValue(/\/embed\/tariff-timeline\?country=MX&amp;theme=dark"/);
  await expect(permalink).toHaveValue(/\/\?country=MX&theme=dark$/);
  const link = await permalink.inputValue();

  await panel.getByText('Light', { exact: true }).click();
  await expect(snippet).toHaveValue(/theme=light"/);
  await panel.getByText(/Auto/).click();
  await expect(permalink).not.toHaveValue(/theme=/);

  // The dark link opens dark, whatever the reader's remembered theme.
  await page.goto(link);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/embed/tariff-timeline?country=MX&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('/data and the footer link the embed gallery', async ({ page }) => {
  await page.goto('/data');
  await page.getByRole('main').getByRole('link', { name: 'Embed a chart' }).click();
  await expect(page).toHaveURL(/\/embed$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed a chart');
  await page.goto('/es/data');
  await expect(
    page.getByRole('contentinfo').getByRole('link', { name: 'Insertar una gráfica' }),
  ).toHaveAttribute('href', /\/es\/embed$/);
});

test("the timeline's events CSV keeps each event's end date", async ({ page }) => {
  await page.goto('/');
  await waitForChart(page);
  const panel = page.locator('details.share').first();
  await panel.locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: /events marked/i }).click(),
  ]);
  const rows = csvParse(await readFile((await download.path())!, 'utf8'));
  const raids = rows.find((row) => row.id === '2024-11-28-mexico-raids-vendors-of-chinese-goods')!;
  expect([raids.date, raids.end_date]).toEqual(['2024-11-28', '2025-01']);
});

test('/compare says what each date means, names its window and what Canada’s pause was for', async ({
  page,
}) => {
  await page.goto('/compare?country=MX~CA&window=14');
  await waitForHydration(page);
  const summary = page.locator('.summary-table');
  await expect(summary).toContainText('Threats answered within 14 days (the window)');
  await expect(summary).not.toContainText('within 30 days');
  // Canada's column: no concession before its pause, one kept while it ran.
  const canada = (row: RegExp) => summary.getByRole('row', { name: row }).getByRole('cell').nth(1);
  await expect(canada(/suspended after a concession/)).toHaveText(/^0 of 5/);
  await expect(canada(/during the pause/)).toHaveText(/^1 of 5/);
  await expect(
    page.getByText('Canada’s of 3 Feb 2025 was granted for its border plan'),
  ).toBeVisible();

  const orders = page.locator('tr[data-id="2025-02-01-tariff-orders-signed"]').first();
  await expect(orders).toContainText(
    'announced on 3 Feb 2025; in effect from 4 Feb 2025 to 3 Mar 2025',
  );
  await expect(orders).not.toContainText('suspended on 4 Feb 2025');
  const taken = page.locator('.outcome[data-outcome="taken"]').first();
  await expect(taken).toHaveText(/^in force from \d{1,2} [A-Z][a-z]{2} \d{4}$/);
  await expect(page.locator('.outcome', { hasText: 'a step taken' })).toHaveCount(0);
});
