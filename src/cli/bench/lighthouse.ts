/** Lighthouse runs against a local server (section 3 of the benchmark). */
import { execFile, spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { log, ORIGIN, PORT } from './config';
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

export async function startPreview(): Promise<() => void> {
  const server = spawn(
    join('node_modules', '.bin', 'vite'),
    ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.once('exit', stop);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited: ${stderr}`);
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return stop;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  stop();
  throw new Error(`vite preview did not answer on ${ORIGIN} within 30 s: ${stderr}`);
}

async function lighthouse(url: string, outDir: string): Promise<LighthouseFigures> {
  const output = join(outDir, 'report.json');
  await promisify(execFile)(
    join('node_modules', '.bin', 'lighthouse'),
    [
      url,
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox',
    ],
    {
      env: {
        ...process.env,
        CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    categories: Record<
      string,
      { score: number | null; auditRefs: { id: string; weight: number }[] }
    >;
    audits: Record<string, { numericValue?: number; score: number | null }>;
    runtimeError?: { message: string };
  };
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  // Why a category lost points, for the log.
  for (const id of ['accessibility', 'best-practices']) {
    const failed = (report.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    if (failed.length) log(`  ${id} audits failed: ${failed.join(', ')}`);
  }
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbtMs: audit('total-blocking-time'),
  };
}

/**
 * One retry after the page answers again: `vite preview` serves `.svelte-kit/output`, which a build
 * started elsewhere in the same checkout removes and rewrites for a while.
 */
export async function lighthouseWithRetry(
  url: string,
  outDir: string,
): Promise<LighthouseFigures | null> {
  try {
    return await lighthouse(url, outDir);
  } catch (error) {
    log(
      `  failed (${(error as Error).message.split('\n').at(-2) ?? error}); retrying when the page answers`,
    );
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 2000));
      const ok = await fetch(url).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) break;
    }
    return lighthouse(url, outDir).catch((again: unknown) => {
      log(`  failed again: ${(again as Error).message.split('\n').at(-2) ?? again}`);
      return null;
    });
  }
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** Serves `root` as a static host would: gzip, `/a` → `a.html`, `/a/` → `a/index.html`, 404.html. */
export async function startStaticServer(root: string): Promise<() => void> {
  const fileFor = (pathname: string): string | null => {
    const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    const candidates = path.endsWith('/')
      ? [`${path}index.html`]
      : [path, `${path}.html`, `${path}/index.html`];
    for (const candidate of candidates) {
      const file = join(root, candidate);
      if (!file.startsWith(root)) continue;
      try {
        if (statSync(file).isFile()) return file;
      } catch {
        // try the next
      }
    }
    return null;
  };
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', ORIGIN);
    let file = fileFor(pathname);
    let status = 200;
    if (!file) {
      file = join(root, '404.html');
      status = 404;
    }
    const type = MIME_TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': type, vary: 'accept-encoding' };
    if (pathname.startsWith('/_app/immutable/')) {
      headers['cache-control'] = 'public, max-age=31536000, immutable';
    }
    if (
      /text|json|svg|javascript/.test(type) &&
      /\bgzip\b/.test(`${request.headers['accept-encoding']}`)
    ) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(status, headers).end(body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(PORT, '127.0.0.1', done);
  });
  return () => server.close();
}
