/**
 * The messages between an embed and the page around it: /embed.js sizing our frames and nothing
 * else, the embed answering its parent and no one else, and the parents of iframe-resizer 4 and
 * Pym.js 1 (the libraries themselves, from npm) sizing an embed as they size their own children.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { embedSnippet, snippetChart } from '../../src/lib/embed/snippet';
import {
  contentHeight,
  EMBED,
  embedFrame,
  frameScrollHeight,
  serve,
  serveHostPage,
  SITE,
} from './embed-hosts';

const hydrated = (frame: Frame) =>
  frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');

/** How far the frame element `selector` is from fitting its content, in pixels. */
const misfit = async (page: Page, selector: string, frame: Frame) =>
  Math.abs(
    (await page.locator(selector).evaluate((el) => el.clientHeight)) - (await contentHeight(frame)),
  );

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

test("/embed.js sizes only our embeds, from our origin: not a page of ours, not another site in an embed's frame", async ({
  page,
}) => {
  const other = await serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Another site</title><p>Another site</p>');
  });
  const host = await serveHostPage(`
    <iframe id="embed" src="${SITE}${EMBED}" title="Chart" width="640" height="300"></iframe>
    <iframe id="hijacked" src="${SITE}/embed/pressure-index" title="Chart" width="640" height="300"></iframe>
    <iframe id="events" src="${SITE}/events" title="Events" width="640" height="300"></iframe>
    <script src="${SITE}/embed.js" async></script>`);
  try {
    await page.goto(host.origin);
    const embed = await embedFrame(page, new RegExp(`${EMBED}$`));
    await expect.poll(() => misfit(page, '#embed', embed)).toBeLessThanOrEqual(3);
    // The second frame's address still names our embed, but another site now fills it.
    const hijacked = await embedFrame(page, /\/embed\/pressure-index$/);
    await hijacked.goto(`${other.origin}/`);
    const events = await embedFrame(page, /\/events$/);
    await hydrated(events);

    const heights = () =>
      page.locator('#hijacked, #events').evaluateAll((frames) => frames.map((f) => f.style.height));
    const before = await heights();
    expect(before).not.toContain('1234px');
    const heightMessage = { type: 'tariff-tracker:embed-height', height: 1234 };
    for (const frame of [hijacked, events])
      await frame.evaluate((message) => parent.postMessage(message, '*'), heightMessage);
    // Then one the script takes, from our embed: handled after the two above.
    await embed.evaluate(() =>
      parent.postMessage({ type: 'tariff-tracker:embed-height', height: 777 }, '*'),
    );
    await expect.poll(() => page.locator('#embed').evaluate((el) => el.style.height)).toBe('777px');
    expect(await heights()).toEqual(before);
  } finally {
    await host.stop();
    await other.stop();
  }
});

test('the embed answers its parent only: a sibling frame on another origin is ignored', async ({
  page,
}) => {
  const sibling = await serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>An ad</title><p>An ad</p>');
  });
  // The start message of an iframe-resizer parent: the embed answers it with its size.
  const start = (id: string) =>
    `[iFrameSizer]${id}:8:false:false:32:true:true:null:documentElementBoundingClientRect` +
    ':null:null:0:false:child:scroll:true:0:0';
  const host = await serveHostPage(`
    <iframe id="embed" src="${SITE}${EMBED}" title="Chart" width="640" height="600"></iframe>
    <iframe id="ad" src="${sibling.origin}/" title="Advertisement" width="300" height="100"></iframe>
    <script>
      window.received = [];
      window.addEventListener('message', (event) => {
        if (event.origin === '${SITE}' && typeof event.data === 'string') window.received.push(event.data);
      });
    </script>`);
  try {
    await page.goto(host.origin);
    const embed = await embedFrame(page);
    await hydrated(embed);
    const ad = await embedFrame(page, new RegExp(`^${sibling.origin}`));
    await ad.evaluate(([message, site]) => parent.frames[0]!.postMessage(message, site!), [
      start('intruder'),
      SITE,
    ] as const);
    await page.evaluate(([message, site]) => window.frames[0]!.postMessage(message, site!), [
      start('host-frame'),
      SITE,
    ] as const);
    const received = () =>
      page.evaluate(() => (window as unknown as { received: string[] }).received);
    // The parent's start message is answered, after the sibling's, which is not.
    await expect
      .poll(async () => (await received()).some((m) => m.startsWith('[iFrameSizer]host-frame:')))
      .toBe(true);
    expect((await received()).filter((m) => m.includes('intruder'))).toEqual([]);
  } finally {
    await host.stop();
    await sibling.stop();
  }
});

test('the real iframe-resizer 4 and Pym.js 1 parents size the embed to its content', async ({
  page,
}) => {
  const host = await serveHostPage(
    `<div id="column" style="width: 700px">
      <iframe id="resizer-frame" src="${SITE}${EMBED}" title="Chart" style="width: 100%; border: 0"
        height="300"></iframe>
      <div id="pym-container"></div>
    </div>
    <script src="/iframeResizer.min.js"></script>
    <script src="/pym.v1.min.js"></script>
    <script>
      iFrameResize({ checkOrigin: ['${SITE}'], warningTimeout: 0 }, '#resizer-frame');
      new pym.Parent('pym-container', '${SITE}${EMBED}?country=MX', { title: 'Chart' });
    </script>`,
    {
      '/iframeResizer.min.js': readFileSync('node_modules/iframe-resizer/js/iframeResizer.min.js'),
      '/pym.v1.min.js': readFileSync('node_modules/pym.js/dist/pym.v1.min.js'),
    },
  );
  try {
    await page.goto(host.origin);
    const resized = await embedFrame(page, new RegExp(`${EMBED}$`));
    const pymFrame = await embedFrame(page, /childId=pym-container/);
    await hydrated(resized);
    await hydrated(pymFrame);
    // Each library sets the height it is told: iframe-resizer in the style, Pym in the attribute.
    await expect
      .poll(() => page.locator('#resizer-frame').evaluate((el) => el.style.height))
      .toMatch(/^\d+px$/);
    await expect
      .poll(() => page.locator('#pym-container iframe').getAttribute('height'))
      .toMatch(/^\d+px$/);
    await expect.poll(() => misfit(page, '#resizer-frame', resized)).toBeLessThanOrEqual(3);
    await expect.poll(() => misfit(page, '#pym-container iframe', pymFrame)).toBeLessThanOrEqual(3);
    // Pym's parameters (childId, initialWidth, parentTitle, parentUrl) leave the chart's own be.
    await expect(pymFrame.locator('.key li')).toHaveCount(1);

    // A narrower column makes the charts taller; both libraries follow.
    const before = await page.locator('#resizer-frame').evaluate((el) => el.clientHeight);
    await page.locator('#column').evaluate((el) => (el.style.width = '420px'));
    await expect
      .poll(() => page.locator('#resizer-frame').evaluate((el) => el.clientHeight))
      .not.toBe(before);
    await expect.poll(() => misfit(page, '#resizer-frame', resized)).toBeLessThanOrEqual(3);
    // Chromium holds back layout observers in a frame from another origin while it is off screen.
    await page.locator('#pym-container iframe').scrollIntoViewIfNeeded();
    await expect.poll(() => misfit(page, '#pym-container iframe', pymFrame)).toBeLessThanOrEqual(3);
  } finally {
    await host.stop();
  }
});
