import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chartImagesInPreview } from './chart-images';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, createReadStream: vi.fn(fs.createReadStream) };
});

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** The plugin's middleware on a server of its own, mounted at /charts as `vite preview` does. */
function serveWith(chartsDir: string) {
  let middleware: Middleware | undefined;
  const plugin = chartImagesInPreview(chartsDir);
  const configure = plugin.configurePreviewServer as (server: unknown) => void;
  configure({
    middlewares: { use: (_mount: string, handler: Middleware) => (middleware = handler) },
  });
  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/charts/')) return res.writeHead(404).end();
    req.url = req.url.slice('/charts'.length);
    middleware!(req, res, () => res.writeHead(404).end('next'));
  });
  return server;
}

describe('the chart images in vite preview', () => {
  const root = mkdtempSync(join(tmpdir(), 'chart-images-'));
  const chartsDir = join(root, 'build', 'charts');
  const server = serveWith(chartsDir);
  let origin = '';

  beforeAll(async () => {
    mkdirSync(chartsDir, { recursive: true });
    writeFileSync(join(chartsDir, 'timeline.png'), 'a PNG');
    writeFileSync(join(root, 'outside.png'), 'not a chart');
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves an image inside the folder, and nothing outside it', async () => {
    const image = await fetch(`${origin}/charts/timeline.png`);
    expect([image.status, image.headers.get('content-type'), await image.text()]).toEqual([
      200,
      'image/png',
      'a PNG',
    ]);
    // An image file, outside: only the containment check turns it away (`%2F` survives the URL
    // parser, which would resolve a plain `../`).
    const outside = await fetch(`${origin}/charts/..%2F..%2Foutside.png`);
    expect([outside.status, await outside.text()]).toEqual([404, 'next']);
  });

  it('answers a read error with a 500 naming the file, and keeps serving', async () => {
    vi.mocked(createReadStream).mockImplementationOnce(() => {
      const stream = new PassThrough();
      setImmediate(() => stream.destroy(new Error('EIO: i/o error, read')));
      return stream as never;
    });
    const failed = await fetch(`${origin}/charts/timeline.png`);
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe(
      `Could not read ${join(chartsDir, 'timeline.png')}: EIO: i/o error, read\n`,
    );
    expect((await fetch(`${origin}/charts/timeline.png`)).status).toBe(200);
  });
});
