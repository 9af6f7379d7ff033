/** The timeline's direct labels never overlap one another, whatever the view, width or language. */
import { expect, test, type Page } from '@playwright/test';
import type { DrawnLabel } from '../../src/lib/charts/chartjs';
import { waitForChart } from './helpers';

/** The labels as the chart drew them (the chart records their boxes on its canvas). */
const drawnLabels = (page: Page) =>
  page
    .locator('.chart-box canvas')
    .evaluate((canvas: HTMLCanvasElement) => JSON.parse(canvas.dataset.labels ?? '[]'));

const overlap = (a: DrawnLabel, b: DrawnLabel) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function overlapping(labels: DrawnLabel[]) {
  const pairs: string[] = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (overlap(a, b)) pairs.push(`"${a.text}" overlaps "${b.text}"`);
    }),
  );
  return pairs;
}

const VIEWS = [
  '/',
  '/es/',
  '/?country=MX~CN',
  '/?country=CA~CN',
  '/?from=2025-01-01&to=2025-09-30',
  '/?to=2025-03-31',
];

for (const width of [1280, 1024, 700]) {
  test(`at ${width} px no direct label of the timeline overlaps another`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of VIEWS) {
      await page.goto(path);
      await waitForChart(page);
      const labels: DrawnLabel[] = await drawnLabels(page);
      // Each line's end is labelled, and the rates carried past their last confirmation say so.
      expect(labels.length, `${path}: labels drawn`).toBeGreaterThan(1);
      expect(overlapping(labels), path).toEqual([]);
    }
  });
}

test('the default view labels every rate where it ends and where it stops being confirmed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await waitForChart(page);
  const texts = (await drawnLabels(page)).map((label: DrawnLabel) => label.text);
  expect(texts).toEqual(
    expect.arrayContaining([
      'Mexico 25%',
      'Canada 35%',
      'China 20%',
      'not confirmed after 4 Mar 2025',
      'not confirmed after 8 Aug 2025',
      'not confirmed after 29 Oct 2025',
    ]),
  );
});
