/**
 * Embeds: /embed/<chart> framed by pages on another origin (embed-hosts.ts) and sized by /embed.js;
 * the snippets' heights; the page itself (404, noindex, no site chrome, the link back, the theme)
 * and axe. The messages between frames: embed-messages.spec.ts; the framing headers:
 * embed-framing.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  contentHeight,
  EMBED,
  embedFrame,
  frameScrollHeight,
  serveHostPage,
  SITE,
} from './embed-hosts';
import {
  countryPixelsInRatePlot,
  expectNoAxeViolations,
  trackErrors,
  waitForHydration,
} from './helpers';

/** The snippet exactly as the /embed page documents it (its origin filled in on load). */
async function documentedSnippet(page: Page): Promise<string> {
  await page.goto('/embed');
  await waitForHydration(page);
  const snippet = (await page.locator('pre.snippet').first().textContent())!;
  expect(snippet).toContain(`<iframe\n  src="${SITE}${EMBED}"`);
  expect(snippet).toContain(`<script src="${SITE}/embed.js"`);
  return snippet;
}

test('the documented snippet on another site: the chart draws and /embed.js fits the frame', async ({
  page,
}) => {
  const snippet = await documentedSnippet(page);
  const defaultHeight = Number(/height="(\d+)"/.exec(snippet)![1]);
  const host = await serveHostPage(`<div id="column" style="width: 420px">${snippet}</div>`);
  try {
    const errors = trackErrors(page);
    await page.goto(host.origin);
    const iframe = page.locator('iframe');
    const frame = await embedFrame(page);
    await frame.locator('.chart-box[data-rendered="true"]').waitFor();
    const lines = await countryPixelsInRatePlot(frame);
    for (const code of ['MX', 'CA', 'CN'] as const) expect(lines[code], code).toBeGreaterThan(50);

    // From the snippet's height to the content's.
    await expect.poll(() => iframe.evaluate((el) => el.style.height)).toMatch(/^\d+px$/);
    const fitted = async () =>
      Math.abs((await iframe.evaluate((el) => el.clientHeight)) - (await frameScrollHeight(frame)));
    await expect.poll(fitted).toBeLessThanOrEqual(3);
    const narrowHeight = await iframe.evaluate((el) => el.clientHeight);
    expect(narrowHeight).not.toBe(defaultHeight);

    // And again whenever the content's height changes: here, a wider column.
    await page.locator('#column').evaluate((el) => (el.style.width = '1000px'));
    await expect.poll(() => iframe.evaluate((el) => el.clientHeight)).not.toBe(narrowHeight);
    await expect.poll(fitted).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
  } finally {
    await host.stop();
  }
});

test('each snippet is tall enough for its chart at article widths, without /embed.js', async ({
  page,
  browser,
}) => {
  test.slow(); // 18 page loads: three charts, two languages, three widths
  const snippets: string[] = [];
  for (const preview of ['/embed', '/es/embed']) {
    await page.goto(preview);
    snippets.push(...(await page.locator('pre.snippet').allTextContents()));
  }
  expect(snippets).toHaveLength(6);
  for (const snippet of snippets) {
    const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'));
    const path = src.pathname + src.search;
    const height = Number(/height="(\d+)"/.exec(snippet)![1]);
    for (const width of [480, 640, 1000]) {
      const frame = await browser.newPage({ viewport: { width, height } });
      await frame.goto(path);
      await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      expect(await contentHeight(frame.mainFrame()), `${path} at ${width} px`).toBeLessThanOrEqual(
        height,
      );
      await frame.close();
    }
  }
});

test('a framed embed opens links in a new tab and leaves the host page as it was', async ({
  page,
  context,
}) => {
  const host = await serveHostPage(`<iframe src="${SITE}${EMBED}" title="Chart" width="1000"
    height="760" style="border:0"></iframe>`);
  try {
    await page.goto(host.origin);
    const frame = await embedFrame(page);
    await frame.locator('.chart-box[data-rendered="true"]').waitFor();
    await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const popup = context.waitForEvent('page');
    await frame.locator('a.focus-target').first().focus();
    await page.keyboard.press('Enter');
    await expect(await popup).toHaveURL(/\/events\/[\w-]+$/);
    expect(frame.url()).toBe(`${SITE}${EMBED}`);
    await expect(page).toHaveURL(`${host.origin}/`);
  } finally {
    await host.stop();
  }
});

test('a framed comparison chart opens its pairs, and the links under their quotes, in a new tab', async ({
  page,
  context,
}) => {
  const host = await serveHostPage(`<iframe src="${SITE}/embed/threats-responses" title="Chart"
    width="1000" height="900" style="border:0"></iframe>`);
  try {
    await page.goto(host.origin);
    const frame = await embedFrame(page, /\/embed\/threats-responses/);
    await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // An SVG link: the response's dot opens the response.
    const pair = frame.locator('.layout.wide a.pair[data-basis="window"]').first();
    const href = (await pair.getAttribute('href'))!;
    let popup = context.waitForEvent('page');
    await pair.focus();
    await page.keyboard.press('Enter');
    await expect(await popup).toHaveURL(new RegExp(`${href}$`));
    // An HTML link among the pair's quotes, shown since the focus.
    popup = context.waitForEvent('page');
    await frame.locator('.pair-detail a').first().click();
    await expect(await popup).toHaveURL(/\/events\/[\w-]+$/);
    expect(frame.url()).toBe(`${SITE}/embed/threats-responses`);
    await expect(page).toHaveURL(`${host.origin}/`);
  } finally {
    await host.stop();
  }
});

test('an unknown chart is a real 404', async ({ request }) => {
  const response = await request.get('/embed/no-such-chart');
  expect(response.status()).toBe(404);
});

test('the embed: not indexed, no site chrome, a link back to the full view with the same query', async ({
  page,
}) => {
  const errors = trackErrors(page);
  const query = '?country=MX~CA&kind=tariff~concession&from=2025-01-01&to=2025-12-31';
  await page.goto(`${EMBED}${query}&theme=light`);
  await waitForHydration(page);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Mexico's 25% tariff took effect after one pause; the 30% never did",
  );
  await expect(page.locator('.credit')).toContainText(
    /Source: Tariff Pressure Tracker, dataset v\d+\.\d+\.\d+,\s+from \d+ news articles/,
  );
  const back = page.getByRole('link', { name: /Full view/ });
  await expect(back).toHaveAttribute('href', `/${query}`);
  await expect(back).toHaveAttribute('target', '_blank');
  // The view is the full view's: only Mexico and Canada.
  await expect(page.locator('.key li')).toHaveText(['Mexico', 'Canada']);
  expect(errors).toEqual([]);
});

test('theme=dark sets the dark theme, before hydration too', async ({ page, browser }) => {
  await page.goto(`${EMBED}?theme=dark`);
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(18, 20, 23)');

  // The blocking script in <head> applies it before the app's JavaScript runs.
  const context = await browser.newContext();
  const noApp = await context.newPage();
  await noApp.route('**/_app/**/*.js', (route) => route.abort());
  await noApp.goto(`${EMBED}?theme=dark`);
  await expect(noApp.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('a bad theme falls back to auto with a notice, and no error', async ({ page }) => {
  const errors = trackErrors(page);
  page.on('dialog', () => errors.push('a dialog opened'));
  await page.goto(`${EMBED}?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E&country=MX`);
  await waitForHydration(page);
  await page.locator('.chart-box[data-rendered="true"]').waitFor();
  await expect(page.getByRole('status').filter({ hasText: 'Ignored theme=' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  // The rest of the address still applies, and stays in it.
  await expect(page.locator('.key li')).toHaveText(['Mexico']);
  await expect(page).toHaveURL(/\?country=MX$/);
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/embed without JavaScript: the snippets, and a frame per chart that loads', async ({
    page,
  }) => {
    await page.goto('/embed');
    await expect(page.locator('pre.snippet')).toHaveCount(3);
    const shown = page.locator('iframe:visible');
    await expect(shown).toHaveCount(3);
    for (const [i, chart] of ['tariff-timeline', 'threats-responses', 'pressure-index'].entries()) {
      await expect(shown.nth(i)).toHaveAttribute('src', `/embed/${chart}`);
    }
    await shown.first().scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe:visible').first();
    await expect(frame.locator('h1, h2').first()).toBeVisible();
  });
});

test('/embed previews each chart in one frame, at the width the reader picks', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/embed');
  await waitForHydration(page);
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(3);
  // A frame loads its chart only once it comes near the screen.
  await expect(frames.last()).not.toHaveAttribute('src');
  await frames.last().scrollIntoViewIfNeeded();
  await expect(frames.last()).toHaveAttribute('src', '/embed/pressure-index');
  const timeline = frames.first();
  await timeline.scrollIntoViewIfNeeded();
  await expect(timeline).toHaveAttribute('src', '/embed/tariff-timeline');
  await expect(timeline).toHaveAttribute('width', '640');
  const section = page.locator('section').first();
  await section.getByLabel('360 px wide').check();
  await expect(timeline).toHaveAttribute('width', '360');
  await expect(timeline).toHaveAttribute('title', /\(preview, 360 px\)$/);
  // The other charts keep their own width.
  await expect(frames.nth(1)).toHaveAttribute('width', '640');
  expect(errors).toEqual([]);
});

for (const path of [
  `${EMBED}`,
  `${EMBED}?theme=dark`,
  '/embed/threats-responses?country=MX~CA',
  '/embed/pressure-index?theme=dark',
  '/embed',
  '/es/embed/tariff-timeline',
  '/es/embed/tariff-timeline?theme=dark',
  '/es/embed/threats-responses?theme=dark',
  '/es/embed/pressure-index',
  '/es/embed',
]) {
  test(`${path} has no axe violations`, async ({ page }) => {
    // The preview pages hold three frames, each checked by axe: slow on a busy machine.
    if (path.endsWith('/embed')) test.slow();
    const errors = trackErrors(page);
    await page.goto(path);
    await waitForHydration(page);
    await expect(page.locator('h1')).toBeVisible();
    if (path.replace(/^\/es/, '').startsWith(EMBED))
      await page.locator('.chart-box[data-rendered="true"]').waitFor();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}
