/**
 * Keyboard only, from the top of each main page: Tab reaches the skip link first and Enter on it
 * moves focus into the main content; further Tabs reach the page's main controls in reading order,
 * every focused element is visible, and Space or Enter operates them.
 */
import { expect, test, type Page } from '@playwright/test';
import { events } from './dataset';
import { trackErrors, waitForHydration } from './helpers';

interface Focused {
  /** A short description, for messages. */
  label: string;
  /** Which of the targets' selectors the element matches. */
  matches: string[];
  width: number;
  height: number;
  visible: boolean;
  inMain: boolean;
  isBody: boolean;
}

/** The focused element: what it is, whether it can be seen, and which targets it matches. */
function focused(page: Page, selectors: string[]): Promise<Focused> {
  return page.evaluate((selectors: string[]) => {
    const el = document.activeElement ?? document.body;
    const box = el.getBoundingClientRect();
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    const label =
      `<${el.localName}${el.id ? `#${el.id}` : ''}` +
      `${el.getAttribute('name') ? ` name="${el.getAttribute('name')}"` : ''}> ` +
      name.trim().replace(/\s+/g, ' ').slice(0, 30);
    return {
      label,
      matches: selectors.filter((selector) => el.matches(selector)),
      width: box.width,
      height: box.height,
      // An SVG link's box is its geometry's, without the stroke: a vertical line is 0 wide
      // yet drawn, so there one non-zero side is enough.
      visible:
        (el instanceof SVGElement
          ? box.width > 0 || box.height > 0
          : box.width > 0 && box.height > 0) &&
        el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }),
      inMain: !!document.querySelector('main')?.contains(el),
      isBody: el === document.body || el === document.documentElement,
    };
  }, selectors);
}

interface Target {
  name: string;
  selector: string;
  /** Run once, when the target is first focused; must leave focus on it. */
  operate?: (page: Page) => Promise<void>;
}

/**
 * Presses Tab (up to `max` times) until every target has been focused. Returns the targets in the
 * order they were first reached, and every focused element that could not be seen.
 */
async function tabThrough(page: Page, targets: Target[], max = 200) {
  const selectors = targets.map((t) => t.selector);
  const reached: string[] = [];
  const invisible: string[] = [];
  const trail: string[] = [];
  // The element focused now counts too (the skip link leaves the focus on main's first control).
  for (let i = 0; i <= max && reached.length < targets.length; i += 1) {
    if (i > 0) await page.keyboard.press('Tab');
    const now = await focused(page, selectors);
    if (i === 0 && now.isBody) continue;
    trail.push(now.label);
    if (!now.isBody && !now.visible) {
      invisible.push(`${now.label} (${now.width}×${now.height})`);
    }
    for (const target of targets) {
      if (reached.includes(target.name) || !now.matches.includes(target.selector)) continue;
      reached.push(target.name);
      if (target.operate) {
        await target.operate(page);
        expect(
          (await focused(page, [target.selector])).matches,
          `${target.name} keeps the focus after being operated`,
        ).toEqual([target.selector]);
      }
    }
  }
  return { reached, invisible, trail };
}

/** From a fresh load: the skip link first, then Enter on it puts the focus into <main>. */
async function skipToContent(page: Page, path: string) {
  await page.goto(path);
  await waitForHydration(page);
  await page.keyboard.press('Tab');
  const skip = await focused(page, ['a[href="#main"]']);
  expect(
    skip.matches,
    `the first Tab on ${path} lands on the skip link, not ${skip.label}`,
  ).toEqual(['a[href="#main"]']);
  expect(skip.visible, 'the focused skip link is visible').toBe(true);
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  // Focus moves into the main content (or the next Tab starts there, skipping the site header).
  const after = await focused(page, []);
  if (!after.inMain) {
    await page.keyboard.press('Tab');
    const next = await focused(page, []);
    expect(next.inMain, `after the skip link, Tab lands in <main>, not on ${next.label}`).toBe(
      true,
    );
    expect(next.visible, `${next.label} is visible`).toBe(true);
    return next;
  }
  return after;
}

function expectWalk(
  walk: { reached: string[]; invisible: string[]; trail: string[] },
  targets: Target[],
) {
  const expected = targets.map((t) => t.name);
  expect(walk.reached, `reached in this order (the focus went: ${walk.trail.join(' → ')})`).toEqual(
    expected,
  );
  expect(walk.invisible, 'focused elements that cannot be seen').toEqual([]);
}

const search = (page: Page) => new URL(page.url()).search;

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
