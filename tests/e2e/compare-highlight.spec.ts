/**
 * `?highlight=<event id>` on the comparison's lag chart and its embed: the threat's row or the
 * response's dots are ringed, the rest dimmed, and a callout under the row names the event; the
 * highlight carries into the permalink, the embed snippet, the alt text and the PNG; an id the chart
 * cannot draw gives a notice, and the pressure index (weeks, not events) drops it with one.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pngDescription } from '../../src/lib/charts/png-text';
import { expectNoAxeViolations, trackErrors, waitForHydration } from './helpers';

const TROOPS = '2025-02-03-mexico-pledges-10000-guard-troops';
const ORDERS = '2025-02-01-tariff-orders-signed';
const TROOPS_CALLOUT = /^3 Feb 2025 · Mexico pledges 10,000 National Guard troops/;

/** The lag chart drawn at this width (the other layout is hidden). */
const shownChart = (page: Page) =>
  page.locator('.compare-chart .layout svg').locator('visible=true').first();

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The callout's text box lies inside the chart and overlaps no row label. */
async function expectCalloutClear(chart: Locator, callout: Locator) {
  const box = (await callout.boundingBox())!;
  const frame = (await chart.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(frame.x);
  expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
  for (const label of await chart.locator('.row-label').all()) {
    const other = (await label.boundingBox())!;
    expect(overlap(box, other), `callout overlaps "${await label.textContent()}"`).toBe(false);
  }
}

async function openPanel(page: Page, index = 0) {
  const panel = page.locator('details.share').nth(index);
  await panel.locator('summary').click();
  return panel;
}

test('the lag chart rings the highlighted response, dims the rest and calls it out', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/compare?highlight=${TROOPS}`);
  await waitForHydration(page);
  const chart = shownChart(page);
  const rings = chart.locator(`.highlight[data-event="${TROOPS}"]`);
  expect(await rings.count()).toBeGreaterThan(1);
  const callout = chart.locator('.highlight .callout');
  await expect(callout).toHaveCount(1);
  await expect(callout).toHaveText(TROOPS_CALLOUT);
  await expectCalloutClear(chart, callout);
  expect(await chart.locator('a.pair[data-emphasis="dimmed"]').count()).toBeGreaterThan(10);
  await expect(chart.locator('a.pair[data-emphasis="normal"]')).toHaveCount(0);
  await expect(page.locator('.notice')).toHaveCount(0);
  expect(page.url()).toContain(`?highlight=${TROOPS}`);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('on a phone, in Spanish, a highlighted threat and response are called out inside the chart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/es/compare?highlight=${ORDERS}~${TROOPS}`);
  await waitForHydration(page);
  const chart = shownChart(page);
  await expect(
    chart.locator(`.row[data-emphasis="highlighted"] .highlight[data-event="${ORDERS}"]`),
  ).toHaveCount(1);
  const callouts = chart.locator('.highlight .callout');
  await expect(callouts).toHaveCount(2);
  for (const callout of await callouts.all()) {
    await expect(callout).toHaveText(/^(1|3) feb 2025 · /);
    await expectCalloutClear(chart, callout);
  }
});

test('the permalink, the embed snippet, the alt text and the PNG carry the highlight', async ({
  page,
}) => {
  await page.goto(`/compare?highlight=${TROOPS}`);
  await waitForHydration(page);
  const panel = await openPanel(page);
  await expect(panel.locator('[data-share="permalink"]')).toHaveValue(
    new RegExp(`/compare\\?highlight=${TROOPS}$`),
  );
  await expect(panel.locator('[data-share="snippet"]')).toHaveValue(
    new RegExp(`src="http://[^"]+/embed/threats-responses\\?highlight=${TROOPS}"`),
  );
  const sentence =
    /Highlighted: “Mexico pledges 10,000 National Guard troops[^”]*” \(3 Feb 2025\)\.$/;
  await expect(panel.locator('[data-share="alt-text"]')).toHaveValue(sentence);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.locator('[data-download="png-screen"]').click(),
  ]);
  expect(pngDescription(await readFile((await download.path())!))).toMatch(sentence);

  // The pressure index beside it marks no single event: its snippet leaves the highlight out.
  const index = await openPanel(page, 1);
  await expect(index.locator('[data-share="snippet"]')).toHaveValue(/embed\/pressure-index"/);
});

test('the embed highlights the threat too, and links to the full view with it', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`/embed/threats-responses?highlight=${ORDERS}`);
  await waitForHydration(page);
  const chart = shownChart(page);
  await expect(chart.locator('.row[data-emphasis="highlighted"]')).toHaveCount(1);
  await expect(chart.locator('.highlight .callout')).toHaveText(
    '1 Feb 2025 · Trump signs tariff orders on Mexico, Canada and China',
  );
  await expect(page.locator('.notice')).toHaveCount(0);
  await expect(page.locator(`a[href$="/compare?highlight=${ORDERS}"]`).first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('an id the chart cannot draw gives a notice and no highlight', async ({ page }) => {
  await page.goto(`/compare?highlight=%3Cb%3Ex%3C%2Fb%3E~${TROOPS}`);
  await waitForHydration(page);
  await expect(page.locator('.notice')).toHaveText(
    'Ignored highlight="<b>x</b>": no threat or response of the countries compared has that id. Showing the default instead.',
  );
  await expect(page.locator('.notice b')).toHaveCount(0);
  await expect(
    shownChart(page).locator(`.highlight[data-event="${TROOPS}"]`).first(),
  ).toBeVisible();

  // A Mexican response, with only Canada shown.
  await page.goto(`/compare?country=CA&highlight=${TROOPS}`);
  await waitForHydration(page);
  await expect(page.locator('.notice')).toContainText(
    'Not highlighted: “Mexico pledges 10,000 National Guard troops',
  );
  await expect(shownChart(page).locator('.highlight')).toHaveCount(0);
  await expect(shownChart(page).locator('[data-emphasis="dimmed"]')).toHaveCount(0);

  await page.goto(`/embed/pressure-index?highlight=${TROOPS}`);
  await waitForHydration(page);
  await expect(page.locator('.notice')).toContainText(
    'Ignored highlight: the pressure index counts weeks, not single events.',
  );
});
