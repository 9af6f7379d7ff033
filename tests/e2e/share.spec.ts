import { expect, test, type Download, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { readFile } from 'node:fs/promises';
import {
  EMBED_FRAMES,
  embedSnippet,
  snippetChart,
  type EmbedChartName,
} from '../../src/lib/embed/snippet';
import { waitForHydration } from './helpers';

const EMBED_CHART_NAMES = Object.keys(EMBED_FRAMES) as EmbedChartName[];

async function saved(download: Download) {
  return readFile((await download.path())!);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Share of pixels that are not (near) white, decoded in the page. */
async function inkShare(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) ink += 1;
    return ink / (data.length / 4);
  }, png.toString('base64'));
}

async function openShare(page: Page, index = 0) {
  const panel = page.locator('details.share').nth(index);
  await panel.locator('summary').click();
  return panel;
}

for (const [path, index, label] of [
  ['/', 0, 'tariff timeline'],
  ['/compare', 0, 'comparison'],
] as const) {
  test(`the ${label}'s PNG downloads have the stated size and are not blank`, async ({ page }) => {
    await page.goto(path);
    await waitForHydration(page);
    await page.locator('[data-rendered="true"], .compare-chart').first().waitFor();
    const panel = await openShare(page, index);

    const [print] = await Promise.all([
      page.waitForEvent('download'),
      panel.locator('[data-download="png-print"]').click(),
    ]);
    const printPng = await saved(print);
    expect(pngSize(printPng).width).toBeGreaterThanOrEqual(2400);
    expect(await inkShare(page, printPng)).toBeGreaterThan(0.01);

    const [screen] = await Promise.all([
      page.waitForEvent('download'),
      panel.locator('[data-download="png-screen"]').click(),
    ]);
    const screenPng = await saved(screen);
    expect(pngSize(screenPng).width).toBeGreaterThanOrEqual(900);
    expect(pngSize(screenPng).width).toBeLessThan(2400);
    expect(await inkShare(page, screenPng)).toBeGreaterThan(0.01);
  });
}

test('the comparison CSV is exactly the pairs shown, and escapes formula characters', async ({
  page,
}) => {
  await page.goto('/compare?tier=stated&window=10');
  await waitForHydration(page);
  const panel = await openShare(page, 0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.locator('[data-download="csv"]').click(),
  ]);
  const rows = csvParse((await saved(download)).toString('utf8'));
  const shownPairs = await page.locator('.threat-table tbody li').count();
  const unanswered = await page
    .locator('.threat-table tbody td', { hasText: 'No response in the data' })
    .count();
  expect(rows.length).toBe(shownPairs + unanswered);
  expect(rows.every((row) => row.basis === '' || row.basis === 'stated by the source')).toBe(true);
  for (const row of rows)
    for (const cell of Object.values(row)) expect(cell ?? '').not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
});

test('the timeline CSVs match the tables under the chart', async ({ page }) => {
  await page.goto('/?country=MX&from=2025-01-01&to=2025-12-31');
  await waitForHydration(page);
  const panel = await openShare(page, 0);
  const buttons = panel.locator('[data-download="csv"]');
  const [steps] = await Promise.all([page.waitForEvent('download'), buttons.nth(0).click()]);
  const stepRows = csvParse((await saved(steps)).toString('utf8'));
  expect(stepRows.length).toBe(await page.locator('#tariff-steps tbody tr').count());
  expect(new Set(stepRows.map((r) => r.country))).toEqual(new Set(['MX']));
  const [events] = await Promise.all([page.waitForEvent('download'), buttons.nth(1).click()]);
  const eventRows = csvParse((await saved(events)).toString('utf8'));
  const shownTitles = await page.locator('#marked-events tbody td:nth-child(3)').allTextContents();
  expect(eventRows.map((r) => r.title)).toEqual(shownTitles.map((t) => t.trim()));
});

test('the share panel gives the permalink, the snippet and a citation with version and access date', async ({
  page,
}) => {
  await page.goto('/compare?country=MX~CA&window=14');
  await waitForHydration(page);
  const panel = await openShare(page, 0);
  await expect(panel.locator('[data-share="permalink"]')).toHaveValue(/\/compare\?window=14$/);
  await expect(panel.locator('[data-share="snippet"]')).toHaveValue(
    /src="http:\/\/[^"]+\/embed\/threats-responses\?window=14"/,
  );
  await expect(panel.locator('[data-share="citation"]')).toHaveValue(
    /\(Version (\d+\.\d+\.\d+)\).*Retrieved [A-Z][a-z]+ \d{1,2}, \d{4}, from http\S+\/compare\?window=14\. Data: http:\/\/[^/]+\/data\/v\1\/datapackage\.json\. Data licensed under CC BY 4\.0 \(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\); the quoted excerpts remain their publishers' copyright\.$/,
  );
});

test("the share panel's dataset links and the citation point to the version's permanent files", async ({
  page,
  request,
}) => {
  await page.goto('/');
  await waitForHydration(page);
  const panel = await openShare(page, 0);
  const version = /Version (\d+\.\d+\.\d+)/.exec(
    await panel.locator('[data-share="citation"]').inputValue(),
  )![1]!;
  const links = panel.locator('[data-share="dataset"] a');
  await expect(links).toHaveText(['events.csv', 'events.json', 'datapackage.json']);
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(`/data/v${version}/${await link.textContent()}`);
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    if (href.endsWith('.json')) expect((await response.json()).version).toBe(version);
  }
});

test("every snippet, in the share panels and on /embed, is embedSnippet's, at the chart's own height", async ({
  page,
}) => {
  const panels: [path: string, index: number, chart: EmbedChartName, lang: string][] = [
    ['/?country=MX', 0, 'tariff-timeline', 'en'],
    ['/compare?window=14', 0, 'threats-responses', 'en'],
    ['/compare?window=14', 1, 'pressure-index', 'en'],
    ['/es/?from=2025-01-01', 0, 'tariff-timeline', 'es'],
    ['/es/compare', 1, 'pressure-index', 'es'],
  ];
  for (const [path, index, chart, lang] of panels) {
    await page.goto(path);
    await waitForHydration(page);
    const site = new URL(page.url()).origin;
    const panel = await openShare(page, index);
    const permalink = await panel.locator('[data-share="permalink"]').inputValue();
    const query = new URL(permalink).search;
    await expect(panel.locator('[data-share="snippet"]'), `${path} #${index}`).toHaveValue(
      embedSnippet(site, snippetChart(chart, lang), query, lang),
    );
  }
  for (const [preview, lang] of [
    ['/embed', 'en'],
    ['/es/embed', 'es'],
  ] as const) {
    await page.goto(preview);
    await waitForHydration(page);
    const site = new URL(page.url()).origin;
    // The origin is filled in on load.
    await expect(page.locator('pre.snippet').first()).toContainText(site);
    expect(await page.locator('pre.snippet').allTextContents()).toEqual(
      EMBED_CHART_NAMES.map((chart) => embedSnippet(site, snippetChart(chart, lang), '', lang)),
    );
  }
});
