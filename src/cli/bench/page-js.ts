/** Gzip JS per prerendered page, found by following the import graph from the HTML (section 2). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
export interface Page {
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
export function listPages(buildDir: string): Page[] {
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
  ['d3-scale', 'Symbol(`implicit`)'],
  ['zod', 'ZodError'],
  ['luxon', 'Invalid DateTime'],
  ['d3-color', 'aliceblue'],
  ['Svelte runtime', 'svelte.dev/e/'],
  ['SvelteKit runtime', '__sveltekit'],
];

interface ModuleInfo {
  gzip: number;
  /** Holds a chart library: Chart.js (the timeline) or d3-scale (the SVG charts). */
  chartLibrary: boolean;
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

export function moduleInfo(file: string, buildDir: string): ModuleInfo {
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
    // Chart.js marks the arrays it listens to with `_chartjs`; d3-scale's ordinal scale names its
    // `implicit` symbol.
    chartLibrary: /_chartjs|Symbol\([`'"]implicit[`'"]\)/.test(text),
    contents: CONTENT_MARKERS.filter(([, marker]) => text.includes(marker)).map(([name]) => name),
    staticImports: collect(STATIC_IMPORT),
    dynamicImports: collect(DYNAMIC_IMPORT),
  };
  modules.set(file, info);
  return info;
}

/** Where the islands build puts the code pages import only when a reader asks (downloads). */
const ON_REQUEST_DIR = `${sep}_islands${sep}on-request${sep}`;

export interface PageJs {
  critical: string[];
  /** Loaded after paint: dynamic imports, and the scripts of same-site iframes. */
  deferred: string[];
  /** Loaded only when the reader asks for it (a download): not part of loading the page. */
  onRequest: string[];
  criticalGzip: number;
  totalGzip: number;
  onRequestGzip: number;
  /** A chart page: it loads Chart.js or d3-scale, so the chart pages' budget applies. */
  chartPage: boolean;
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

export function pageJs(page: Page, buildDir: string, withIframes = true): PageJs {
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
  const onRequest = new Set<string>();
  const visitDeferred = (file: string) => {
    if (critical.has(file) || deferred.has(file) || file.includes(`${sep}nodes${sep}`)) return;
    if (file.includes(ON_REQUEST_DIR)) {
      onRequest.add(file);
      return;
    }
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
    onRequest: [...onRequest],
    criticalGzip,
    totalGzip: criticalGzip + sum(deferred),
    onRequestGzip: sum(onRequest),
    chartPage: [...critical, ...deferred].some((file) => moduleInfo(file, buildDir).chartLibrary),
    iframes: [...new Set(iframes)],
  };
}
