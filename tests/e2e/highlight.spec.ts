/**
 * `?highlight=<event id>`: on the timeline page and its embed the event's marker is ringed, the others
 * dimmed and a callout names it; the highlight carries into the permalink, the embed snippet and the
 * PNG; an unknown id, or one the view does not show, gives a notice and no highlight.
 */
import { expect, test, type Download, type Frame, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pngDescription } from '../../src/lib/charts/png-text';
import type { DrawnLabel } from '../../src/lib/charts/chartjs';
import { expectNoAxeViolations, trackErrors, waitForChart } from './helpers';

const TROOPS = '2025-02-03-mexico-pledges-10000-guard-troops';
const DRONES = '2025-04-08-us-weighs-drone-strikes-on-cartels';
const TROOPS_TITLE = 'Mexico pledges 10,000 National Guard troops to northern border';

interface Drawn {
  labels: DrawnLabel[];
  highlight: { ringed: string[]; dimmed: number; markers: number };
  width: number;
  height: number;
}

/** What the chart drew, as it records it on its canvas. */
const drawn = (scope: Page | Frame): Promise<Drawn> =>
  scope.locator('.chart-box canvas').evaluate((canvas: HTMLCanvasElement) => ({
    labels: JSON.parse(canvas.dataset.labels ?? '[]'),
    highlight: JSON.parse(canvas.dataset.highlight ?? '{}'),
    width: canvas.clientWidth,
    height: canvas.clientHeight,
  }));

const overlap = (a: DrawnLabel, b: DrawnLabel) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The callout of an event: the drawn label that starts with its title. */
function callout(chart: Drawn, title: string) {
  const label = chart.labels.find((l) => l.text.startsWith(title));
  expect(
    label,
    `callout "${title}" in ${JSON.stringify(chart.labels.map((l) => l.text))}`,
  ).toBeDefined();
  return label!;
}

function expectCalloutClear(chart: Drawn, title: string) {
  const box = callout(chart, title);
  for (const other of chart.labels)
    if (other !== box)
      expect(overlap(box, other), `"${title}" overlaps "${other.text}"`).toBe(false);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(chart.width);
  expect(box.top).toBeGreaterThanOrEqual(0);
}

async function saved(download: Download) {
  return readFile((await download.path())!);
}

async function pngFromPanel(page: Page) {
  const panel = page.locator('details.share').first();
  if (!(await panel.evaluate((el: HTMLDetailsElement) => el.open))) {
    await panel.locator('summary').click();
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.locator('[data-download="png-screen"]').click(),
  ]);
  return saved(download);
}

/** How many pixels two PNGs of the same size differ in, decoded in the page. */
async function pixelsDiffering(page: Page, a: Buffer, b: Buffer) {
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), {
          width: image.naturalWidth,
          height: image.naturalHeight,
        });
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const [x, y] = [await pixels(first!), await pixels(second!)];
      if (x.length !== y.length) return Infinity;
      let differing = 0;
      for (let i = 0; i < x.length; i += 4)
        if (x[i] !== y[i] || x[i + 1] !== y[i + 1] || x[i + 2] !== y[i + 2]) differing += 1;
      return differing;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

test('the timeline rings the highlighted marker, dims the others and names it in a callout', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/?highlight=${TROOPS}`);
  await waitForChart(page);
  const chart = await drawn(page);
  expect(chart.highlight.ringed).toEqual([TROOPS]);
  expect(chart.highlight.dimmed).toBe(chart.highlight.markers - 1);
  expect(callout(chart, TROOPS_TITLE).text).toBe(`${TROOPS_TITLE} 3 Feb 2025`);
  expectCalloutClear(chart, TROOPS_TITLE);
  // The chart's accessible name says what is highlighted; no notice, and the address keeps it.
  await expect(page.locator('.canvas-wrap')).toHaveAttribute(
    'aria-label',
    new RegExp(`Highlighted: “${TROOPS_TITLE}” \\(3 Feb 2025\\)\\.$`),
  );
  await expect(page.locator('.notice')).toHaveCount(0);
  expect(page.url()).toContain(`?highlight=${TROOPS}`);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('several ids joined by ~ highlight each, with callouts clear of every label', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/?highlight=${TROOPS}~${DRONES}`);
  await waitForChart(page);
  const chart = await drawn(page);
  expect(chart.highlight.ringed.sort()).toEqual([TROOPS, DRONES].sort());
  expect(chart.highlight.dimmed).toBe(chart.highlight.markers - 2);
  expectCalloutClear(chart, TROOPS_TITLE);
  expectCalloutClear(chart, 'Report: U.S. weighs drone strikes');
});

test('on a phone the callout wraps inside the plot and overlaps no label', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/es/?highlight=${TROOPS}`);
  await waitForChart(page);
  const chart = await drawn(page);
  expect(chart.highlight.ringed).toEqual([TROOPS]);
  const box = callout(chart, 'México');
  expect(box.text).toMatch(/3 feb 2025$/);
  expectCalloutClear(chart, 'México');
});

test('the permalink, the embed snippet and the PNG carry the highlight', async ({ page }) => {
  await page.goto(`/?highlight=${TROOPS}`);
  await waitForChart(page);
  const withHighlight = await pngFromPanel(page);
  const panel = page.locator('details.share').first();
  await expect(panel.locator('[data-share="permalink"]')).toHaveValue(
    new RegExp(`/\\?highlight=${TROOPS}$`),
  );
  await expect(panel.locator('[data-share="snippet"]')).toHaveValue(
    new RegExp(`src="http://[^"]+/embed/tariff-timeline\\?highlight=${TROOPS}"`),
  );
  expect(pngDescription(withHighlight)).toMatch(
    new RegExp(`Highlighted: “${TROOPS_TITLE}” \\(3 Feb 2025\\)\\.$`),
  );

  await page.goto('/');
  await waitForChart(page);
  const plain = await pngFromPanel(page);
  expect(pngDescription(plain)).not.toContain('Highlighted');
  // The ring, the dimming and the callout are drawn into the image itself.
  expect(await pixelsDiffering(page, withHighlight, plain)).toBeGreaterThan(2000);
});

test('the embed highlights the event too, and links to the full view with it', async ({ page }) => {
  const errors = trackErrors(page);
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto(`/embed/tariff-timeline?highlight=${TROOPS}`);
  await waitForChart(page);
  const chart = await drawn(page);
  expect(chart.highlight.ringed).toEqual([TROOPS]);
  expectCalloutClear(chart, TROOPS_TITLE);
  await expect(page.locator('.notice')).toHaveCount(0);
  await expect(page.locator(`a[href$="/?highlight=${TROOPS}"]`).first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('an unknown or hostile id gives a notice and no highlight, keeping the valid ones', async ({
  page,
}) => {
  await page.goto('/?highlight=no-such-event');
  await waitForChart(page);
  await expect(page.locator('.notice')).toHaveText(
    'Ignored highlight="no-such-event": no event has that id. Showing the default instead.',
  );
  let chart = await drawn(page);
  expect(chart.highlight.ringed).toEqual([]);
  expect(chart.highlight.dimmed).toBe(0);
  expect(page.url()).not.toContain('highlight');

  await page.goto(`/embed/tariff-timeline?highlight=%3Cb%3Ex%3C%2Fb%3E~${TROOPS}`);
  await waitForChart(page);
  await expect(page.locator('.notice')).toHaveText(
    'Ignored highlight="<b>x</b>": no event has that id. Showing the default instead.',
  );
  await expect(page.locator('.notice b')).toHaveCount(0);
  chart = await drawn(page);
  expect(chart.highlight.ringed).toEqual([TROOPS]);
});

test('an event outside the dates shown is not highlighted, and the notice says so', async ({
  page,
}) => {
  await page.goto(`/?highlight=${DRONES}&to=2025-03-31`);
  await waitForChart(page);
  await expect(page.locator('.notice')).toContainText(
    'Not highlighted: “Report: U.S. weighs drone strikes on cartels in Mexico” (8 Apr 2025) falls outside the dates shown, 25 Nov 2024 to 31 Mar 2025.',
  );
  const chart = await drawn(page);
  expect(chart.highlight.ringed).toEqual([]);
});
