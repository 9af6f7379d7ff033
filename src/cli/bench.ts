/**
 * `npm run bench`: prints the project's performance figures (it asserts nothing; the tests do that).
 *
 *   npm run bench -- [--no-build] [--snapshot] [--pages /,/events] [--skip-lighthouse] [--lighthouse-runs 3]
 *                    [--skip-transforms] [--transform-runs 5] [--sizes 1000,10000,100000]
 *
 * 1. Wall time of a clean `npm run build` (build/ and .svelte-kit/output removed first), unless
 *    `--no-build` reuses the existing build.
 * 2. Gzip JS per prerendered page, found by following the import graph from the HTML: the critical
 *    path (entry scripts, modulepreload links and their static imports) and the total with the
 *    chunks the page imports dynamically after paint (Chart.js on chart pages).
 * 3. Lighthouse (mobile profile) per page against `vite preview` on port 4410 (or BENCH_PORT): scores, LCP, CLS,
 *    TBT, the median of three runs. Chromium from CHROME_PATH or CHROMIUM_PATH, else /usr/bin/chromium.
 *    `--snapshot` measures and serves a private copy of build/ with a small static server instead
 *    (gzip, `.html` for extensionless paths, 404.html), for when other builds run in this checkout:
 *    vite preview serves `.svelte-kit/output`, which any build rewrites.
 * 4. Timings of the data transforms on synthetic datasets made by cloning the real events.
 * 5. A Markdown summary for the README's Performance section.
 *
 * Progress goes to stderr; the summary to stdout, so `npm run bench > bench.md` keeps only figures.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import type { Dataset, EventRecord } from '../lib/data/schema';
import { validateDataset } from '../lib/data/validate';
import { buildComparisonData, COMPARE_COUNTRIES, comparisonView } from '../lib/compare/comparison';
import { PAIR_BASES, THREAT_KINDS } from '../lib/compare/pairing';
import { weeklyIndex } from '../lib/compare/pressure-index';
import { eventsCsv } from '../lib/downloads/csv';
import { applyEventsView } from '../lib/events/filter';
import { toEventRow } from '../lib/events/table';
import { tariffSeries } from '../lib/tariffs/series';
import { timelineChartModel } from '../lib/timeline/chart-model';
import { buildTimelineData } from '../lib/timeline/data';
import { defaultCompareView } from '../lib/url-state/compare-view';
import { defaultEventsView } from '../lib/url-state/events-view';
import { defaultTimelineView, TIMELINE_COUNTRIES } from '../lib/url-state/timeline-view';

const BUILD_DIR = 'build';
/** BENCH_PORT lets two checkouts run the bench at once. */
const PORT = Number(process.env.BENCH_PORT) || 4410;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** The project's targets, to flag misses in the summary. */
const TARGETS = {
  performance: 98,
  accessibility: 100,
  chartPageJsKb: 100,
  plainPageJsKb: 35,
  cls: 0.02,
  transform100kMs: 100,
};

const log = (...parts: unknown[]) => console.error(...parts);
const kb = (bytes: number) => bytes / 1024;
const fmt = (value: number, digits = 1) => value.toFixed(digits);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// ---------------------------------------------------------------------------------------------
// 1. Build

function cleanBuild(): number {
  for (const dir of [BUILD_DIR, join('.svelte-kit', 'output')]) {
    rmSync(dir, { recursive: true, force: true });
  }
  log('Timing a clean `npm run build`…');
  const started = performance.now();
  // The build's own output goes to stderr with the rest of the progress.
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
  return seconds;
}

// ---------------------------------------------------------------------------------------------
// 2. JS per page

interface Page {
  /** Route pattern for the table: `/`, `/events`, `/events/[id]`. */
  route: string;
  /** Path to request from the preview server. */
  path: string;
  file: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Every prerendered page, with one representative of each folder of many pages (`/events/[id]`). */
function listPages(buildDir: string): Page[] {
  const files = htmlFiles(buildDir)
    .map((file) => relative(buildDir, file).split(sep).join('/'))
    .filter((file) => file !== '404.html')
    .sort();
  const perDir = new Map<string, string[]>();
  for (const file of files) {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    perDir.set(dir, [...(perDir.get(dir) ?? []), file]);
  }
  const toPath = (file: string) => {
    const path = '/' + file.replace(/\.html$/, '');
    return path.endsWith('/index') ? path.slice(0, -'index'.length) : path;
  };
  const pages: Page[] = [];
  for (const [dir, dirFiles] of perDir) {
    const leaves = dirFiles.filter((file) => !file.endsWith('/index.html'));
    // Only a folder of many pages generated from one route: /es/ holds a handful of distinct pages.
    const collapse = dir !== '' && leaves.length > 10;
    for (const file of dirFiles) {
      if (collapse && leaves.includes(file) && file !== leaves[0]) continue;
      const path = toPath(file);
      const route = collapse && leaves.includes(file) ? `/${dir}/[id]` : path;
      pages.push({ route, path, file: join(buildDir, file) });
    }
  }
  const order = (page: Page) => (page.route === '/' ? '' : page.route);
  return pages.sort((a, b) => order(a).localeCompare(order(b)));
}

const STATIC_IMPORT = /\bfrom\s*["']([^"']+\.js)["']|\bimport\s*["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** What a chunk holds, recognised by strings that survive minification. */
const CONTENT_MARKERS: [string, string][] = [
  ['Chart.js', '_chartjs'],
  ['chartjs-plugin-annotation', 'adjustScaleRange'],
  ['zod', 'ZodError'],
  ['luxon', 'Invalid DateTime'],
  ['d3 (scale, colour)', 'aliceblue'],
  ['Svelte runtime', 'svelte.dev/e/'],
  ['SvelteKit runtime', '__sveltekit'],
];

interface ModuleInfo {
  gzip: number;
  chartJs: boolean;
  contents: string[];
  staticImports: string[];
  dynamicImports: string[];
}

const modules = new Map<string, ModuleInfo>();

function resolveUrl(spec: string, fromDir: string, buildDir: string): string | null {
  // Absolute paths throughout, so a file reached by a root-relative and a relative URL counts once.
  if (spec.startsWith('/')) return resolve(buildDir, `.${spec}`);
  if (spec.startsWith('.')) return resolve(fromDir, spec);
  return null;
}

function moduleInfo(file: string, buildDir: string): ModuleInfo {
  const cached = modules.get(file);
  if (cached) return cached;
  const source = readFileSync(file);
  const text = source.toString('utf8');
  const collect = (pattern: RegExp) =>
    [...text.matchAll(pattern)]
      .map((m) => resolveUrl(m[1] ?? m[2]!, dirname(file), buildDir))
      .filter((path): path is string => path !== null);
  const info: ModuleInfo = {
    gzip: gzipSync(source, { level: 9 }).length,
    // Chart.js marks the arrays it listens to with `_chartjs`.
    chartJs: text.includes('_chartjs'),
    contents: CONTENT_MARKERS.filter(([, marker]) => text.includes(marker)).map(([name]) => name),
    staticImports: collect(STATIC_IMPORT),
    dynamicImports: collect(DYNAMIC_IMPORT),
  };
  modules.set(file, info);
  return info;
}

interface PageJs {
  critical: string[];
  /** Loaded after paint: dynamic imports, and the scripts of same-site iframes. */
  deferred: string[];
  criticalGzip: number;
  totalGzip: number;
  chartJs: boolean;
  /** Same-site pages the page shows in iframes. */
  iframes: string[];
}

/** The prerendered HTML file of a path on the site, if there is one. */
function htmlFileFor(path: string, buildDir: string): string | null {
  const clean = path.replace(/[?#].*$/, '').replace(/\/$/, '/index');
  for (const candidate of [`${clean}.html`, `${clean}/index.html`]) {
    const file = join(buildDir, candidate);
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not this one
    }
  }
  return null;
}

function pageJs(page: Page, buildDir: string, withIframes = true): PageJs {
  const html = readFileSync(page.file, 'utf8');
  const pageDir = dirname(page.file);
  const roots = new Set<string>();
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const href = tag.match(/\bhref="([^"]+\.js)"/)?.[1];
    if (href && /\brel="modulepreload"/.test(tag)) roots.add(resolveUrl(href, pageDir, buildDir)!);
  }
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attrs!.match(/\bsrc="([^"]+\.js)"/)?.[1];
    if (src) roots.add(resolveUrl(src, pageDir, buildDir)!);
    // Kit's inline start script imports its entries straight away.
    for (const m of body!.matchAll(DYNAMIC_IMPORT))
      roots.add(resolveUrl(m[1]!, pageDir, buildDir)!);
  }

  const critical = new Set<string>();
  const visitStatic = (file: string) => {
    if (critical.has(file)) return;
    critical.add(file);
    moduleInfo(file, buildDir).staticImports.forEach(visitStatic);
  };
  roots.forEach(visitStatic);

  // After paint: what the page's own code imports dynamically. Kit's entry imports every route's
  // node (`/nodes/`) and its error template on demand: those are not this page's.
  const deferred = new Set<string>();
  const visitDeferred = (file: string) => {
    if (critical.has(file) || deferred.has(file) || file.includes(`${sep}nodes${sep}`)) return;
    deferred.add(file);
    const info = moduleInfo(file, buildDir);
    [...info.staticImports, ...info.dynamicImports].forEach(visitDeferred);
  };
  for (const file of critical) {
    if (!file.includes(`${sep}entry${sep}`)) {
      moduleInfo(file, buildDir).dynamicImports.forEach(visitDeferred);
    }
  }

  // Iframes of pages on the same site load their own scripts (each file once, as the cache shares them).
  const iframes: string[] = [];
  if (withIframes) {
    for (const [, src] of html.matchAll(/<iframe\b[^>]*\bsrc="([^"]+)"/g)) {
      if (/^[a-z]+:|^\/\//i.test(src!)) continue;
      const path = new URL(src!, `http://site${page.path}`).pathname;
      const file = htmlFileFor(path, buildDir);
      if (!file) continue;
      iframes.push(path);
      const framed = pageJs({ route: path, path, file }, buildDir, false);
      for (const f of [...framed.critical, ...framed.deferred]) {
        if (!critical.has(f)) deferred.add(f);
      }
    }
  }

  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, file) => total + moduleInfo(file, buildDir).gzip, 0);
  const criticalGzip = sum(critical);
  return {
    critical: [...critical],
    deferred: [...deferred],
    criticalGzip,
    totalGzip: criticalGzip + sum(deferred),
    chartJs: [...critical, ...deferred].some((file) => moduleInfo(file, buildDir).chartJs),
    iframes: [...new Set(iframes)],
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

async function startPreview(): Promise<() => void> {
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
async function lighthouseWithRetry(url: string, outDir: string): Promise<LighthouseFigures | null> {
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
async function startStaticServer(root: string): Promise<() => void> {
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

// ---------------------------------------------------------------------------------------------
// 4. Transforms

interface RawFiles {
  sources: { sources: unknown[] };
  events: { version: string; events: EventRecord[] };
}

function readRaw(): RawFiles {
  return {
    sources: JSON.parse(readFileSync('data/sources.json', 'utf8')),
    events: JSON.parse(readFileSync('data/events.json', 'utf8')),
  };
}

/** `date` moved `years` later; 29 Feb becomes 28 Feb where the target year has none. */
function shiftDate(date: string, years: number): string {
  const year = String(Number(date.slice(0, 4)) + years).padStart(4, '0');
  let rest = date.slice(4);
  if (rest === '-02-29') {
    const y = Number(year);
    if (!(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) rest = '-02-28';
  }
  return year + rest;
}

/** `size` events: copies of the real ones, each copy moved later by whole periods, ids suffixed. */
/** The whole years the real events span: how far each copy is moved. */
function syntheticPeriod(raw: RawFiles): number {
  const years = raw.events.events
    .flatMap((e) => [e.date, e.endDate ?? e.date])
    .map((d) => Number(d.slice(0, 4)));
  return Math.max(...years) - Math.min(...years) + 1;
}

function syntheticFiles(raw: RawFiles, size: number): RawFiles {
  const real = raw.events.events;
  const period = syntheticPeriod(raw);
  const events: EventRecord[] = [];
  for (let copy = 0; events.length < size; copy++) {
    const shift = copy * period;
    const suffix = copy ? `-c${copy}` : '';
    for (const event of real) {
      if (events.length >= size) break;
      events.push({
        ...event,
        id: event.id + suffix,
        date: shiftDate(event.date, shift),
        ...(event.endDate && { endDate: shiftDate(event.endDate, shift) }),
        ...(event.respondsTo && { respondsTo: event.respondsTo.map((id) => id + suffix) }),
        ...(event.tariffs && {
          tariffs: event.tariffs.map((measure) => ({
            ...measure,
            ...(measure.effective && { effective: shiftDate(measure.effective, shift) }),
            ...(measure.until && { until: shiftDate(measure.until, shift) }),
          })),
        }),
      });
    }
  }
  // A copy cut short can leave a response without its target: drop such references.
  const ids = new Set(events.map((e) => e.id));
  for (const event of events) {
    if (event.respondsTo?.some((id) => !ids.has(id))) {
      const kept = event.respondsTo.filter((id) => ids.has(id));
      if (kept.length) event.respondsTo = kept;
      else {
        delete event.respondsTo;
        delete event.responseNote;
      }
    }
  }
  return { sources: raw.sources, events: { ...raw.events, events } };
}

/** A full garbage collection before each timed call, so one call's garbage is not the next's cost. */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/**
 * Median wall time in ms of `runs` calls (at most 3 when a call takes over a second), after a warm-up
 * call whose time is kept as `firstMs`: it includes compiling the code and filling the date caches.
 */
function time<T>(runs: number, run: () => T): { ms: number; firstMs: number; result: T } {
  const warmUp = performance.now();
  let result = run();
  const firstMs = performance.now() - warmUp;
  if (firstMs > 1000) runs = Math.min(runs, 3);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
  }
  return { ms: median(times), firstMs, result };
}

/** Per transform: the median time, and the first call's. */
type TransformTimes = Record<string, { ms: number; firstMs: number }>;

const figures = ({ ms, firstMs }: { ms: number; firstMs: number }) => ({ ms, firstMs });

/** Runs at build time only (`npm run data:check`, prerendering), never in the browser. */
const BUILD_TIME_ONLY = 'validateDataset (zod; build time only)';

function timeTransforms(raw: RawFiles, runs: number): TransformTimes {
  const validated = time(runs, () => validateDataset(raw));
  if (!validated.result.ok) {
    throw new Error(
      `Synthetic dataset is invalid:\n${validated.result.problems.slice(0, 5).join('\n')}`,
    );
  }
  const dataset: Dataset = validated.result.dataset;
  const series = time(runs, () =>
    TIMELINE_COUNTRIES.map((country) => tariffSeries(dataset.events, country)),
  );
  const timeline = time(runs, () => buildTimelineData(dataset));
  const model = time(runs, () => timelineChartModel(timeline.result, defaultTimelineView()));
  const rows = time(runs, () => dataset.events.map((e) => toEventRow(e)));
  const view = time(runs, () => applyEventsView(rows.result, defaultEventsView()));
  const searched = time(runs, () =>
    applyEventsView(rows.result, {
      ...defaultEventsView(),
      q: 'tariff',
      sort: 'title',
      dir: 'desc',
    }),
  );
  const csv = time(runs, () => eventsCsv(dataset.events));
  const comparisons = time(runs, () =>
    COMPARE_COUNTRIES.map((country) => buildComparisonData(dataset, country)),
  );
  const compareView = defaultCompareView();
  const paired = time(runs, () =>
    comparisons.result.map((data) =>
      comparisonView(data, {
        windowDays: compareView.window,
        bases: PAIR_BASES,
        kinds: THREAT_KINDS,
        from: '',
        to: '',
      }),
    ),
  );
  const index = time(runs, () =>
    COMPARE_COUNTRIES.map((country) => weeklyIndex(dataset.events, country)),
  );
  return {
    [BUILD_TIME_ONLY]: figures(validated),
    'tariffSeries (3 countries)': figures(series),
    buildTimelineData: figures(timeline),
    'timelineChartModel (default view)': figures(model),
    'toEventRow (all events)': figures(rows),
    'applyEventsView (default view)': figures(view),
    'applyEventsView (search, sort by title)': figures(searched),
    eventsCsv: figures(csv),
    'buildComparisonData (MX, CA; includes the pressure index)': figures(comparisons),
    'comparisonView (MX, CA; pairing, default view)': figures(paired),
    'weeklyIndex (pressure index, MX, CA)': figures(index),
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Summary

const ms = (value: number) =>
  value < 10 ? fmt(value, 2) : value < 100 ? fmt(value, 1) : fmt(value, 0);

async function main() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      snapshot: { type: 'boolean', default: false },
      pages: { type: 'string' },
      'skip-lighthouse': { type: 'boolean', default: false },
      'lighthouse-runs': { type: 'string', default: '3' },
      'skip-transforms': { type: 'boolean', default: false },
      'transform-runs': { type: 'string', default: '5' },
      sizes: { type: 'string', default: '1000,10000,100000' },
    },
  });
  const args = process.argv.slice(2);
  const commandLine = args.length ? `npm run bench -- ${args.join(' ')}` : 'npm run bench';
  const lines: string[] = [];
  const misses: string[] = [];
  const out = (line = '') => lines.push(line);

  out(`## Performance`);
  out();
  out(
    `\`${commandLine}\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ` +
      `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average ${fmt(loadavg()[0]!)} at the start ` +
      `(other work on the machine slows every figure here).`,
  );
  out();

  // 1
  let buildSeconds: number | null = null;
  if (!values['no-build']) buildSeconds = cleanBuild();
  else log('Reusing the existing build (--no-build).');
  out(
    buildSeconds === null
      ? '- Build: not timed (`--no-build`).'
      : `- Clean \`npm run build\` (data check, vite build and prerender, chart images): ${fmt(buildSeconds)} s wall time.`,
  );

  // 2
  let siteDir = BUILD_DIR;
  if (values.snapshot) {
    siteDir = mkdtempSync(join(tmpdir(), 'bench-site-'));
    cpSync(BUILD_DIR, siteDir, { recursive: true });
    process.once('exit', () => rmSync(siteDir, { recursive: true, force: true }));
    log(`Measuring and serving a copy of ${BUILD_DIR}/ in ${siteDir} (--snapshot).`);
  }
  const only = values.pages?.split(',');
  const pages = listPages(siteDir).filter(
    (page) => !only || only.includes(page.route) || only.includes(page.path),
  );
  if (!pages.length)
    throw new Error(`No prerendered pages in ${BUILD_DIR}/: run without --no-build`);
  const js = new Map(pages.map((page) => [page.route, pageJs(page, siteDir)]));
  for (const page of pages) {
    const figures = js.get(page.route)!;
    const limit = figures.chartJs ? TARGETS.chartPageJsKb : TARGETS.plainPageJsKb;
    if (kb(figures.totalGzip) > limit) {
      misses.push(`${page.route}: ${fmt(kb(figures.totalGzip))} KB gzip JS > ${limit} KB`);
    }
    log(
      `${page.route}: JS ${fmt(kb(figures.criticalGzip))} KB critical, ${fmt(kb(figures.totalGzip))} KB total` +
        ` (${figures.critical.length} + ${figures.deferred.length} files)`,
    );
  }

  // 3
  const lh = new Map<string, LighthouseFigures | null>();
  let buildChanged = false;
  const lighthouseRuns = Math.max(1, Number(values['lighthouse-runs']) || 3);
  if (!values['skip-lighthouse']) {
    const stop = values.snapshot ? await startStaticServer(siteDir) : await startPreview();
    const outDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
    // vite preview serves .svelte-kit/output: note whether another build replaces it meanwhile.
    const servedVersion = () => {
      try {
        return readFileSync(
          join('.svelte-kit', 'output', 'client', '_app', 'version.json'),
          'utf8',
        );
      } catch {
        return 'missing';
      }
    };
    const analysed = values.snapshot
      ? null
      : readFileSync(join(BUILD_DIR, '_app', 'version.json'), 'utf8');
    try {
      for (const page of pages) {
        const runs: LighthouseFigures[] = [];
        for (let i = 0; i < lighthouseRuns; i++) {
          log(`Lighthouse ${page.path} (run ${i + 1}/${lighthouseRuns})…`);
          const run = await lighthouseWithRetry(ORIGIN + page.path, outDir);
          if (run) runs.push(run);
        }
        if (analysed !== null && servedVersion() !== analysed) buildChanged = true;
        if (!runs.length) {
          lh.set(page.route, null);
          misses.push(`${page.route}: Lighthouse failed`);
          continue;
        }
        const pick = (key: keyof LighthouseFigures) => median(runs.map((run) => run[key]));
        const figures: LighthouseFigures = {
          performance: pick('performance'),
          accessibility: pick('accessibility'),
          bestPractices: pick('bestPractices'),
          lcpMs: pick('lcpMs'),
          cls: pick('cls'),
          tbtMs: pick('tbtMs'),
        };
        lh.set(page.route, figures);
        if (figures.performance < TARGETS.performance)
          misses.push(
            `${page.route}: Lighthouse performance ${figures.performance} < ${TARGETS.performance}`,
          );
        if (figures.accessibility < TARGETS.accessibility)
          misses.push(
            `${page.route}: accessibility ${figures.accessibility} < ${TARGETS.accessibility}`,
          );
        if (!(figures.cls < TARGETS.cls))
          misses.push(`${page.route}: CLS ${fmt(figures.cls, 3)} ≥ ${TARGETS.cls}`);
      }
    } finally {
      stop();
      rmSync(outDir, { recursive: true, force: true });
    }
  }

  out();
  out(
    `| Page | Chart.js | JS critical path | JS total | Performance | Accessibility | Best practices | LCP | CLS | TBT |`,
  );
  out(`| --- | :-: | --: | --: | --: | --: | --: | --: | --: | --: |`);
  for (const page of pages) {
    const figures = js.get(page.route)!;
    const l = lh.get(page.route);
    const cells = l
      ? [
          l.performance,
          l.accessibility,
          l.bestPractices,
          `${fmt(l.lcpMs / 1000)} s`,
          fmt(l.cls, 3),
          `${fmt(l.tbtMs, 0)} ms`,
        ]
      : [lh.has(page.route) ? 'failed' : '–', '–', '–', '–', '–', '–'];
    out(
      `| \`${page.route}\`${figures.iframes.length ? ` (${figures.iframes.length} iframe pages)` : ''} | ${figures.chartJs ? 'yes' : 'no'} | ${fmt(kb(figures.criticalGzip))} KB | ${fmt(kb(figures.totalGzip))} KB | ${cells.join(' | ')} |`,
    );
  }
  out();
  out(
    `JS: gzip (level 9) of every script the page loads, in KB of 1024 bytes; the critical path is the entry ` +
      `scripts and modulepreload links with their static imports, the total adds what the page imports after ` +
      `paint (the Chart.js chunk on chart pages) and the scripts of pages it shows in iframes.` +
      (lh.size
        ? ` Lighthouse ${lighthouseRuns > 1 ? `median of ${lighthouseRuns} runs` : 'one run'} per page, mobile profile ` +
          `(simulated throttling), against ${values.snapshot ? 'a static server (gzip) serving a copy of build/' : '`vite preview`'}.`
        : ' Lighthouse skipped.'),
  );
  if (buildChanged) {
    out();
    out(
      `**Warning:** another build in this checkout replaced the served files during the Lighthouse ` +
        `runs, so some scores are of a different build. Rerun when nothing else builds.`,
    );
  }

  // The chunks that weigh: what they hold and which pages load them.
  const loadedBy = new Map<string, string[]>();
  for (const page of pages) {
    const figures = js.get(page.route)!;
    const deferred = new Set(figures.deferred);
    for (const file of [...figures.critical, ...figures.deferred]) {
      const mark = deferred.has(file) ? ' (after paint)' : '';
      loadedBy.set(file, [...(loadedBy.get(file) ?? []), `\`${page.route}\`${mark}`]);
    }
  }
  const heavy = [...loadedBy.keys()]
    .filter((file) => kb(moduleInfo(file, siteDir).gzip) >= 5)
    .sort((a, b) => moduleInfo(b, siteDir).gzip - moduleInfo(a, siteDir).gzip);
  if (heavy.length) {
    out();
    out(`| Chunk (gzip ≥ 5 KB) | Gzip | Holds | Loaded by |`);
    out(`| --- | --: | --- | --- |`);
    for (const file of heavy) {
      const info = moduleInfo(file, siteDir);
      const pagesLoading = loadedBy.get(file)!;
      out(
        `| \`${relative(siteDir, file).split(sep).join('/')}\` | ${fmt(kb(info.gzip))} KB | ` +
          `${info.contents.join(', ') || 'app code'} | ` +
          `${pagesLoading.length === pages.length ? 'every page' : pagesLoading.join(', ')} |`,
      );
    }
  }

  // 4
  if (!values['skip-transforms']) {
    const raw = readRaw();
    const sizes = values.sizes
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
    const runs = Math.max(1, Number(values['transform-runs']) || 5);
    const results = new Map<number, TransformTimes>();
    for (const size of sizes) {
      log(`Transforms on ${size} events…`);
      results.set(size, timeTransforms(syntheticFiles(raw, size), runs));
    }
    const names = Object.keys(results.get(sizes[0]!) ?? {});
    const label = (size: number) => (size >= 1000 ? `${size / 1000}k` : String(size));
    const [small, large] = [sizes.at(-2), sizes.at(-1)];
    const ratioHeader =
      small && large ? ` ${label(large)}/${label(small)} (linear: ${fmt(large / small)}×) |` : '';
    const firstHeader = large ? ` ${label(large)} first call |` : '';
    out();
    out(`| Transform (median ms) | ${sizes.map(label).join(' | ')} |${ratioHeader}${firstHeader}`);
    out(
      `| --- |${sizes.map(() => ' --: |').join('')}${ratioHeader ? ' --: |' : ''}${firstHeader ? ' --: |' : ''}`,
    );
    const superlinear: string[] = [];
    for (const name of names) {
      const at = (size: number) => results.get(size)![name]!;
      const cells = sizes.map((size) => ms(at(size).ms));
      let ratio = '';
      if (small && large) {
        const r = at(large).ms / at(small).ms;
        ratio = ` ${fmt(r)}× |`;
        if (r > (large / small) * 2) {
          superlinear.push(name);
          misses.push(`${name}: ${label(large)}/${label(small)} = ${fmt(r)}× (superlinear)`);
        }
      }
      const biggest = results.get(100_000)?.[name]?.ms;
      if (biggest !== undefined && biggest > TARGETS.transform100kMs) {
        misses.push(`${name}: ${ms(biggest)} ms at 100k > ${TARGETS.transform100kMs} ms`);
      }
      out(
        `| \`${name}\` | ${cells.join(' | ')} |${ratio}${large ? ` ${ms(at(large).firstMs)} |` : ''}`,
      );
    }
    out();
    if (small && large) {
      out(
        superlinear.length
          ? `Growth from ${label(small)} to ${label(large)} events is superlinear (over twice the ${fmt(large / small)}× of linear growth) for ${superlinear.map((n) => `\`${n}\``).join(', ')}; linear for the rest.`
          : `Growth from ${label(small)} to ${label(large)} events is linear for every transform (no ratio over twice the ${fmt(large / small)}× of linear growth).`,
      );
      out();
    }
    out(
      `Median of ${runs} runs after a warm-up (3 where a run takes over a second), a full GC before each. ` +
        `"First call" is the warm-up: it includes compiling the code and, for the first transform to meet a date ` +
        `(validation, as in the build), reading each date not met at a smaller size with luxon into the date cache. ` +
        `\`${BUILD_TIME_ONLY}\` runs when the site is built, never in the browser. ` +
        `Synthetic datasets: the ${raw.events.events.length} real events cloned with new ids, their dates moved ` +
        `by whole multiples of the data's span of years, and responses pointing at the clone of their target ` +
        `(so 100k events span about ${Math.round((100_000 / raw.events.events.length) * syntheticPeriod(raw))} years, ` +
        `and the weekly pressure index has a row for every week of them).`,
    );
  }

  out();
  out(
    `Targets: Lighthouse mobile performance ≥ ${TARGETS.performance} and accessibility ${TARGETS.accessibility} on every page; ` +
      `gzip JS ≤ ${TARGETS.chartPageJsKb} KB on chart pages and ≤ ${TARGETS.plainPageJsKb} KB elsewhere; ` +
      `CLS < ${TARGETS.cls}; transforms linear and under ${TARGETS.transform100kMs} ms at 100k events.`,
  );
  out(misses.length ? `Missed: ${misses.join('; ')}.` : 'All targets met.');

  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
