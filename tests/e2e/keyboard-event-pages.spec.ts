/**
 * Keyboard only, on the list of events and an event's page: Tab reaches the skip link first and
 * Enter on it moves focus into the main content; further Tabs reach the filters, the search box, the
 * sort headers and the links in reading order, every focused element is visible, and Space or Enter
 * operates them.
 */
import { expect, test } from '@playwright/test';
import { events } from './dataset';
import { trackErrors } from './helpers';
import { expectWalk, search, skipToContent, tabThrough, type Target } from './keyboard-walk';

test('/events: skip link, then the filters, the search box, a sort header and an event link', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await skipToContent(page, '/events');
  const rows = page.locator('table.events-table tbody tr[data-id]');

  const targets: Target[] = [
    {
      name: 'a kind filter',
      selector: 'main form input[type="checkbox"][name="kind"]',
      operate: async (page) => {
        await page.keyboard.press('Space');
        await expect(page).toHaveURL(/[?&]kind=/);
        await expect.poll(() => rows.count()).toBeLessThan(events.length);
        await page.keyboard.press('Space');
        await expect.poll(() => search(page)).toBe('');
        await expect(rows).toHaveCount(events.length);
      },
    },
    { name: 'an actor filter', selector: 'main form input[type="checkbox"][name="actor"]' },
    {
      name: 'a country filter',
      selector: 'main form input[type="checkbox"][name="country"]',
    },
    {
      name: 'the search box',
      selector: 'input[type="search"]',
      operate: async (page) => {
        await page.keyboard.type('troops');
        await expect(page).toHaveURL(/q=troops/);
        await expect.poll(() => rows.count()).toBeLessThan(events.length);
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Backspace');
        await expect.poll(() => search(page)).toBe('');
        await expect(rows).toHaveCount(events.length);
      },
    },
    {
      name: 'a sortable column header',
      selector: 'table.events-table th[aria-sort] > button',
      operate: async (page) => {
        const header = page
          .locator('table.events-table th')
          .filter({ has: page.locator(':focus') });
        await expect(header).toHaveAttribute('aria-sort', 'ascending');
        await page.keyboard.press('Enter');
        await expect(header).toHaveAttribute('aria-sort', 'descending');
        await expect(page).toHaveURL(/dir=desc/);
        await page.keyboard.press('Space');
        await expect(header).toHaveAttribute('aria-sort', 'ascending');
      },
    },
    { name: 'an event link', selector: 'table.events-table tbody a[href^="/events/"]' },
  ];
  const walk = await tabThrough(page, targets);
  expectWalk(walk, targets);

  const link = page.locator(':focus');
  const title = (await link.textContent())!.trim();
  const href = (await link.getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(errors).toEqual([]);
});

test('an event page: skip link, then the quotes’ sources and previous/next, Enter follows them', async ({
  page,
}) => {
  const errors = trackErrors(page);
  const event = events[1]!;
  await skipToContent(page, `/events/${event.id}`);

  const targets: Target[] = [
    { name: 'the link back to all events', selector: 'main a[href="/events"]' },
    { name: 'a source link', selector: 'main a[href^="/sources#"]' },
    { name: 'the previous event', selector: 'main a[rel="prev"]' },
    { name: 'the next event', selector: 'main a[rel="next"]' },
  ];
  const walk = await tabThrough(page, targets);
  expectWalk(walk, targets);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/events/${events[2]!.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(events[2]!.title);
  expect(errors).toEqual([]);
});
