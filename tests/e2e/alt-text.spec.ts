/**
 * The alt text of every chart, as an analyst meets it: in the share panel, ready to copy, following
 * the view as it changes, and written into the PNG (`Description`) and SVG (`<title>`, `<desc>`)
 * downloads and the build-time images.
 */
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pngDescription, readPngText } from '../../src/lib/charts/png-text';
import { expectNoAxeViolations, waitForHydration } from './helpers';

const saved = async (download: Download) => readFile((await download.path())!);

async function openShare(page: Page, index = 0) {
  const panel = page.locator('details.share').nth(index);
  await panel.locator('summary').click();
  return panel;
}

async function download(page: Page, panel: Locator, kind: 'png-screen' | 'png-print' | 'svg') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.locator(`[data-download="${kind}"]`).click(),
  ]);
  return saved(file);
}

/** The text of an SVG's `<tag>`, its XML escapes undone. */
const element = (svg: string, tag: string) =>
  (svg.match(new RegExp(`<${tag}>([^<]*)</${tag}>`))?.[1] ?? '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

test('the timeline: alt text with its figures, following the countries and dates; in the PNG', async ({
  page,
}) => {
  await page.goto('/');
  await waitForHydration(page);
  const panel = await openShare(page);
  const alt = panel.locator('[data-share="alt-text"]');
  await expect(alt).toBeVisible();
  await expect(alt).toHaveAccessibleName('Alt text, for an image of this view');
  await expect(alt).toHaveValue(
    /^Chart of U\.S\. tariff rates on Mexico, Canada, and China, in effect and threatened, from 25 Nov 2024 to 21 Jan 2026\. Highest rate in effect: Mexico 25% \(threatened: 30%\), Canada 35%/,
  );
  expect((await alt.inputValue()).length).toBeLessThanOrEqual(300);

  // The PNG downloads carry the same text.
  const png = await download(page, panel, 'png-screen');
  expect(readPngText(png)).toEqual([
    { keyword: 'Description', text: await alt.inputValue(), lang: 'en' },
    { keyword: 'Copyright', text: expect.stringContaining('CC BY 4.0'), lang: 'en' },
  ]);

  // Canada left out, from 1 Jan 2025: the alt text follows, as the chart does.
  await page
    .locator('form[aria-label="Chart controls"]')
    .getByRole('checkbox', { name: 'Canada', exact: true })
    .click();
  await page.locator('main input[name="from"]').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('01/01/2025', { delay: 20 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/country=MX~CN&from=2025-01-01/);
  await expect(alt).toHaveValue(
    /on Mexico and China, in effect and threatened, from 1 Jan 2025 to /,
  );
  await expect(alt).not.toHaveValue(/Canada/);
  const print = await download(page, panel, 'png-print');
  expect(pngDescription(print)).toBe(await alt.inputValue());
});

test('the comparison: alt texts with threats, responses and the median lag; the window changes them; in the SVG and PNG', async ({
  page,
}) => {
  await page.goto('/compare');
  await waitForHydration(page);
  const panel = await openShare(page, 0);
  const alt = panel.locator('[data-share="alt-text"]');
  await expect(alt).toHaveValue(
    /^Chart of U\.S\. threats and pressure steps against Mexico \(above\) and its responses \(below\), from 25 Nov 2024 to 21 Jan 2026: \d+ threats, \d+ responses\. \d+ threats answered; median lag to the first response: [^;]*\d[^;]*; 30-day window\.$/,
  );

  await expectNoAxeViolations(page);

  const svg = (await download(page, panel, 'svg')).toString('utf8');
  expect(element(svg, 'desc')).toBe(await alt.inputValue());
  expect(element(svg, 'title')).toBe(
    await page.locator('article[data-country="MX"] h2').innerText(),
  );
  expect(pngDescription(await download(page, panel, 'png-screen'))).toBe(await alt.inputValue());

  // A window of 7 days, typed.
  await page.getByLabel('Window (days after a threat)').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/window=7/);
  await expect(alt).toHaveValue(/; 7-day window\.$/);
  const after = (await download(page, panel, 'svg')).toString('utf8');
  expect(element(after, 'desc')).toBe(await alt.inputValue());

  // The pressure index's own alt text, with its peak.
  const index = await openShare(page, 1);
  const indexAlt = index.locator('[data-share="alt-text"]');
  await expect(indexAlt).toHaveValue(
    /^Bar chart of weekly U\.S\. pressure on Mexico .* Peak pressure: [\d.]+, week of \d{1,2} [A-Z][a-z]{2} \d{4}\./,
  );
  const indexSvg = (await download(page, index, 'svg')).toString('utf8');
  expect(element(indexSvg, 'desc')).toBe(await indexAlt.inputValue());
  expect(pngDescription(await download(page, index, 'png-print'))).toBe(
    await indexAlt.inputValue(),
  );
});

test('in Spanish on the Spanish pages, in the field and in the files', async ({ page }) => {
  await page.goto('/es/compare?country=MX~CA');
  await waitForHydration(page);
  const panel = await openShare(page, 2);
  const alt = panel.locator('[data-share="alt-text"]');
  await expect(alt).toHaveAccessibleName('Texto alternativo, para una imagen de esta vista');
  await expect(alt).toHaveValue(
    /^Gráfica de las amenazas y acciones de presión de EU contra Canadá \(arriba\) y sus respuestas \(abajo\), del 25 de noviembre de 2024 al 21 de enero de 2026: \d+ amenazas, /,
  );
  const png = await download(page, panel, 'png-screen');
  expect(readPngText(png)).toEqual([
    { keyword: 'Description', text: await alt.inputValue(), lang: 'es' },
    { keyword: 'Copyright', text: expect.stringContaining('CC BY 4.0'), lang: 'es' },
  ]);

  await page.goto('/es/');
  await waitForHydration(page);
  const timeline = await openShare(page);
  await expect(timeline.locator('[data-share="alt-text"]')).toHaveValue(
    /^Gráfica de los aranceles de EU a México, Canadá y China, .* Tasa en vigor más alta: México 25%/,
  );
});

test('the build-time images carry the alt text of the default view', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const panel = await openShare(page);
  const alt = await panel.locator('[data-share="alt-text"]').inputValue();
  // Written by the build next to the site.
  expect(pngDescription(await readFile('build/charts/tariff-timeline.png'))).toBe(alt);
  expect(pngDescription(await readFile('build/charts/es/tariff-timeline.png'))).toMatch(
    /^Gráfica de los aranceles de EU/,
  );
  for (const chart of ['threats-responses', 'pressure-index']) {
    const svg = await readFile(`build/charts/${chart}.svg`, 'utf8');
    expect(element(svg, 'desc')).toMatch(/ from 25 Nov 2024 to 21 Jan 2026/);
    expect(pngDescription(await readFile(`build/charts/${chart}.png`))).toBe(element(svg, 'desc'));
  }
});
