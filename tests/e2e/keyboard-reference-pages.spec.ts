/**
 * Keyboard only, on the reference pages (/sources, /data): the site header in reading order, the
 * skip link into the main content, then its disclosures and download links, every focused element
 * visible, and Space or Enter operates them.
 */
import { expect, test } from '@playwright/test';
import { trackErrors, waitForHydration } from './helpers';
import { expectWalk, skipToContent, tabThrough, type Target } from './keyboard-walk';

test('/sources: skip link, then each article’s event list toggles and its links open', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await skipToContent(page, '/sources');

  const targets: Target[] = [
    {
      name: 'an article’s event list',
      selector: 'main details > summary',
      operate: async (page) => {
        const details = page.locator('details').filter({ has: page.locator(':focus') });
        const open = (await details.getAttribute('open')) !== null;
        await page.keyboard.press('Enter');
        await expect(details).toHaveJSProperty('open', !open);
        await page.keyboard.press('Space');
        await expect(details).toHaveJSProperty('open', open);
      },
    },
    { name: 'an event link', selector: 'main details a[href^="/events/"]' },
  ];
  const walk = await tabThrough(page, targets);
  expectWalk(walk, targets);

  const href = await page.locator(':focus').getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  expect(errors).toEqual([]);
});

test('/data: the header in order (skip link, brand, navigation, theme), then the downloads and the versions', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto('/data');
  await waitForHydration(page);

  // Without taking the skip link: the site header, in reading order.
  const header: Target[] = [
    { name: 'the skip link', selector: 'a[href="#main"]' },
    { name: 'the site name', selector: 'header a[href="/"]:not(nav *)' },
    { name: 'Timeline', selector: 'nav a[href="/"]' },
    { name: 'Compare', selector: 'nav a[href="/compare"]' },
    { name: 'Events', selector: 'nav a[href="/events"]' },
    { name: 'Sources', selector: 'nav a[href="/sources"]' },
    { name: 'Data', selector: 'nav a[href="/data"]' },
    {
      name: 'the theme select',
      selector: 'select[name="theme"]',
      operate: async (page) => {
        await page.keyboard.press('ArrowDown');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        await page.keyboard.press('ArrowUp');
        await expect(page.locator('html')).not.toHaveAttribute('data-theme');
      },
    },
  ];
  const headerWalk = await tabThrough(page, header, 12);
  expectWalk(headerWalk, header);

  await skipToContent(page, '/data');
  const targets: Target[] = [
    { name: 'the CSV download', selector: 'main a[href="/data/events.csv"]' },
    { name: 'the JSON download', selector: 'main a[href="/data/events.json"]' },
    { name: 'the data package', selector: 'main a[href="/data/datapackage.json"]' },
    { name: 'the release feed', selector: 'main a[href="/data/feed.xml"]' },
    { name: "1.3.0's CSV", selector: 'main a[href="/data/v1.3.0/events.csv"]' },
    {
      name: "1.3.0's changes",
      selector: '#v1\\.3\\.0 summary',
      operate: async (page) => {
        await page.keyboard.press('Enter');
        await expect(page.locator('#v1\\.3\\.0 details')).toHaveAttribute('open', '');
      },
    },
  ];
  const walk = await tabThrough(page, targets);
  expectWalk(walk, targets);
  expect(errors).toEqual([]);
});
