/**
 * Keyboard only, on the pages with charts: Tab reaches the skip link first and Enter on it moves
 * focus into the main content; further Tabs reach the filters, the chart's markers or dots and
 * what follows in reading order, every focused element is visible, and Space or Enter operates them.
 */
import { expect, test } from '@playwright/test';
import { trackErrors } from './helpers';
import {
  expectWalk,
  focused,
  search,
  skipToContent,
  tabThrough,
  type Target,
} from './keyboard-walk';

test('/: skip link, then the controls, the chart markers and the share panel, all operable', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await skipToContent(page, '/');
  await page.locator('.chart-box[data-rendered="true"]').waitFor();

  const targets: Target[] = [
    {
      name: 'a country checkbox',
      selector: 'main form input[type="checkbox"][name="country"]',
      operate: async (page) => {
        const box = page.locator(':focus');
        await expect(box).toBeChecked();
        await page.keyboard.press('Space');
        await expect(box).not.toBeChecked();
        await expect(page).toHaveURL(/[?&]country=/);
        await page.keyboard.press('Space');
        await expect(box).toBeChecked();
        await expect.poll(() => search(page)).not.toContain('country=');
      },
    },
    { name: 'the from date', selector: 'input[name="from"]' },
    { name: 'the to date', selector: 'input[name="to"]' },
    {
      name: 'a preset button',
      selector: 'main form [role="group"][aria-label="Date presets"] button',
      operate: async (page) => {
        // "All" comes first and is already pressed; Enter on it keeps the full range.
        await expect(page.locator(':focus')).toHaveAttribute('aria-pressed', 'true');
        await page.keyboard.press('Tab');
        const year = page.locator(':focus');
        await expect(year).toHaveText('2024');
        await page.keyboard.press('Enter');
        // The year cut to the data, which starts on 25 Nov 2024.
        await expect(page).toHaveURL(/from=2024-11-25&to=2024-12-31/);
        await expect(year).toHaveAttribute('aria-pressed', 'true');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Enter');
        await expect.poll(() => search(page)).toBe('');
      },
    },
    {
      name: 'a chart marker',
      selector: 'a.focus-target',
      operate: async (page) => {
        await expect(page.getByRole('tooltip')).toBeVisible();
      },
    },
    {
      name: 'the "Share & embed" summary',
      selector: 'main details[data-share-panel] > summary',
    },
  ];
  const walk = await tabThrough(page, targets);
  expectWalk(walk, targets);

  // Enter opens the share panel; the embed's theme choice (one stop for its radio group), then the
  // permalink, are next in the focus order.
  await page.keyboard.press('Enter');
  await expect(page.locator('details[data-share-panel]')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('name', 'theme-tariff-timeline');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-share', 'permalink');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('details[data-share-panel]')).not.toHaveAttribute('open');

  // And Enter on a marker opens its event.
  await page.keyboard.press('Shift+Tab');
  const marker = await focused(page, ['a.focus-target']);
  expect(marker.matches, `Shift+Tab from the summary: ${marker.label}`).toEqual(['a.focus-target']);
  const href = await page.locator(':focus').getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  expect(errors).toEqual([]);
});

test('/compare: skip link, then the window field, a response’s dot and a sort header', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await skipToContent(page, '/compare');

  const targets: Target[] = [
    {
      name: 'a country checkbox',
      selector: 'main form input[type="checkbox"][name="country"]:not(:disabled)',
      operate: async (page) => {
        const box = page.locator(':focus');
        const before = await box.isChecked();
        await page.keyboard.press('Space');
        await expect(box).toBeChecked({ checked: !before });
        await expect.poll(() => search(page)).toMatch(/country=/);
        await page.keyboard.press('Space');
        await expect(box).toBeChecked({ checked: before });
        await expect.poll(() => search(page)).toBe('');
      },
    },
    {
      name: 'the window field',
      selector: 'main form input[type="number"][name="window"]',
      operate: async (page) => {
        const field = page.locator(':focus');
        await expect(field).toHaveValue('30');
        await page.keyboard.press('ArrowUp');
        await expect(field).toHaveValue('31');
        await expect(page).toHaveURL(/window=31/);
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => search(page)).toBe('');
      },
    },
    {
      name: 'a response’s dot',
      selector: '.compare-chart a.pair',
      operate: async (page) => {
        await expect(page.locator(':focus')).toHaveClass(/active/);
        await expect(page.locator('.pair-detail blockquote').first()).toBeVisible();
      },
    },
    {
      name: 'a sortable column header',
      selector: 'table.threat-table th[aria-sort] > button',
    },
  ];
  const walk = await tabThrough(page, targets, 250);
  expectWalk(walk, targets);

  const header = page.locator('table.threat-table th').filter({ has: page.locator(':focus') });
  const sortBefore = await header.getAttribute('aria-sort');
  await page.keyboard.press('Enter');
  await expect(header).not.toHaveAttribute('aria-sort', sortBefore ?? 'none');
  await expect(page).toHaveURL(/sort=|dir=desc/);
  expect(errors).toEqual([]);
});
