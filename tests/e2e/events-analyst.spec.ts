/** /events as an analyst uses it: a date range, the rows shown as CSV, dates searched as shown, key numbers. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { waitForHydration } from './helpers';

const rows = (page: Page) => page.locator('table.events-table tbody tr[data-id]');
const ids = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => tr.dataset.id!));

async function typeInto(page: Page, name: 'from' | 'to', text: string) {
  await page.locator(`main input[name="${name}"]`).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text, { delay: 20 });
}

const MARCH_2025 = [
  '2025-02-13-mexico-opens-antidumping-probes-on-china',
  '2025-03-04-tariffs-take-effect',
  '2025-03-06-usmca-goods-exempted',
];

test('From and To narrow the table, live in the address, and the rows shown download as CSV', async ({
  page,
}) => {
  await page.goto('/events');
  await waitForHydration(page);
  await typeInto(page, 'from', '03/01/2025');
  await page.keyboard.press('Tab');
  await typeInto(page, 'to', '03/31/2025');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?from=2025-03-01&to=2025-03-31$/);
  // The anti-dumping probes ran from c. 13 Feb to c. 5 Mar 2025: their span touches March.
  await expect(rows(page)).toHaveCount(MARCH_2025.length);
  expect(await ids(page)).toEqual(MARCH_2025);
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing 3 of 49 events.' }),
  ).toBeVisible();

  const button = page.getByRole('button', { name: 'Download the 3 rows shown (CSV)' });
  await expect(button).toBeVisible();
  // Beside the full dataset's files.
  await expect(page.getByText('The full dataset:')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const csv = csvParse(readFileSync((await download.path())!, 'utf8'));
  expect(csv.map((row) => row.id)).toEqual(MARCH_2025);
  const full = csvParse(readFileSync('build/data/events.csv', 'utf8'));
  expect(csv.columns).toEqual(full.columns);
  expect(csv[1]).toEqual(full.find((row) => row.id === MARCH_2025[1]));

  await page.reload();
  await waitForHydration(page);
  expect(await ids(page)).toEqual(MARCH_2025);
  await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue('03/01/2025');
});

test('one row shown says so in the singular, in English and in Spanish', async ({ page }) => {
  await page.goto('/events?from=2025-08-05&to=2025-08-05&kind=statement');
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Download the 1 row shown (CSV)' })).toBeVisible();
  await page.goto('/es/events?from=2025-03-01&to=2025-03-31');
  await waitForHydration(page);
  await expect(
    page.getByRole('button', { name: 'Descargar las 3 filas mostradas (CSV)' }),
  ).toBeVisible();
  await page.goto('/es/events?from=2025-08-05&to=2025-08-05&kind=statement');
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Descargar 1 fila mostrada (CSV)' })).toBeVisible();
});

test('a hostile or reversed date in the address gets a one-line notice and is ignored', async ({
  page,
}) => {
  await page.goto('/events?from=2025-02-30&to=%3Cscript%3E');
  await waitForHydration(page);
  await expect(
    page.getByText('Ignored from="2025-02-30": expected a date YYYY-MM-DD.'),
  ).toBeVisible();
  await expect(page.getByText('Ignored to="<script>": expected a date YYYY-MM-DD.')).toBeVisible();
  await expect(rows(page)).toHaveCount(49);
  await page.goto('/events?from=2025-12-31&to=2025-01-01');
  await waitForHydration(page);
  await expect(
    page.getByText('Ignored the date range 2025-12-31 to 2025-01-01: it ends before it starts.'),
  ).toBeVisible();
  await expect(rows(page)).toHaveCount(49);
});

test('the search finds the dates as the table shows them, in English and in Spanish', async ({
  page,
}) => {
  await page.goto('/events');
  await waitForHydration(page);
  await page.getByRole('searchbox').pressSequentially('Jul 2025');
  await expect(page).toHaveURL(/q=Jul(\+|%20)2025/);
  const july = await ids(page);
  expect(july).toContain('2025-07-record-low-border-crossings');
  expect(july).toContain('2025-07-10-trump-threatens-35-percent-on-canada');

  await page.goto('/es/events');
  await waitForHydration(page);
  await page.getByRole('searchbox').pressSequentially('mar 2025');
  const marzo = await ids(page);
  for (const id of MARCH_2025) expect(marzo).toContain(id);
  await expect(rows(page).filter({ hasText: '4 mar 2025' })).toHaveCount(1);
});

test('each key number says what it counts, and sorting keeps figures within their group', async ({
  page,
}) => {
  await page.goto('/events');
  await waitForHydration(page);
  const cell = (id: string) => page.locator(`tr[data-id="${id}"] td.key-number`);
  await expect(cell('2025-05-us-revokes-visas-of-mexican-politicians')).toHaveText(
    /50 people\s*visas revoked/,
  );
  await expect(cell('2025-07-record-low-border-crossings')).toHaveText(
    /4,601 people\s*border apprehensions in the month/,
  );
  await expect(cell('2025-02-27-mexico-hands-over-29-prisoners')).toHaveText(
    /29 people\s*handed over to the U\.S\./,
  );

  const handedOver = [
    '2025-08-12-mexico-hands-over-26-prisoners',
    '2025-02-27-mexico-hands-over-29-prisoners',
    '2026-01-20-mexico-hands-over-37-prisoners',
  ];
  const positions = async () => {
    const order = await ids(page);
    return handedOver.map((id) => order.indexOf(id));
  };
  await page.getByRole('button', { name: /^Key number/ }).click();
  await expect(page).toHaveURL(/sort=number/);
  const ascending = await positions();
  expect(ascending[1]).toBe(ascending[0]! + 1);
  expect(ascending[2]).toBe(ascending[0]! + 2);
  await page.getByRole('button', { name: /^Key number/ }).click();
  await expect(page).toHaveURL(/sort=number&dir=desc/);
  const descending = await positions();
  expect(descending).toEqual([descending[0]!, descending[0]! - 1, descending[0]! - 2]);
  // The 50 visas revoked never sit among the people handed over.
  const order = await ids(page);
  const visas = order.indexOf('2025-05-us-revokes-visas-of-mexican-politicians');
  expect(visas < Math.min(...descending) || visas > Math.max(...descending)).toBe(true);

  await page.goto('/es/events');
  await waitForHydration(page);
  await expect(cell('2025-05-us-revokes-visas-of-mexican-politicians')).toHaveText(
    /50 personas\s*visas revocadas/,
  );
});
