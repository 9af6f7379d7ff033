/**
 * What the embed tests share: this site's origin, small node:http servers standing in for other
 * sites (a newsroom's article page), and the embed frames in them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Frame, type Page } from '@playwright/test';

export const SITE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4317}`;
export const EMBED = '/embed/tariff-timeline';

/** Starts a server on a free port; returns its origin and a stop function. */
export async function serve(
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

/** A host page on another origin: `body` inside a plain article; `scripts` served beside it by path. */
export const serveHostPage = (body: string, scripts: Record<string, Buffer | string> = {}) =>
  serve((request, response) => {
    const script = scripts[new URL(request.url!, 'http://host').pathname];
    if (script !== undefined) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(script);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title>` +
        `<style>body{margin:0;font-family:serif}main{margin:0 auto;padding:1rem}</style></head>` +
        `<body><main><h1>An article</h1><p>Text before the chart.</p>${body}` +
        `<p>Text after the chart.</p></main></body></html>`,
    );
  });

/** The first frame of the page whose address matches `match`, once there is one. */
export async function embedFrame(
  page: Page,
  match: RegExp = /\/embed\/tariff-timeline/,
): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => match.test(f.url()))).toBe(true);
  return page.frames().find((f) => match.test(f.url()))!;
}

export const frameScrollHeight = (frame: Frame) =>
  frame.evaluate(() => document.documentElement.scrollHeight);

/** The height of the frame's content (its scrollHeight is at least the frame's own height). */
export const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
