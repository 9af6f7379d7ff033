import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { events } from './dataset';
import { expectNoAxeViolations, trackErrors, waitForHydration } from './helpers';

const englishPages = ['/', '/compare', '/events', '/sources', '/data', `/events/${events[0]!.id}`];
// Every page in both languages: the Spanish edition is the same pages under /es/.
const pages = [...englishPages, ...englishPages.map((path) => `/es${path}`)];

for (const path of pages) {
  test(`${path} loads without console errors and with no axe violations`, async ({ page }) => {
    const errors = trackErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await waitForHydration(page);
    await expect(page.locator('h1')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const embeds = ['/embed/tariff-timeline', '/embed/threats-responses', '/embed/pressure-index'];
  for (const path of [...pages, ...embeds]) {
    test(`${path} fits the screen's width and has no axe violations`, async ({ page }) => {
      const errors = trackErrors(page);
      await page.goto(path);
      await waitForHydration(page);
      // Charts shrink and tables reflow into stacked rows: neither the page nor a table scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      const tablesScrollingSideways = await page.evaluate(() =>
        [...document.querySelectorAll('table')]
          .filter(
            (table) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth + 1,
          )
          .map((table) => table.id || table.className),
      );
      expect(tablesScrollingSideways).toEqual([]);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }

  for (const path of ['/', '/es/']) {
    test(`${path}: the timeline chart starts within the first screen and a half`, async ({
      page,
    }) => {
      await page.goto(path);
      await waitForHydration(page);
      const chartTop = await page
        .locator('.chart-box')
        .evaluate((box) => box.getBoundingClientRect().top + window.scrollY);
      expect(chartTop).toBeLessThanOrEqual(1.5 * 844);
    });
  }
});

/** Checks that the policy in `html` lets only this site's scripts run. */
function expectStrictScriptPolicy(path: string, html: string) {
  const metas = [
    ...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g),
  ];
  expect(metas, path).toHaveLength(1);
  // A policy only governs the scripts after it.
  expect(html.indexOf(metas[0]![0]), path).toBeLessThan(html.search(/<script\b/));
  const policy = new Map(
    metas[0]![1]!
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
  const scriptSources = policy.get('script-src');
  expect(scriptSources, path).toContain("'self'");
  // 'self' and hashes of inline scripts: no 'unsafe-inline', 'unsafe-eval', host or scheme.
  for (const directive of ['default-src', 'script-src', 'script-src-elem', 'script-src-attr'])
    for (const source of policy.get(directive) ?? [])
      expect(source, `${path} ${directive}`).toMatch(/^'self'$|^'sha(256|384|512)-[\w+/]+=*'$/);
  expect(policy.get('object-src'), path).toEqual(["'none'"]);
  // Each inline script that runs is allowed by its hash (JSON data does not run).
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=|type="application\/(ld\+)?json"/.test(attributes!)) continue;
    const hash = createHash('sha256').update(body!).digest('base64');
    expect(scriptSources, `${path}: an inline script`).toContain(`'sha256-${hash}'`);
  }
}

test("every page's Content-Security-Policy lets only this site's scripts run", async ({
  request,
}) => {
  const embeds = ['tariff-timeline', 'threats-responses', 'pressure-index'].map(
    (c) => `/embed/${c}`,
  );
  const withEmbeds = [...pages, '/embed', '/es/embed', ...embeds, ...embeds.map((e) => `/es${e}`)];
  for (const path of withEmbeds)
    expectStrictScriptPolicy(path, await (await request.get(path)).text());
  // The page static hosts serve for unknown paths (vite preview does not serve it).
  expectStrictScriptPolicy('404.html', readFileSync('build/404.html', 'utf8'));
});

test('no page names the placeholder host it was prerendered on', async ({ request }) => {
  // Set at build time for a real address (README, "Deploy"); unset, the alternate links are left out.
  const origin = process.env.PUBLIC_SITE_ORIGIN;
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain('sveltekit-prerender');
    const alternates = [...html.matchAll(/<link rel="alternate" hreflang="(\w+)" href="([^"]*)"/g)];
    expect(alternates.map(([, lang]) => lang).sort(), path).toEqual(origin ? ['en', 'es'] : []);
    for (const [, , href = ''] of alternates)
      expect(href.startsWith(`${origin}/`), href).toBe(true);
  }
});

test('every page describes itself to link previews, in its language', async ({ page }) => {
  const meta = (property: string) =>
    page.locator(`meta[property="${property}"]`).getAttribute('content');
  for (const path of pages) {
    await page.goto(path);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description, path).toBeTruthy();
    expect(await meta('og:description'), path).toBe(description);
    const title = await meta('og:title');
    expect(title, path).toBeTruthy();
    expect(await meta('og:locale'), path).toBe(path.startsWith('/es') ? 'es_MX' : 'en_US');
    expect(await meta('og:site_name'), path).toBe(
      path.startsWith('/es') ? 'Monitor de Presión Arancelaria' : 'Tariff Pressure Tracker',
    );
    // A page's own title is in its tab title; the home page's preview leads with its chart's finding.
    if (path !== '/' && path !== '/es/') expect(await page.title(), path).toContain(title!);
    // The chart pages' image needs an absolute address: only with the site's origin.
    const image = page.locator('meta[property="og:image"]');
    if (process.env.PUBLIC_SITE_ORIGIN && ['/', '/compare', '/es/', '/es/compare'].includes(path)) {
      await expect(image, path).toHaveAttribute(
        'content',
        /\/charts\/(es\/)?(tariff-timeline|threats-responses)\.png$/,
      );
      // The image is one the build wrote, served (the prerender's link check leaves /charts/ out).
      const { pathname } = new URL((await image.getAttribute('content'))!);
      const served = await page.request.get(pathname);
      expect(served.status(), pathname).toBe(200);
      expect(served.headers()['content-type'], pathname).toBe('image/png');
    } else await expect(image, path).toHaveCount(0);
  }
  await page.goto('/');
  expect(await meta('og:title')).toBe(await page.locator('.chart-title').textContent());
});

test('the chart images the build draws are served with the pages, and nothing beside them', async ({
  request,
}) => {
  for (const [path, type] of [
    ['/charts/tariff-timeline.png', 'image/png'],
    ['/charts/threats-responses.svg', 'image/svg+xml'],
    ['/charts/es/pressure-index.png', 'image/png'],
  ]) {
    const response = await request.get(path!);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
  }
  for (const path of [
    '/charts/no-such-chart.png',
    '/charts/..%2F..%2Fpackage.json',
    '/charts/%2e%2e/%2e%2e/src/app.html',
    // An image that exists outside the folder: refused by the containment check alone.
    '/charts/..%2F..%2Fstatic%2Fscreenshot.png',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('an unknown event id gives a real 404', async ({ request }) => {
  const response = await request.get('/events/no-such-event');
  expect(response.status()).toBe(404);
});

// Interactive pages run as islands (src/lib/islands): one script of their own, the same for both
// languages, and no SvelteKit client. An island hydrates as one or more parts (the timeline's and the
// comparison page's controls, charts and tables hydrate one after another).
const islandPages: Record<string, [island: string, parts: number]> = {
  '/': ['timeline', 3],
  '/compare': ['compare', 3],
  '/events': ['events', 1],
  '/embed': ['embed-gallery', 1],
  '/embed/tariff-timeline': ['embed-tariff-timeline', 1],
  '/embed/threats-responses': ['embed-threats-responses', 1],
  '/embed/pressure-index': ['embed-pressure-index', 1],
};
for (const [englishPath, [island, parts]] of Object.entries(islandPages)) {
  for (const lang of ['en', 'es']) {
    const path = lang === 'en' ? englishPath : `/es${englishPath}`;
    test(`${path} hydrates its island alone, without SvelteKit's client`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      const errors = trackErrors(page);
      await page.goto(path);
      await waitForHydration(page);
      expect(scripts).toContain(`/_islands/${island}.js`);
      expect(scripts.filter((script) => script.startsWith('/_app/'))).toEqual([]);
      const partNames = await page
        .locator('[data-island]')
        .evaluateAll((elements) =>
          elements.map(
            (element) =>
              `${element.getAttribute('data-island')} ${element.getAttribute('data-island-part')}`,
          ),
        );
      expect(partNames).toEqual(Array.from({ length: parts }, (_, index) => `${island} ${index}`));
      expect(errors).toEqual([]);
    });
  }
}
