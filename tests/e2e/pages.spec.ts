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

test('an unknown event id gives a real 404', async ({ request }) => {
  const response = await request.get('/events/no-such-event');
  expect(response.status()).toBe(404);
});

// Interactive pages run as islands (src/lib/islands): one script of their own, built for the page's
// language, and no SvelteKit client. An island hydrates as one or more parts (the timeline's and the
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
    test(`${path} hydrates its ${lang} island alone, without SvelteKit's client`, async ({
      page,
    }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      const errors = trackErrors(page);
      await page.goto(path);
      await waitForHydration(page);
      expect(scripts).toContain(`/_islands/${lang}/${island}.js`);
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
