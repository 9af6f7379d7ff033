import { expect, test } from '@playwright/test';
import { events } from './dataset';
import { trackErrors, waitForHydration } from './helpers';

const rows = (page: import('@playwright/test').Page) =>
  page.locator('table.events-table tbody tr[data-id]');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered table lists every event without JavaScript', async ({ page }) => {
    await page.goto('/events');
    await expect(rows(page)).toHaveCount(events.length);
  });
});

test('filters in the URL are applied, and survive a reload', async ({ page }) => {
  const expected = events.filter((e) => e.kind === 'concession' && e.actor.country === 'MX');
  expect(expected.length).toBeGreaterThan(0);
  await page.goto('/events?kind=concession&actor=MX');
  await waitForHydration(page);
  await expect(rows(page)).toHaveCount(expected.length);
  await expect(page.getByRole('checkbox', { name: 'Tariff' })).not.toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: 'Concession' }),
  ).toBeChecked();
  await page.reload();
  await waitForHydration(page);
  await expect(rows(page)).toHaveCount(expected.length);
});

test('changing a filter writes it to the URL, and the URL reproduces the view', async ({
  page,
}) => {
  await page.goto('/events');
  await waitForHydration(page);
  await page
    .getByRole('group', { name: 'Kind' })
    .getByRole('checkbox', { name: 'Statement' })
    .uncheck();
  await expect(page).toHaveURL(/kind=tariff~pressure~concession~outcome/);
  await page.getByRole('searchbox', { name: 'Search' }).fill('troops');
  await expect(page).toHaveURL(/q=troops/);
  const shown = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
  expect(shown.length).toBeGreaterThan(0);

  const copy = await page.context().newPage();
  await copy.goto(page.url());
  await waitForHydration(copy);
  await expect(copy.getByRole('searchbox', { name: 'Search' })).toHaveValue('troops');
  const reproduced = await rows(copy).evaluateAll((trs) =>
    trs.map((tr) => tr.getAttribute('data-id')),
  );
  expect(reproduced).toEqual(shown);
});

test('sorting by a column orders the rows and is kept in the URL', async ({ page }) => {
  await page.goto('/events');
  await waitForHydration(page);
  await page.getByRole('button', { name: /^Date/ }).click();
  await expect(page).toHaveURL(/dir=desc/);
  const firstId = await rows(page).first().getAttribute('data-id');
  const latest = [...events].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
  expect(events.find((e) => e.id === firstId)!.date).toBe(latest.date);
  await expect(page.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
});

test('hostile or invalid parameters fall back to the defaults with a notice', async ({ page }) => {
  const errors = trackErrors(page);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    return dialog.dismiss();
  });
  await page.goto(
    '/events?kind=%3Cscript%3Ealert(1)%3C/script%3E&sort=evil&actor=XX&q=' + 'x'.repeat(500),
  );
  await waitForHydration(page);
  await expect(rows(page)).toHaveCount(events.length);
  await expect(page.getByRole('status').filter({ hasText: 'Ignored kind=' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Ignored sort=' })).toBeVisible();
  await expect(page).toHaveURL(/\/events$/);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('event links open the event page, with its quotes and previous/next', async ({ page }) => {
  const target = events[1]!;
  await page.goto('/events');
  await waitForHydration(page);
  await page.getByRole('link', { name: target.title, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/events/${target.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
  await expect(page.locator('blockquote').first()).toBeVisible();
  await page.getByRole('link', { name: /Previous/ }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${events[0]!.id}$`));
});

test('on a phone a date range wraps after its dash and nowhere else, keeping its column narrow', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/events');
  const cells = page.locator('table.events-table tbody td:first-child');
  const range = cells.filter({ hasText: ' – ' }).first();
  await expect(range).toHaveText(/^\S.* – \S.*$/);
  // Its two ends, each on a line of its own.
  const tops = await range
    .locator('span')
    .evaluateAll((ends) => ends.map((end) => end.getBoundingClientRect().top));
  expect(tops).toHaveLength(2);
  expect(tops[1]!).toBeGreaterThan(tops[0]!);
  // So the column is as wide as its widest single date, not as its widest range.
  const widest = await cells.evaluateAll((tds) =>
    Math.max(
      ...tds.flatMap((td) =>
        [...td.querySelectorAll('span')].map((end) => end.getBoundingClientRect().width),
      ),
    ),
  );
  const rangeWidth = await range.evaluate((td) => {
    const text = document.createElement('span');
    text.style.whiteSpace = 'nowrap';
    text.textContent = td.textContent;
    td.append(text);
    const width = text.getBoundingClientRect().width;
    text.remove();
    return width;
  });
  const column = (await range.boundingBox())!.width;
  expect(column).toBeLessThan(rangeWidth);
  expect(column).toBeLessThanOrEqual(Math.max(widest + 24, 7.5 * 16 + 1));
});
