/**
 * The controls bars (ControlsBar.svelte). On a phone they fold behind one line that says what they
 * narrow, so the chart or table is not a screen further down; from 40rem wide they are always open
 * with no fold line. The fold is a native <details>: it works before hydration and without
 * JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, trackErrors, waitForHydration } from './helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const PAGES = [
  { path: '/', form: 'Chart controls', box: 'Canada', current: '25 Nov 2024 – 21 Jan 2026' },
  {
    path: '/compare',
    form: 'Comparison controls',
    box: 'Canada',
    current: 'Mexico · 30-day window · 25 Nov 2024 – 21 Jan 2026',
  },
  { path: '/events', form: 'Filter events', box: 'Tariff', current: 'none' },
] as const;

// By its name: the events filters are a search landmark, the others forms.
const controls = (page: Page, name: string) => page.locator(`form[aria-label="${name}"]`);
const fold = (page: Page, name: string) => controls(page, name).locator('summary');

for (const spec of PAGES) {
  test(`${spec.path} on a phone: the controls fold behind a line saying what they narrow, and open`, async ({
    page,
  }) => {
    const errors = trackErrors(page);
    await page.setViewportSize(PHONE);
    await page.goto(spec.path);
    await waitForHydration(page);
    const form = controls(page, spec.form);
    const box = form.getByRole('checkbox', { name: spec.box, exact: true });

    await expect(fold(page, spec.form)).toHaveText(`Filters ${spec.current}`);
    await expect(box).toBeHidden();
    // Folded, the bar is one line of a phone screen, not most of one.
    expect((await form.boundingBox())!.height).toBeLessThan(spec.path === '/events' ? 200 : 120);

    await fold(page, spec.form).click();
    await expect(box).toBeVisible();
    await expectNoAxeViolations(page);

    // The line follows the view as it changes, and the fold stays open.
    await box.click();
    await expect(fold(page, spec.form)).not.toHaveText(`Filters ${spec.current}`);
    await expect(box).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('on a phone the line names what a URL narrows, in the page’s language', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/es/?country=MX~CN&kind=tariff&from=2025-01-01&to=2025-12-31');
  await expect(fold(page, 'Controles de la gráfica')).toHaveText(
    'Filtros México, China · Arancel · 1 ene 2025 – 31 dic 2025',
  );
  await page.goto('/compare?country=MX~CA&tier=stated&kind=tariff');
  await expect(fold(page, 'Comparison controls')).toHaveText(
    'Filters Mexico, Canada · Stated by the sources · Tariff · 25 Nov 2024 – 21 Jan 2026',
  );
  await page.goto('/events?actor=MX&country=CN');
  await expect(fold(page, 'Filter events')).toHaveText('Filters Actor: Mexico · Involving: China');
});

test('on a phone the events search stays outside the fold, ready to type in', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/events');
  await waitForHydration(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('Sinaloa');
  await expect(page).toHaveURL(/q=Sinaloa/);
  await expect(page.getByRole('checkbox', { name: 'Tariff', exact: true })).toBeHidden();
});

test('on a phone without JavaScript the fold still opens', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare');
  const box = page.getByRole('checkbox', { name: 'Canada', exact: true });
  await expect(box).toBeHidden();
  await fold(page, 'Comparison controls').click();
  await expect(box).toBeVisible();
  await context.close();
});

for (const spec of PAGES) {
  test(`${spec.path} on a desktop: the controls are open, with no fold line`, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(spec.path);
    await waitForHydration(page);
    await expect(fold(page, spec.form)).toBeHidden();
    const box = controls(page, spec.form).getByRole('checkbox', { name: spec.box, exact: true });
    await expect(box).toBeVisible();
    await box.focus();
    await expect(box).toBeFocused();
  });
}
