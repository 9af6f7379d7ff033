/**
 * Embeds: /embed/<chart> framed by pages on another origin (small node:http servers started here),
 * sized by /embed.js or by the iframe-resizer and Pym.js message conventions; the headers in
 * static/_headers as Cloudflare Pages and Netlify apply them; the page itself (404, noindex, no
 * site chrome, the link back, the theme) and axe.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { embedSnippet, snippetChart } from '../../src/lib/embed/snippet';
import { expectNoAxeViolations, trackErrors, waitForHydration } from './helpers';

const SITE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4317}`;
const EMBED = '/embed/tariff-timeline';

/** Starts a server on a free port; returns its origin and a stop function. */
async function serve(
  handler: Parameters<typeof createServer>[1],
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server: Server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // close() waits for every open connection to end, and the page may still hold one (a busy run
    // once timed out here): end them all.
    stop: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** A host page on another origin: `body` inside a plain article. */
const serveHostPage = (body: string) =>
  serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title>` +
        `<style>body{margin:0;font-family:serif}main{margin:0 auto;padding:1rem}</style></head>` +
        `<body><main><h1>An article</h1><p>Text before the chart.</p>${body}` +
        `<p>Text after the chart.</p></main></body></html>`,
    );
  });

/** The snippet exactly as the /embed page documents it (its origin filled in on load). */
async function documentedSnippet(page: Page): Promise<string> {
  await page.goto('/embed');
  await waitForHydration(page);
  const snippet = (await page.locator('pre.snippet').first().textContent())!;
  expect(snippet).toContain(`<iframe\n  src="${SITE}${EMBED}"`);
  expect(snippet).toContain(`<script src="${SITE}/embed.js"`);
  return snippet;
}

async function embedFrame(page: Page, match: RegExp = /\/embed\/tariff-timeline/): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => match.test(f.url()))).toBe(true);
  return page.frames().find((f) => match.test(f.url()))!;
}

const frameScrollHeight = (frame: Frame) =>
  frame.evaluate(() => document.documentElement.scrollHeight);

/** The height of the frame's content (its scrollHeight is at least the frame's own height). */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** Share of the canvas's pixels that are painted. */
const paintedShare = (frame: Frame) =>
  frame.locator('.chart-box canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted += 1;
    return painted / (data.length / 4);
  });

test('the documented snippet on another site: the chart draws and /embed.js fits the frame', async ({
  page,
}) => {
  const snippet = await documentedSnippet(page);
  const defaultHeight = Number(/height="(\d+)"/.exec(snippet)![1]);
  const host = await serveHostPage(`<div id="column" style="width: 420px">${snippet}</div>`);
  try {
    const errors = trackErrors(page);
    await page.goto(host.origin);
    const iframe = page.locator('iframe');
    const frame = await embedFrame(page);
    await frame.locator('.chart-box[data-rendered="true"]').waitFor();
    expect(await paintedShare(frame)).toBeGreaterThan(0.02);

    // From the snippet's height to the content's.
    await expect.poll(() => iframe.evaluate((el) => el.style.height)).toMatch(/^\d+px$/);
    const fitted = async () =>
      Math.abs((await iframe.evaluate((el) => el.clientHeight)) - (await frameScrollHeight(frame)));
    await expect.poll(fitted).toBeLessThanOrEqual(3);
    const narrowHeight = await iframe.evaluate((el) => el.clientHeight);
    expect(narrowHeight).not.toBe(defaultHeight);

    // And again whenever the content's height changes: here, a wider column.
    await page.locator('#column').evaluate((el) => (el.style.width = '1000px'));
    await expect.poll(() => iframe.evaluate((el) => el.clientHeight)).not.toBe(narrowHeight);
    await expect.poll(fitted).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
  } finally {
    await host.stop();
  }
});

test("/embed.js run by a loader, without document.currentScript, finds its own tag, not another site's embed.js", async ({
  page,
}) => {
  // Another site's embed.js, first on the page (Instagram's, say).
  const other = await serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end('window.otherEmbedRan = true;');
  });
  // A deferring loader (as some CMSs and CDNs add) leaves our tag unrun and runs its code itself.
  const snippet = embedSnippet(SITE, snippetChart('tariff-timeline')).replace(
    '<script ',
    '<script type="text/deferred" ',
  );
  const host = await serveHostPage(
    `<script src="${other.origin}/embed.js"></script><div style="width: 640px">${snippet}</div>`,
  );
  try {
    const code = await (await page.request.get(`${SITE}/embed.js`)).text();
    await page.goto(host.origin);
    const frame = await embedFrame(page);
    await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    expect(await page.evaluate(() => (window as { otherEmbedRan?: boolean }).otherEmbedRan)).toBe(
      true,
    );
    await page.evaluate((script) => {
      if (document.currentScript) throw new Error('expected no current script');
      (0, eval)(script);
    }, code);
    const iframe = page.locator('iframe');
    await expect.poll(() => iframe.evaluate((el) => el.style.height)).toMatch(/^\d+px$/);
    await expect
      .poll(async () =>
        Math.abs(
          (await iframe.evaluate((el) => el.clientHeight)) - (await frameScrollHeight(frame)),
        ),
      )
      .toBeLessThanOrEqual(3);
  } finally {
    await host.stop();
    await other.stop();
  }
});

test('each snippet is tall enough for its chart at article widths, without /embed.js', async ({
  page,
  browser,
}) => {
  test.slow(); // 18 page loads: three charts, two languages, three widths
  const snippets: string[] = [];
  for (const preview of ['/embed', '/es/embed']) {
    await page.goto(preview);
    snippets.push(...(await page.locator('pre.snippet').allTextContents()));
  }
  expect(snippets).toHaveLength(6);
  for (const snippet of snippets) {
    const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'));
    const path = src.pathname + src.search;
    const height = Number(/height="(\d+)"/.exec(snippet)![1]);
    for (const width of [480, 640, 1000]) {
      const frame = await browser.newPage({ viewport: { width, height } });
      await frame.goto(path);
      await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      expect(await contentHeight(frame.mainFrame()), `${path} at ${width} px`).toBeLessThanOrEqual(
        height,
      );
      await frame.close();
    }
  }
});

test('a framed embed opens links in a new tab and leaves the host page as it was', async ({
  page,
  context,
}) => {
  const host = await serveHostPage(`<iframe src="${SITE}${EMBED}" title="Chart" width="1000"
    height="760" style="border:0"></iframe>`);
  try {
    await page.goto(host.origin);
    const frame = await embedFrame(page);
    await frame.locator('.chart-box[data-rendered="true"]').waitFor();
    await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const popup = context.waitForEvent('page');
    await frame.locator('a.focus-target').first().focus();
    await page.keyboard.press('Enter');
    await expect(await popup).toHaveURL(/\/events\/[\w-]+$/);
    expect(frame.url()).toBe(`${SITE}${EMBED}`);
    await expect(page).toHaveURL(`${host.origin}/`);
  } finally {
    await host.stop();
  }
});

test('a framed comparison chart opens its pairs, and the links under their quotes, in a new tab', async ({
  page,
  context,
}) => {
  const host = await serveHostPage(`<iframe src="${SITE}/embed/threats-responses" title="Chart"
    width="1000" height="900" style="border:0"></iframe>`);
  try {
    await page.goto(host.origin);
    const frame = await embedFrame(page, /\/embed\/threats-responses/);
    await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // An SVG link: the pair's connector opens its response.
    const pair = frame.locator('.layout.wide a.pair[data-basis="window"]').first();
    const href = (await pair.getAttribute('href'))!;
    let popup = context.waitForEvent('page');
    await pair.focus();
    await page.keyboard.press('Enter');
    await expect(await popup).toHaveURL(new RegExp(`${href}$`));
    // An HTML link among the pair's quotes, shown since the focus.
    popup = context.waitForEvent('page');
    await frame.locator('.pair-detail a').first().click();
    await expect(await popup).toHaveURL(/\/events\/[\w-]+$/);
    expect(frame.url()).toBe(`${SITE}/embed/threats-responses`);
    await expect(page).toHaveURL(`${host.origin}/`);
  } finally {
    await host.stop();
  }
});

test('iframe-resizer and Pym.js parents get the heights in their own message formats', async ({
  page,
}) => {
  // The parents' side, per iframeResizer.js v4 and pym.js v1: iframe-resizer sends its settings
  // (`[iFrameSizer]<id>:8:<sizeWidth>:<log>:…`) on load and whenever a child says it is ready; Pym
  // adds childId (and initialWidth, parentTitle, parentUrl) to the frame's address.
  const resizerInit =
    '[iFrameSizer]resizer-frame:8:false:false:32:true:true:null:documentElementBoundingClientRect' +
    ':null:null:0:false:child:scroll:true:0:0';
  const pymSrc = `${SITE}${EMBED}?country=MX&initialWidth=600&childId=pym-chart&parentTitle=An%20article&parentUrl=x`;
  const host = await serveHostPage(`
    <iframe id="resizer-frame" src="${SITE}${EMBED}" title="Chart" width="700" height="760"></iframe>
    <iframe id="pym-frame" src="${pymSrc}" title="Chart" width="600" height="760"></iframe>
    <script>
      window.received = [];
      const resizerFrame = document.getElementById('resizer-frame');
      const init = () => resizerFrame.contentWindow.postMessage(${JSON.stringify(resizerInit)}, '${SITE}');
      resizerFrame.addEventListener('load', init);
      window.addEventListener('message', (event) => {
        if (event.origin !== '${SITE}' || typeof event.data !== 'string') return;
        window.received.push(event.data);
        if (event.data === '[iFrameResizerChild]Ready' && event.source === resizerFrame.contentWindow) init();
      });
    </script>`);
  try {
    await page.goto(host.origin);
    const received = () =>
      page.evaluate(() => (window as unknown as { received: string[] }).received);
    const resizerFrame = await embedFrame(page, /\/embed\/tariff-timeline$/);
    const pymFrame = await embedFrame(page, /childId=pym-chart/);

    await expect.poll(received).toContain('[iFrameResizerChild]Ready');
    const initAnswer = /^\[iFrameSizer\]resizer-frame:(\d+):(\d+):init$/;
    await expect.poll(async () => (await received()).some((m) => initAnswer.test(m))).toBe(true);
    const [, resizerHeight, resizerWidth] = initAnswer.exec(
      (await received()).find((m) => initAnswer.test(m))!,
    )!;
    expect(Math.abs(Number(resizerHeight) - (await contentHeight(resizerFrame)))).toBeLessThan(4);
    expect(Number(resizerWidth)).toBeGreaterThan(600);
    await page.evaluate((site) => {
      const frame = document.getElementById('resizer-frame') as HTMLIFrameElement;
      frame.contentWindow!.postMessage('[iFrameSizer]resize', site);
    }, SITE);
    await expect
      .poll(async () =>
        (await received()).some((m) =>
          /^\[iFrameSizer\]resizer-frame:\d+:\d+:resizeParent$/.test(m),
        ),
      )
      .toBe(true);

    const pymHeight = /^pymxPYMxpym-chartxPYMxheightxPYMx(\d+)$/;
    const pymHeights = async () =>
      (await received()).filter((m) => pymHeight.test(m)).map((m) => Number(pymHeight.exec(m)![1]));
    await expect.poll(async () => (await pymHeights()).length).toBeGreaterThan(0);
    expect(Math.abs((await pymHeights()).at(-1)! - (await contentHeight(pymFrame)))).toBeLessThan(
      4,
    );
    const before = (await pymHeights()).length;
    await page.evaluate((site) => {
      const frame = document.getElementById('pym-frame') as HTMLIFrameElement;
      frame.contentWindow!.postMessage('pymxPYMxpym-chartxPYMxwidthxPYMx600', site);
    }, SITE);
    await expect.poll(async () => (await pymHeights()).length).toBeGreaterThan(before);
    // The Pym parameters do not disturb the chart's own.
    await expect(pymFrame.locator('.key li')).toHaveCount(1);
  } finally {
    await host.stop();
  }
});

test('an unknown chart is a real 404', async ({ request }) => {
  const response = await request.get('/embed/no-such-chart');
  expect(response.status()).toBe(404);
});

test('the embed: not indexed, no site chrome, a link back to the full view with the same query', async ({
  page,
}) => {
  const errors = trackErrors(page);
  const query = '?country=MX~CA&kind=tariff~concession&from=2025-01-01&to=2025-12-31';
  await page.goto(`${EMBED}${query}&theme=light`);
  await waitForHydration(page);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Mexico's 25% tariff took effect after one pause; the 30% never did",
  );
  await expect(page.locator('.credit')).toContainText(
    /Source: Tariff Pressure Tracker, dataset v\d+\.\d+\.\d+,\s+from \d+ news articles/,
  );
  const back = page.getByRole('link', { name: /Full view/ });
  await expect(back).toHaveAttribute('href', `/${query}`);
  await expect(back).toHaveAttribute('target', '_blank');
  // The view is the full view's: only Mexico and Canada.
  await expect(page.locator('.key li')).toHaveText(['Mexico', 'Canada']);
  expect(errors).toEqual([]);
});

test('theme=dark sets the dark theme, before hydration too', async ({ page, browser }) => {
  await page.goto(`${EMBED}?theme=dark`);
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(18, 20, 23)');

  // The blocking script in <head> applies it before the app's JavaScript runs.
  const context = await browser.newContext();
  const noApp = await context.newPage();
  await noApp.route('**/_app/**/*.js', (route) => route.abort());
  await noApp.goto(`${EMBED}?theme=dark`);
  await expect(noApp.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('a bad theme falls back to auto with a notice, and no error', async ({ page }) => {
  const errors = trackErrors(page);
  page.on('dialog', () => errors.push('a dialog opened'));
  await page.goto(`${EMBED}?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E&country=MX`);
  await waitForHydration(page);
  await page.locator('.chart-box[data-rendered="true"]').waitFor();
  await expect(page.getByRole('status').filter({ hasText: 'Ignored theme=' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  // The rest of the address still applies, and stays in it.
  await expect(page.locator('.key li')).toHaveText(['Mexico']);
  await expect(page).toHaveURL(/\?country=MX$/);
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/embed without JavaScript: the snippets, and a frame per chart that loads', async ({
    page,
  }) => {
    await page.goto('/embed');
    await expect(page.locator('pre.snippet')).toHaveCount(3);
    const shown = page.locator('iframe:visible');
    await expect(shown).toHaveCount(3);
    for (const [i, chart] of ['tariff-timeline', 'threats-responses', 'pressure-index'].entries()) {
      await expect(shown.nth(i)).toHaveAttribute('src', `/embed/${chart}`);
    }
    await shown.first().scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe:visible').first();
    await expect(frame.locator('h1, h2').first()).toBeVisible();
  });
});

test('/embed previews each chart in one frame, at the width the reader picks', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/embed');
  await waitForHydration(page);
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(3);
  // A frame loads its chart only once it comes near the screen.
  await expect(frames.last()).not.toHaveAttribute('src');
  await frames.last().scrollIntoViewIfNeeded();
  await expect(frames.last()).toHaveAttribute('src', '/embed/pressure-index');
  const timeline = frames.first();
  await timeline.scrollIntoViewIfNeeded();
  await expect(timeline).toHaveAttribute('src', '/embed/tariff-timeline');
  await expect(timeline).toHaveAttribute('width', '640');
  const section = page.locator('section').first();
  await section.getByLabel('360 px wide').check();
  await expect(timeline).toHaveAttribute('width', '360');
  await expect(timeline).toHaveAttribute('title', /\(preview, 360 px\)$/);
  // The other charts keep their own width.
  await expect(frames.nth(1)).toHaveAttribute('width', '640');
  expect(errors).toEqual([]);
});

for (const path of [
  `${EMBED}`,
  `${EMBED}?theme=dark`,
  '/embed/threats-responses?country=MX~CA',
  '/embed/pressure-index?theme=dark',
  '/embed',
  '/es/embed/tariff-timeline',
  '/es/embed/tariff-timeline?theme=dark',
  '/es/embed/threats-responses?theme=dark',
  '/es/embed/pressure-index',
  '/es/embed',
]) {
  test(`${path} has no axe violations`, async ({ page }) => {
    // The preview pages hold three frames, each checked by axe: slow on a busy machine.
    if (path.endsWith('/embed')) test.slow();
    const errors = trackErrors(page);
    await page.goto(path);
    await waitForHydration(page);
    await expect(page.locator('h1')).toBeVisible();
    if (path.replace(/^\/es/, '').startsWith(EMBED))
      await page.locator('.chart-box[data-rendered="true"]').waitFor();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

// ---- static/_headers, as the two hosts apply it ----

interface HeaderRule {
  pattern: RegExp;
  set: [string, string][];
  detach: string[];
}

function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) =>
          part === '*'
            ? '.*'
            : part.startsWith(':')
              ? '[^/]+'
              : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      rules.push({ pattern: new RegExp(`^${source}$`), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1)!;
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (detach) rule.detach.push(detach[1]!.toLowerCase());
    const header = /^\s+([^:!\s][^:]*):\s*(.+)$/.exec(line);
    if (header) rule.set.push([header[1]!.trim().toLowerCase(), header[2]!.trim()]);
  }
  return rules;
}

/**
 * Cloudflare (workers-shared asset worker): every matching rule in file order; `!` deletes, a header
 * set again is appended (comma-joined). Netlify: `!` lines are not headers (its parser skips lines
 * without a colon); a later matching rule's value replaces an earlier one.
 */
function headersFor(rules: HeaderRule[], path: string, host: 'cloudflare' | 'netlify') {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    if (host === 'cloudflare') for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const previous = headers.get(name);
      headers.set(name, host === 'cloudflare' && previous ? `${previous}, ${value}` : value);
    }
  }
  return headers;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves build/ the way a static host does (`/events` from events.html), with the headers file. */
function serveBuild(host: 'cloudflare' | 'netlify') {
  const rules = parseHeadersFile(readFileSync('build/_headers', 'utf8'));
  return serve((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
    const base = normalize(join('build', path));
    const file = [base, `${base}.html`, join(base, 'index.html')].find(
      (candidate) =>
        candidate.startsWith('build') && existsSync(candidate) && statSync(candidate).isFile(),
    );
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...Object.fromEntries(headersFor(rules, path, host)),
    });
    response.end(readFileSync(file));
  });
}

for (const host of ['cloudflare', 'netlify'] as const) {
  test(`under _headers as ${host} applies it, other sites may frame embeds and nothing else`, async ({
    page,
  }) => {
    const site = await serveBuild(host);
    // The English embed, the Spanish one, and the English one sent on to the Spanish by ?lang=es.
    const embeds = [EMBED, `/es${EMBED}`, `${EMBED}?lang=es&country=MX`];
    const article = await serveHostPage(`
      <iframe src="${site.origin}/events" title="Events" width="600" height="300"></iframe>
      ${embeds
        .map(
          (path) =>
            `<iframe src="${site.origin}${path}" title="Chart" width="600" height="760"></iframe>`,
        )
        .join('\n')}`);
    try {
      const pageResponse = await page.request.get(`${site.origin}/events`);
      expect(pageResponse.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
      for (const path of [EMBED, `/es${EMBED}`]) {
        const embedResponse = await page.request.get(`${site.origin}${path}`);
        expect(embedResponse.headers()['content-security-policy'], path).toBe('frame-ancestors *');
        // Netlify cannot remove it; browsers ignore it once a frame-ancestors policy is present.
        expect(embedResponse.headers()['x-frame-options'], path).toBe(
          host === 'cloudflare' ? undefined : 'SAMEORIGIN',
        );
      }

      await page.goto(article.origin);
      const english = await embedFrame(page, new RegExp(`:\\d+${EMBED}$`));
      await english.locator('.chart-box[data-rendered="true"]').waitFor();
      await expect(english.locator('html')).toHaveAttribute('lang', 'en');
      // Both Spanish frames (one of them after its redirect) draw their chart in Spanish.
      await expect
        .poll(() => page.frames().filter((frame) => /\/es\/embed\//.test(frame.url())).length)
        .toBe(2);
      for (const spanish of page.frames().filter((frame) => /\/es\/embed\//.test(frame.url()))) {
        await spanish.locator('.chart-box[data-rendered="true"]').waitFor();
        await expect(spanish.locator('html')).toHaveAttribute('lang', 'es');
      }
      // Chromium replaces a refused frame with its own error page: /events, and nothing else.
      await expect
        .poll(() => page.frames().filter((frame) => frame.url().startsWith('chrome-error:')).length)
        .toBe(1);
      expect(page.frames().some((frame) => frame.url().endsWith('/events'))).toBe(false);
    } finally {
      await article.stop();
      await site.stop();
    }
  });
}
