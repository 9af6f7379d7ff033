/**
 * Printing: under print media the site navigation, the theme select, the chart controls and the
 * share panels are gone; the charts, the data tables and the source line stay; the page is on white
 * with dark text even for a reader whose system (or chosen site theme) is dark. And a PDF of the
 * timeline comes out of Chromium with something in it.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { events } from './dataset';
import { trackErrors, waitForHydration } from './helpers';

interface PrintSpec {
  path: string;
  /** Shown in print: [what, selector]. At least one match must be visible. */
  shown: [string, string][];
  /** Hidden in print besides the site-wide ones: [what, selector]. */
  hidden?: [string, string][];
  /** Waited for before checking. */
  ready?: string;
}

const eventWithTariffs = events.find((e) => e.tariffs?.length) ?? events[0]!;

const SPECS: PrintSpec[] = [
  {
    path: '/',
    ready: '.chart-box[data-rendered="true"]',
    shown: [
      ['the chart (canvas)', 'main canvas'],
      ['the tariff steps table', 'main table#tariff-steps'],
      ['the marked events table', 'main table#marked-events'],
      ['the source line', 'main p:has(> a[href="/sources"])'],
    ],
  },
  {
    path: '/compare',
    shown: [
      ['the comparison chart (SVG)', 'main .compare-chart svg'],
      ['the pressure index chart (SVG)', 'main figure.index svg'],
      ['the threat table', 'main table.threat-table'],
      ['the source line', 'main p:has(> a[href="/sources"])'],
    ],
    hidden: [['the hint to point at a response', 'main .compare-chart .hint']],
  },
  {
    path: '/events',
    shown: [['the events table', 'main table.events-table']],
  },
  {
    path: `/events/${eventWithTariffs.id}`,
    shown: [
      ['the quotes', 'main blockquote'],
      ['the quotes’ sources', 'main a[href^="/sources#"]'],
      ...(eventWithTariffs.tariffs?.length
        ? ([['the tariff measures table', 'main table.data']] as [string, string][])
        : []),
    ],
    hidden: [
      ['the link back to all events', 'main a[href="/events"]'],
      ['previous/next', 'main a[rel="prev"], main a[rel="next"]'],
    ],
  },
];

/** Hidden in print on every page. */
const HIDDEN_EVERYWHERE: [string, string][] = [
  ['the site navigation', 'header nav, nav[aria-label="Main"]'],
  ['the theme select', 'select[name="theme"]'],
  ['the skip link', 'a[href="#main"]'],
  ['the chart controls and filters', 'main form'],
  ['the share panels', 'details[data-share-panel]'],
];

/** The colours as printed: background, text and SVG text, with anything light or dark flagged. */
function printedColours(page: Page) {
  return page.evaluate(() => {
    const parse = (colour: string) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour);
      return m ? { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: m[4] === undefined ? 1 : +m[4] } : null;
    };
    // Relative luminance (WCAG).
    const luminance = (colour: string) => {
      const c = parse(colour);
      if (!c) return null;
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    };
    const describe = (el: Element) =>
      `<${el.localName}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;

    const lightText: string[] = [];
    const darkBackgrounds: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
      );
      if (ownText) {
        // SVG text is painted with fill, HTML text with color.
        const ink = el instanceof SVGElement ? style.fill : style.color;
        const l = luminance(ink);
        if (l !== null && l > 0.2) lightText.push(`${describe(el)} ${ink}`);
      }
      const background = parse(style.backgroundColor);
      const l = luminance(style.backgroundColor);
      // Small swatches and chips may be coloured; a block of text on a dark ground may not.
      if (
        background &&
        background.a > 0.5 &&
        l !== null &&
        l < 0.4 &&
        box.width * box.height > 900
      ) {
        darkBackgrounds.push(`${describe(el)} ${style.backgroundColor}`);
      }
    }
    const html = getComputedStyle(document.documentElement);
    const body = getComputedStyle(document.body);
    return {
      htmlBackground: html.backgroundColor,
      bodyBackground: body.backgroundColor,
      bodyColour: body.color,
      h1Colour: getComputedStyle(document.querySelector('h1')!).color,
      lightText,
      darkBackgrounds,
    };
  });
}

async function darkPage(browser: Browser, storedTheme?: 'dark') {
  const context = await browser.newContext({ colorScheme: 'dark' });
  if (storedTheme) {
    await context.addInitScript((theme) => localStorage.setItem('tpt-theme', theme), storedTheme);
  }
  return { context, page: await context.newPage() };
}

for (const spec of SPECS) {
  test(`${spec.path} in print (dark colour scheme): no navigation or controls; charts, tables, sources on white`, async ({
    browser,
  }) => {
    const { context, page } = await darkPage(browser);
    const errors = trackErrors(page);
    await page.goto(spec.path);
    await waitForHydration(page);
    if (spec.ready) await page.locator(spec.ready).waitFor();

    // On screen the dark scheme applies (so the print rules below have something to undo).
    await expect(page.locator('html')).not.toHaveCSS('background-color', 'rgb(255, 255, 255)');

    await page.emulateMedia({ media: 'print' });
    for (const [what, selector] of [...HIDDEN_EVERYWHERE, ...(spec.hidden ?? [])]) {
      const matches = page.locator(selector);
      const count = await matches.count();
      for (let i = 0; i < count; i += 1) {
        await expect(matches.nth(i), `${what} (${selector}) is not printed`).toBeHidden();
      }
    }
    // The share panels and controls must exist on screen for the check to mean something.
    if (spec.path === '/' || spec.path === '/compare') {
      expect(await page.locator('details[data-share-panel]').count()).toBeGreaterThan(0);
      expect(await page.locator('main form').count()).toBeGreaterThan(0);
    }
    await expect(page.locator('h1')).toBeVisible();
    for (const [what, selector] of spec.shown) {
      const visible = await page.locator(selector).evaluateAll((els) =>
        els.some((el) => {
          const box = el.getBoundingClientRect();
          return el.checkVisibility() && box.width > 0 && box.height > 0;
        }),
      );
      expect(visible, `${what} (${selector}) is printed`).toBe(true);
    }

    const colours = await printedColours(page);
    expect(colours.htmlBackground, 'the page background').toBe('rgb(255, 255, 255)');
    expect(colours.bodyBackground).toMatch(/^rgb\(255, 255, 255\)$|^rgba\(0, 0, 0, 0\)$/);
    expect(colours.bodyColour, 'the text colour').toBe('rgb(0, 0, 0)');
    expect(colours.h1Colour).toBe('rgb(0, 0, 0)');
    expect(colours.lightText, 'text printed in a light colour').toEqual([]);
    expect(colours.darkBackgrounds, 'dark backgrounds printed').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('a stored dark site theme is printed on white too', async ({ browser }) => {
  const { context, page } = await darkPage(browser, 'dark');
  await page.goto('/compare');
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  const colours = await printedColours(page);
  expect(colours.htmlBackground).toBe('rgb(255, 255, 255)');
  expect(colours.bodyColour).toBe('rgb(0, 0, 0)');
  expect(colours.lightText).toEqual([]);
  expect(colours.darkBackgrounds).toEqual([]);
  await context.close();
});

/** The chart's pixels, to compare two renderings. */
const canvasPixels = (page: Page) =>
  page.locator('.chart-box canvas').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());

/** The chart once it has settled in the print layout (it is wider there, and redraws). */
async function settledPrintPixels(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = await canvasPixels(page);
        const settled = now === previous;
        previous = now;
        return settled;
      },
      { intervals: [250], timeout: 10_000 },
    )
    .toBe(true);
  return previous;
}

test('printing the timeline redraws its canvas in the light theme, even from a dark scheme', async ({
  browser,
}) => {
  // The reference: printing from a light scheme.
  const light = await browser.newContext({ colorScheme: 'light' });
  const lightPage = await light.newPage();
  await lightPage.goto('/');
  await lightPage.locator('.chart-box[data-rendered="true"]').waitFor();
  const lightScreen = await canvasPixels(lightPage);
  const lightPrint = await settledPrintPixels(lightPage);
  await light.close();

  const { context, page } = await darkPage(browser);
  await page.goto('/');
  await page.locator('.chart-box[data-rendered="true"]').waitFor();
  expect(await canvasPixels(page), 'the dark scheme draws the chart differently').not.toBe(
    lightScreen,
  );
  // What the browser does when printing starts: the print layout, then beforeprint.
  await settledPrintPixels(page);
  await expect.poll(() => canvasPixels(page), { timeout: 5_000 }).toBe(lightPrint);
  await context.close();
});

test('a PDF of the timeline (dark colour scheme) is generated and is not trivial', async ({
  browser,
}) => {
  const { context, page } = await darkPage(browser);
  const errors = trackErrors(page);
  await page.goto('/');
  await waitForHydration(page);
  await page.locator('.chart-box[data-rendered="true"]').waitFor();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  // At least one page, and the text of the page in it (fonts embedded for its glyphs).
  const text = pdf.toString('latin1');
  expect(text.match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(0);
  expect(text).toMatch(/\/FontFile2?|\/FontFile3/);
  expect(errors).toEqual([]);
  await context.close();
});
