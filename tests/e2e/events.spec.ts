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

test('on a phone each event is a block of lines, each named by its column', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/events');
  const row = page.locator('table.events-table tbody tr').filter({ hasText: ' – ' }).first();
  const cells = row.locator('td');
  const names = await cells.evaluateAll((tds) =>
    tds.map((td) => getComputedStyle(td, '::before').content),
  );
  expect(names.slice(0, 4)).toEqual(['"Date"', '"Event"', '"Kind"', '"Actor"']);
  // One line under another, not side by side.
  const tops = await row
    .locator('td:visible')
    .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
  expect(tops.length).toBeGreaterThanOrEqual(4);
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  expect(new Set(tops).size).toBe(tops.length);
  // A date range has the room to stay whole on its line.
  const ends = await cells
    .first()
    .locator('span')
    .evaluateAll((spans) => spans.map((end) => end.getBoundingClientRect().top));
  expect(ends).toHaveLength(2);
  expect(ends[1]).toBe(ends[0]);
  expect((await row.boundingBox())!.width).toBeLessThanOrEqual(390 - 32);
});
