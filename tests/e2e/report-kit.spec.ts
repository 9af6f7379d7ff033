/**
 * The report kit, as an analyst uses it: open a chart's share panel, download the kit, and find in it
 * the very files the panel's single downloads give, the citation and the alt text as the panel shows
 * them, and a README; the kit follows the view; fflate loads only on the click.
 */
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { pngDescription } from '../../src/lib/charts/png-text';
import { waitForHydration } from './helpers';

const saved = async (download: Download) =>
  new Uint8Array(await readFile((await download.path())!));

async function openShare(page: Page, index = 0) {
  const panel = page.locator('details.share').nth(index);
  await panel.locator('summary').click();
  return panel;
}

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await saved(file) };
}

async function downloadKit(page: Page, panel: Locator) {
  const kit = await download(page, panel.locator('[data-download="report-kit"]'));
  return { name: kit.name, files: unzipSync(kit.bytes) };
}

/** Width from a PNG's IHDR chunk, after checking the signature. */
function pngWidth(png: Uint8Array) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new DataView(png.buffer, png.byteOffset).getUint32(16);
}

/** A string fflate's zip code holds, so found in whichever chunk bundles it. */
const FFLATE_MARK = 'extra field too long';

/** Records every script the page loads, and whether it holds fflate. */
function watchScripts(page: Page) {
  const scripts: { url: string; fflate: Promise<boolean> }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push({
      url: response.url(),
      fflate: response.text().then(
        (text) => text.includes(FFLATE_MARK),
        () => false,
      ),
    });
  });
  return async () =>
    (await Promise.all(scripts.map(async (s) => ((await s.fflate) ? s.url : null)))).filter(
      (url): url is string => url !== null,
    );
}

/** What the panel shows, to compare with the kit's files. */
async function panelTexts(panel: Locator) {
  return {
    alt: await panel.locator('[data-share="alt-text"]').inputValue(),
    citation: await panel.locator('[data-share="citation"]').inputValue(),
    permalink: await panel.locator('[data-share="permalink"]').inputValue(),
  };
}

/** The checks every kit passes against its panel, whatever the chart. */
async function expectKitMatchesPanel(
  page: Page,
  panel: Locator,
  files: Record<string, Uint8Array>,
  chart: string,
) {
  const texts = await panelTexts(panel);
  const screen = files[`${chart}.png`]!;
  const print = files[`${chart}-print.png`]!;
  expect(pngWidth(screen)).toBeGreaterThanOrEqual(900);
  expect(pngWidth(screen)).toBeLessThan(2400);
  expect(pngWidth(print)).toBe(2400);
  expect(pngDescription(screen)).toBe(texts.alt);
  expect(pngDescription(print)).toBe(texts.alt);
  expect(strFromU8(files['ALT-TEXT.txt']!)).toBe(texts.alt);
  expect(strFromU8(files['CITATION.txt']!)).toBe(texts.citation);
  const readme = strFromU8(files['README.txt']!);
  expect(readme).toContain(texts.permalink);
  expect(readme).toContain(/Versi[oó]n (\d+\.\d+\.\d+)/.exec(texts.citation)![1]!);
  for (const name of Object.keys(files)) expect(readme).toContain(`- ${name}: `);

  // Each CSV is the panel's own CSV download, byte for byte.
  for (const button of await panel.locator('[data-download="csv"]').all()) {
    const csv = await download(page, button);
    expect(files[csv.name], csv.name).toEqual(csv.bytes);
  }
  // So is the screen PNG.
  const single = await download(page, panel.locator('[data-download="png-screen"]'));
  expect(single.name).toBe(`${chart}.png`);
  expect(screen).toEqual(single.bytes);
  return { texts, readme };
}

test('the timeline: the kit holds its PNGs, CSVs, citation, alt text and README, and follows the view; fflate loads on the click', async ({
  page,
}) => {
  const fflateScripts = watchScripts(page);
  await page.goto('/');
  await waitForHydration(page);
  await page.locator('.chart-box[data-rendered="true"]').waitFor();
  const panel = await openShare(page);
  const button = panel.getByRole('button', {
    name: 'Report kit (ZIP: images, data, citation, alt text)',
  });
  await expect(button).toBeVisible();
  expect(await fflateScripts()).toEqual([]);

  const kit = await downloadKit(page, panel);
  expect(kit.name).toMatch(/^tariff-timeline-report-kit-\d{4}-\d{2}-\d{2}\.zip$/);
  expect(Object.keys(kit.files)).toEqual([
    'tariff-timeline.png',
    'tariff-timeline-print.png',
    'tariff-steps.csv',
    'timeline-events.csv',
    'CITATION.txt',
    'ALT-TEXT.txt',
    'README.txt',
  ]);
  expect(await fflateScripts()).toHaveLength(1);
  const { readme } = await expectKitMatchesPanel(page, panel, kit.files, 'tariff-timeline');
  const title = (await page.locator('h2.chart-title').innerText()).trim();
  expect(readme.split('\n')[0]).toBe(`${title}: report kit`);
  expect(readme).toContain('Licence: The data');
  expect(strFromU8(kit.files['tariff-steps.csv']!)).toMatch(/\nCA,|,CA,/);

  // Canada left out: the kit follows the view.
  await page
    .locator('form[aria-label="Chart controls"]')
    .getByRole('checkbox', { name: 'Canada', exact: true })
    .click();
  await expect(page).toHaveURL(/country=MX~CN/);
  await expect(panel.locator('[data-share="alt-text"]')).not.toHaveValue(/Canada/);
  const after = await downloadKit(page, panel);
  const { texts } = await expectKitMatchesPanel(page, panel, after.files, 'tariff-timeline');
  expect(texts.permalink).toMatch(/country=MX~CN/);
  expect(strFromU8(after.files['tariff-steps.csv']!)).not.toMatch(/\nCA,|,CA,/);
  expect(strFromU8(after.files['ALT-TEXT.txt']!)).not.toContain('Canada');
});

test('the comparison: the kit holds its SVG too, and follows the window', async ({ page }) => {
  const fflateScripts = watchScripts(page);
  await page.goto('/compare');
  await waitForHydration(page);
  const panel = await openShare(page, 0);
  expect(await fflateScripts()).toEqual([]);

  const kit = await downloadKit(page, panel);
  expect(kit.name).toMatch(/^threats-responses-MX-report-kit-\d{4}-\d{2}-\d{2}\.zip$/);
  expect(Object.keys(kit.files)).toEqual([
    'threats-responses-MX.png',
    'threats-responses-MX-print.png',
    'threats-responses-MX.svg',
    'threats-responses-MX.csv',
    'CITATION.txt',
    'ALT-TEXT.txt',
    'README.txt',
  ]);
  expect(await fflateScripts()).toHaveLength(1);
  await expectKitMatchesPanel(page, panel, kit.files, 'threats-responses-MX');
  const svg = await download(page, panel.locator('[data-download="svg"]'));
  expect(svg.name).toBe('threats-responses-MX.svg');
  expect(kit.files['threats-responses-MX.svg']).toEqual(svg.bytes);

  // A window of 7 days, typed: the kit follows.
  await page.getByLabel('Window (days after a threat)').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/window=7/);
  await expect(panel.locator('[data-share="alt-text"]')).toHaveValue(/; 7-day window\.$/);
  const after = await downloadKit(page, panel);
  const { readme } = await expectKitMatchesPanel(page, panel, after.files, 'threats-responses-MX');
  expect(readme).toContain('/compare?window=7');
  expect(strFromU8(after.files['ALT-TEXT.txt']!)).toMatch(/; 7-day window\.$/);

  // The pressure index's kit, from its own panel.
  const index = await openShare(page, 1);
  const indexKit = await downloadKit(page, index);
  expect(Object.keys(indexKit.files)).toContain('pressure-index-MX.svg');
  await expectKitMatchesPanel(page, index, indexKit.files, 'pressure-index-MX');
});

test('with two countries compared, each panel names its files after its country', async ({
  page,
}) => {
  await page.goto('/compare?country=MX~CA');
  await waitForHydration(page);
  // The panels in page order: Mexico's two charts, then Canada's.
  const canada = await openShare(page, 2);
  const kit = await downloadKit(page, canada);
  expect(kit.name).toMatch(/^threats-responses-CA-report-kit-/);
  expect(Object.keys(kit.files)).toContain('threats-responses-CA.png');
  const png = await download(page, canada.locator('[data-download="png-screen"]'));
  expect(png.name).toBe('threats-responses-CA.png');
});

test('in Spanish on the Spanish pages', async ({ page }) => {
  await page.goto('/es/compare');
  await waitForHydration(page);
  const panel = await openShare(page, 0);
  const kit = await downloadKit(page, panel);
  const { readme } = await expectKitMatchesPanel(page, panel, kit.files, 'threats-responses-MX');
  expect(readme).toMatch(/^.*: kit para informes\n\nDel Monitor de Presión Arancelaria, /);
  expect(readme).toContain('Licencia: ');
  expect(readme).toContain('creativecommons.org/licenses/by/4.0/deed.es');
  expect(strFromU8(kit.files['CITATION.txt']!)).toContain('Recuperado el');
});
