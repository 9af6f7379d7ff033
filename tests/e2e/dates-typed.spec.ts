/**
 * Dates typed into the date fields as a person types them: digit by digit, with the keyboard. Nothing
 * applies until the field is left (Tab) or Enter is pressed, and a date outside the data says so.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';

type FieldName = 'From' | 'To' | 'Desde' | 'Hasta';
const NAME_ATTRIBUTE: Record<FieldName, string> = {
  From: 'from',
  To: 'to',
  Desde: 'from',
  Hasta: 'to',
};
const field = (page: Page, name: FieldName) =>
  page.locator(`main input[name="${NAME_ATTRIBUTE[name]}"]`);
const search = (page: Page) => page.evaluate(() => location.search);

/** Clicks the field, selects what it holds and types `text` one key at a time. */
async function typeInto(page: Page, name: FieldName, text: string) {
  await field(page, name).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text, { delay: 20 });
}

test('typing 03/01/2025 into From gives from=2025-03-01, and nothing applies mid-typing', async ({
  page,
}) => {
  await page.goto('/');
  await waitForHydration(page);
  await expect(field(page, 'From')).toHaveValue('11/25/2024');
  await expect(field(page, 'From')).toHaveAccessibleName('From');
  await typeInto(page, 'From', '03');
  await expect(field(page, 'From')).toHaveValue('03');
  expect(await search(page)).toBe('');
  await page.keyboard.type('/01/2025', { delay: 20 });
  expect(await search(page)).toBe('');
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/[?&]from=2025-03-01(&|$)/);
  await expect(field(page, 'From')).toHaveValue('03/01/2025');
  // Tab left the field for the next one: each date field is one Tab stop.
  await expect(field(page, 'To')).toBeFocused();
  await expect(page.locator('#marked-events tbody')).toContainText('4 Mar 2025');
  await expect(page.locator('#marked-events tbody')).not.toContainText('3 Feb 2025');
});

test('typing 03/31 into To after the 2025 preset gives to=2025-03-31', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.getByRole('button', { name: '2025', exact: true }).click();
  await expect(page).toHaveURL(/from=2025-01-01&to=2025-12-31/);
  await expect(field(page, 'To')).toHaveValue('12/31/2025');
  await typeInto(page, 'To', '03/31');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=2025-01-01&to=2025-03-31/);
  await expect(field(page, 'To')).toHaveValue('03/31/2025');
});

test('a date outside the data, or no date at all, is not applied and the field says why', async ({
  page,
}) => {
  await page.goto('/');
  await waitForHydration(page);
  await typeInto(page, 'To', '01/01/2027');
  await page.keyboard.press('Tab');
  const outside = page.getByText(
    'To: the data runs from 25 Nov 2024 to 21 Jan 2026, so 1 Jan 2027 is outside it. Not applied.',
  );
  await expect(outside).toBeVisible();
  await expect(field(page, 'To')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'To')).toHaveAccessibleDescription(/1 Jan 2027 is outside it/);
  await expect(field(page, 'To')).toHaveValue('01/01/2027');
  expect(await search(page)).toBe('');

  await typeInto(page, 'From', '02/30/2025');
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('From: “02/30/2025” is not a date. Type it as MM/DD/YYYY.'),
  ).toBeVisible();
  expect(await search(page)).toBe('');

  // A preset answers both complaints.
  await page.getByRole('button', { name: '2025', exact: true }).click();
  await expect(outside).toBeHidden();
  await expect(field(page, 'To')).not.toHaveAttribute('aria-invalid');
});

test('/compare reads a typed date the same way', async ({ page }) => {
  await page.goto('/compare/');
  await waitForHydration(page);
  await typeInto(page, 'From', '03/01/2025');
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/[?&]from=2025-03-01(&|$)/);
  await expect(field(page, 'From')).toHaveValue('03/01/2025');
});

test('the Spanish pages read day/month/year', async ({ page }) => {
  await page.goto('/es/');
  await waitForHydration(page);
  await expect(field(page, 'Desde')).toHaveValue('25/11/2024');
  await typeInto(page, 'Desde', '01/03/2025');
  await page.keyboard.press('Tab');
  await expect(page).toHaveURL(/[?&]from=2025-03-01(&|$)/);
  await typeInto(page, 'Hasta', '31/13/2025');
  await page.keyboard.press('Tab');
  await expect(
    page.getByText('Hasta: “31/13/2025” no es una fecha. Escríbela como DD/MM/AAAA.'),
  ).toBeVisible();
});
